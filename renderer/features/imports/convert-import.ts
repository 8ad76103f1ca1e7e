/**
 * The conversion half of an import: a file's name and bytes → an ImportedDocument, or an
 * ImportError. Runs in the import worker (import-worker.ts) so a large file neither
 * freezes the window nor keeps Stop from working; and in the page or Node when no worker
 * is at hand (unit tests). Uses no DOM.
 */
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { decodeMarkdown, detectImportKind, type ImportKind } from '../../../shared/import/detect-file';
import { DOCX_STYLE_MAP, docxToBlocks } from '../../../shared/import/docx-to-blocks';
import { ImportError, type ImportedDocument } from '../../../shared/import/import-result';
import { markdownToBlocks } from '../../../shared/import/markdown-to-blocks';

export interface ReadImport extends ImportedDocument {
  kind: ImportKind;
}

export async function convertImport(name: string, bytes: Uint8Array): Promise<ReadImport> {
  const kind = detectImportKind(name, bytes.subarray(0, 4096));
  const imported = kind === 'markdown' ? markdownToBlocks(decodeMarkdown(bytes)) : await readDocx(bytes);
  if (imported.blocks.length === 0) throw new ImportError('no-content');
  return { ...imported, kind };
}

/** A Word document: a zip holding word/document.xml, which mammoth turns into HTML. */
export async function readDocx(bytes: Uint8Array): Promise<ImportedDocument> {
  let documentXml: string;
  try {
    const entries = unzipSync(bytes, { filter: (entry) => entry.name === 'word/document.xml' });
    const entry = entries['word/document.xml'];
    // A zip, but not a Word document (an .xlsx, an .odt, an archive renamed .docx).
    if (!entry) throw new ImportError('not-docx', 'no word/document.xml');
    documentXml = new TextDecoder('utf-8').decode(entry);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('corrupt-docx', error instanceof Error ? error.message : String(error));
  }
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml(
      // The browser build reads `arrayBuffer`, the Node build (unit tests) `buffer`; both take an ArrayBuffer.
      { arrayBuffer: buffer, buffer } as unknown as { arrayBuffer: ArrayBuffer },
      {
        styleMap: DOCX_STYLE_MAP,
        // Images are dropped (their alt text is kept): do not encode them as data URIs at all.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (error) {
    throw new ImportError('corrupt-docx', error instanceof Error ? error.message : String(error));
  }
  return docxToBlocks({ html: result.value, messages: result.messages, documentXml });
}
