/**
 * Export to PDF: `renderPdf(document)` gives the bytes of an A4 PDF. Cheap to import — the PDF
 * library and the fonts (bundled under renderer/assets/fonts, fetched from the app's own origin,
 * so it works offline) are loaded on the first export only.
 */
import sansRegular from '../../../assets/fonts/NotoSans-Regular.ttf?url';
import sansBold from '../../../assets/fonts/NotoSans-Bold.ttf?url';
import sansItalic from '../../../assets/fonts/NotoSans-Italic.ttf?url';
import sansBoldItalic from '../../../assets/fonts/NotoSans-BoldItalic.ttf?url';
import arabicRegular from '../../../assets/fonts/NotoSansArabic-Regular.ttf?url';
import arabicBold from '../../../assets/fonts/NotoSansArabic-Bold.ttf?url';
import type { PdfFontBytes, PrintableDocument } from './printable-document';

export type { PrintableDocument } from './printable-document';

let fontsLoading: Promise<PdfFontBytes> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The bundled fonts, fetched once per session (a failed fetch is retried on the next export). */
function loadFonts(): Promise<PdfFontBytes> {
  fontsLoading ??= (async () => {
    const [regular, bold, italic, boldItalic, arRegular, arBold] = await Promise.all(
      [sansRegular, sansBold, sansItalic, sansBoldItalic, arabicRegular, arabicBold].map(fetchBytes),
    );
    return {
      sans: { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! },
      arabic: { regular: arRegular!, bold: arBold! },
    };
  })().catch((error: unknown) => {
    fontsLoading = null;
    throw error;
  });
  return fontsLoading;
}

/** Renders the document as a PDF (A4, real text, page numbers). Rejects if the fonts cannot load. */
export async function renderPdf(document: PrintableDocument): Promise<Uint8Array> {
  const [{ writePdf }, fonts] = await Promise.all([import('./write-pdf'), loadFonts()]);
  return writePdf(document, fonts);
}
