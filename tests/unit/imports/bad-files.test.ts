/** Files that are not DOCX or Markdown are refused with a typed reason, before anything is created. */
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { checkImportSize, decodeMarkdown, detectImportKind, titleFromFileName } from '../../../shared/import/detect-file';
import { ImportError, MAX_IMPORT_BYTES, type ImportErrorCode } from '../../../shared/import/import-result';
import { readImportFile, type ImportFile, type ImportProgress } from '../../../renderer/features/imports/read-import';

const PDF = strToU8('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\u0000\u0001\u0002');
const RANDOM = Uint8Array.from({ length: 2048 }, (_, index) => (index * 7919 + 13) % 256);
const DOCX_LIKE_ZIP = zipSync({ 'content.xml': strToU8('<office:document/>'), mimetype: strToU8('application/vnd.oasis.opendocument.text') });
const GOOD_DOCX_HEAD = zipSync({ 'word/document.xml': strToU8('<w:document/>') });

function file(name: string, bytes: Uint8Array, size = bytes.length): ImportFile {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  return { name, size, stream: () => blob.stream() as ReadableStream<Uint8Array> };
}

async function refusal(promise: Promise<unknown>): Promise<ImportErrorCode | 'no error'> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
}

describe('bad files', () => {
  it.each<[string, string, Uint8Array, ImportErrorCode]>([
    ['an empty .md file', 'notes.md', new Uint8Array(), 'empty'],
    ['an empty .docx file', 'report.docx', new Uint8Array(), 'empty'],
    ['a PDF renamed .docx', 'report.docx', PDF, 'not-docx'],
    ['a PDF renamed .md', 'notes.md', PDF, 'not-markdown'],
    ['random bytes named .docx', 'report.docx', RANDOM, 'not-docx'],
    ['random bytes named .md', 'notes.md', RANDOM, 'not-markdown'],
    ['random bytes with no extension', 'blob', RANDOM, 'unsupported-type'],
    ['a PDF with its own name', 'report.pdf', PDF, 'unsupported-type'],
    ['an OpenDocument file renamed .docx', 'report.docx', DOCX_LIKE_ZIP, 'not-docx'],
    ['a truncated Word file', 'report.docx', GOOD_DOCX_HEAD.subarray(0, 40), 'corrupt-docx'],
    ['a Word document mammoth cannot read', 'report.docx', GOOD_DOCX_HEAD, 'corrupt-docx'],
    ['Latin-1 text named .md', 'notes.md', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]), 'not-markdown'],
  ])('%s', async (_name, name, bytes, code) => {
    expect(await refusal(readImportFile(file(name, bytes)))).toBe(code);
  });

  it('refuses a file larger than 20 MB from its size, before reading it', async () => {
    let read = false;
    const big: ImportFile = {
      name: 'big.md',
      size: MAX_IMPORT_BYTES + 1,
      stream: () => {
        read = true;
        return new Blob(['x']).stream() as ReadableStream<Uint8Array>;
      },
    };
    expect(await refusal(readImportFile(big))).toBe('too-large');
    expect(read).toBe(false);
    expect(() => checkImportSize(MAX_IMPORT_BYTES)).not.toThrow();
  });

  it('stops reading a file that turns out larger than it said', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    const lying: ImportFile = {
      name: 'grows.md',
      size: 10,
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.enqueue(chunk);
          },
        }),
    };
    expect(await refusal(readImportFile(lying))).toBe('too-large');
  });

  it('is cancelled by its signal, and reports progress', async () => {
    const controller = new AbortController();
    const progress: ImportProgress[] = [];
    const markdown = new TextEncoder().encode('# Title\n\ntext\n');
    const done = await readImportFile(file('a.md', markdown), { onProgress: (step) => progress.push(step) });
    expect(done.kind).toBe('markdown');
    expect(done.title).toBe('Title');
    expect(progress.map((step) => step.phase)).toEqual(['reading', 'reading', 'converting']);
    controller.abort();
    expect(await refusal(readImportFile(file('a.md', markdown), { signal: controller.signal }))).toBe('cancelled');
  });

  it('reads UTF-8 (with or without a byte-order mark) and UTF-16 with one', () => {
    expect(decodeMarkdown(Uint8Array.from([0xef, 0xbb, 0xbf, 0x23, 0x20, 0xd8, 0xa3]))).toBe('# أ');
    expect(decodeMarkdown(Uint8Array.from([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00, 0x23, 0x06]))).toBe('# أ');
  });

  it('goes by content when the name says nothing', () => {
    expect(detectImportKind('notes', strToU8('# Title'))).toBe('markdown');
    expect(detectImportKind('report', GOOD_DOCX_HEAD)).toBe('docx');
  });

  it.each([
    ['Rapport annuel.docx', 'Rapport annuel'],
    ['C:\\Users\\amal\\meeting_notes.md', 'meeting notes'],
    ['محضر.md', 'محضر'],
  ])('titles %s as %s', (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });
});

describe('files with nothing to import', () => {
  it.each([
    ['white space only', 'blank.md', '  \n\n\t\n'],
    ['only a comment and a rule', 'x.md', '<!-- nothing -->\n\n---\n'],
  ])('%s → no-content', async (_name, name, text) => {
    const bytes = new TextEncoder().encode(text);
    expect(await refusal(readImportFile(file(name, bytes)))).toBe('no-content');
  });
});
