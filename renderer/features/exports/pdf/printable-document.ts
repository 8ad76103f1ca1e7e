import type { Locale } from '../../../../shared/model/locale';
import type { BlockList } from '../../../../shared/model/template';

/** What any export to PDF hands the writer: a titled BlockList in one language. */
export interface PrintableDocument {
  /** The document's language: its base direction and the PDF's /Lang. */
  locale: Locale;
  title: string;
  /** E.g. the workspace name and the date, under the title. */
  subtitle?: string;
  /** Guidance blocks (toolkit advice) are left out: they are not part of the record. */
  blocks: BlockList;
  /** Printed at the foot of every page, e.g. "Exported from Accord on 21 November 2026". */
  footer?: string;
  /** The localized page number, e.g. "Page 2 of 5". */
  pageLabel: (page: number, pages: number) => string;
}

/** The bytes of the bundled fonts (TrueType), however they were loaded. */
export interface PdfFontBytes {
  sans: { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array; boldItalic: Uint8Array };
  arabic: { regular: Uint8Array; bold: Uint8Array };
}
