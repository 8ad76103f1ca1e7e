/**
 * Which reader a chosen file goes to, decided before anything is converted: by its
 * name first, then checked against its first bytes, so that a renamed PDF or random
 * bytes are refused with a clear reason instead of imported as gibberish.
 */
import { ImportError, MAX_IMPORT_BYTES } from './import-result';

export type ImportKind = 'docx' | 'markdown';

const MARKDOWN_NAME = /\.(md|markdown|mdown|mkd|txt)$/i;
const DOCX_NAME = /\.docx$/i;

/** Extensions the file picker offers. */
export const IMPORT_ACCEPT = '.docx,.md,.markdown,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown';

/** Refuses an empty or too large file from its size alone (before reading it). */
export function checkImportSize(size: number): void {
  if (size <= 0) throw new ImportError('empty');
  if (size > MAX_IMPORT_BYTES) throw new ImportError('too-large');
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

/** The kind of import for a file's name and its first bytes (at least 8 are enough). */
export function detectImportKind(name: string, head: Uint8Array): ImportKind {
  if (head.length === 0) throw new ImportError('empty');
  if (DOCX_NAME.test(name)) {
    if (!isZip(head)) throw new ImportError('not-docx');
    return 'docx';
  }
  if (MARKDOWN_NAME.test(name)) {
    if (!looksLikeText(head)) throw new ImportError('not-markdown');
    return 'markdown';
  }
  // No known extension: go by content.
  if (isZip(head)) return 'docx';
  if (looksLikeText(head)) return 'markdown';
  throw new ImportError('unsupported-type');
}

/** No NUL or other control bytes a text file does not hold, and no binary format's signature. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return false; // %PDF
  if (isZip(bytes)) return false;
  for (const byte of bytes.subarray(0, 4096)) {
    if (byte === 0 || (byte < 0x09) || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return false;
  }
  return true;
}

/**
 * The text of a Markdown file: UTF-8 (with or without a byte-order mark), or UTF-16
 * with a byte-order mark. Anything else is not a text file.
 */
export function decodeMarkdown(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('empty');
  try {
    if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    if (!looksLikeText(bytes)) throw new ImportError('not-markdown');
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('not-markdown', 'not UTF-8');
  }
}

/** The file's name without its extension, as a title when the file has no heading. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim();
}
