/**
 * Reading a produced PDF the way a person would: its text with poppler's `pdftotext` (in reading
 * order, with `-layout` off), and its pages as PNG images with `pdftoppm -png -r 60`, saved
 * beside the screenshots (`tests/e2e/screenshots/<name>-<page>.png`) for a person to look at.
 * poppler-utils comes from Debian (`apt-get install -y poppler-utils`).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SCREENSHOT_DIR } from './paths';

const run = promisify(execFile);

async function withPdfFile<T>(bytes: Uint8Array, use: (file: string, folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(tmpdir(), 'accord-pdf-'));
  try {
    const file = path.join(folder, 'document.pdf');
    await writeFile(file, bytes);
    return await use(file, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The PDF's text, pages separated by form feeds. */
export function pdfText(bytes: Uint8Array): Promise<string> {
  return withPdfFile(bytes, async (file) => (await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout);
}

/**
 * Text compared the way a reader sees it: compatibility forms folded (Arabic presentation forms,
 * ligatures), Arabic vowel marks left out (pdftotext may put a shadda before its letter instead
 * of after), direction marks dropped, spaces collapsed.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/[\u200e\u200f\u202a-\u202e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Number of pages (pdfinfo). */
export function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return withPdfFile(bytes, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
  });
}

/** Renders the first `pages` pages to `<name>-1.png`, `<name>-2.png`… in the screenshot folder; returns their paths. */
export function pdfPagesToPng(bytes: Uint8Array, name: string, options: { pages?: number; resolution?: number } = {}): Promise<string[]> {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(name)) throw new Error(`Screenshot names are plain words with dashes: ${name}`);
  const pages = options.pages ?? 2;
  return withPdfFile(bytes, async (file, folder) => {
    await run('pdftoppm', ['-png', '-r', String(options.resolution ?? 60), '-f', '1', '-l', String(pages), file, path.join(folder, 'page')]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    // pdftoppm numbers pages page-1.png or page-01.png depending on the page count.
    const images = (await readdir(folder)).filter((entry) => /^page-\d+\.png$/.test(entry)).sort();
    const saved: string[] = [];
    for (const image of images) {
      const number = Number(/(\d+)\.png$/.exec(image)![1]);
      const target = path.join(SCREENSHOT_DIR, `${name}-${number}.png`);
      await copyFile(path.join(folder, image), target);
      saved.push(target);
    }
    return saved;
  });
}
