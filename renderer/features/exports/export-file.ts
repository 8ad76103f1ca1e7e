/**
 * One export in one format: the bytes of a DOCX, PDF, Markdown or HTML file from an
 * ExportDocument. The PDF is printed from the same HTML as the HTML export, by the shell
 * (`export:html-to-pdf`: Electron's printToPDF, or headless Chromium in the browser shell).
 * The DOCX writer is loaded on first use, so opening a page costs nothing.
 */
import type { TFunction } from 'i18next';
import type { AccordBridge } from '../../../shared/ipc/contract';
import { blocksToHtml } from '../../../shared/export/blocks-to-html';
import { exportToMarkdown } from '../../../shared/export/blocks-to-markdown';
import type { ExportDocument, ExportLabels } from '../../../shared/export/export-document';

export const EXPORT_FORMATS = ['docx', 'pdf', 'markdown', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_FILES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
  markdown: { extension: 'md', mimeType: 'text/markdown' },
  html: { extension: 'html', mimeType: 'text/html' },
};

/** Why an export failed, for the message the user sees. */
export class ExportError extends Error {
  constructor(
    readonly reason: 'no-printer' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** The labels the writers put in the file, in the language `t` speaks. */
export function exportLabels(t: TFunction): ExportLabels {
  return {
    comments: t('exports.comments'),
    deletedPassage: t('exports.deletedPassage'),
    page: t('exports.page', { page: '{page}', pages: '{pages}' }),
  };
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Prints the HTML to PDF through the shell. */
export async function htmlToPdf(bridge: AccordBridge, html: string): Promise<Uint8Array> {
  const result = await bridge.invoke('export:html-to-pdf', { html });
  if (!result.ok) {
    throw new ExportError(result.error.code === 'not-supported' ? 'no-printer' : 'failed', result.error.message);
  }
  return base64ToBytes(result.value.bytes);
}

export async function exportToDocx(document: ExportDocument): Promise<Uint8Array> {
  const { blocksToDocx } = await import('../../../shared/export/blocks-to-docx');
  return blocksToDocx(document);
}

const encoder = new TextEncoder();

/** The file's bytes in `format`. */
export async function renderExport(document: ExportDocument, format: ExportFormat, bridge: AccordBridge): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return exportToDocx(document);
    case 'pdf':
      return htmlToPdf(bridge, blocksToHtml(document));
    case 'markdown':
      return encoder.encode(exportToMarkdown(document));
    case 'html':
      return encoder.encode(blocksToHtml(document));
  }
}

/** The message for a failed export, in the user's language. */
export function exportFailureMessage(t: TFunction, error: unknown): string {
  if (error instanceof ExportError && error.reason === 'no-printer') return t('exports.dialog.noPrinter');
  return t('exports.dialog.failed', { message: error instanceof Error ? error.message : String(error) });
}
