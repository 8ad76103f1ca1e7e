// The browser shell's PDF printer runs the real headless Chromium (Debian's /usr/bin/chromium
// here) on the HTML export; its text is read back with poppler's pdftotext. Also: how it finds
// Chromium, and what the bridge answers when there is none.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHandlers } from '../../../electron/services/app-handlers';
import { createChromiumPrinter, findChromium, withPrintPolicy, PRINT_POLICY } from '../../../electron/services/pdf-printer';
import type { RelayHost } from '../../../electron/services/relay-host';
import type { SettingsStore } from '../../../electron/services/settings-store';
import { blocksToHtml } from '../../../shared/export/blocks-to-html';
import { dispatch } from '../../../shared/ipc/dispatch';
import { DESKTOP_APP_ORIGIN } from '../../../shared/security/trusted-urls';
import { ARABIC_BLOCKS, ARABIC_LABELS, COMMENT, ENGLISH_BLOCKS, exportDocument } from './export-fixtures';

function pdfText(pdf: Uint8Array, folder: string): string {
  const file = path.join(folder, `read-${Math.random().toString(36).slice(2)}.pdf`);
  execFileSync('sh', ['-c', 'cat > "$0"', file], { input: pdf });
  // Arabic presentation forms and ligatures folded back, spaces collapsed.
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, ' ');
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'accord-printer-test-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const hasChromium = findChromium() !== null;

describe.skipIf(!hasChromium)('printing the HTML export with headless Chromium', () => {
  // One Chromium kept running across these prints, as the browser shell's host does.
  const print = createChromiumPrinter();
  afterAll(() => print.close());

  it('prints an English document to an A4 PDF with its text, notes and page numbers', async () => {
    const pdf = await print(blocksToHtml(exportDocument(ENGLISH_BLOCKS, { comments: [COMMENT] })));
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('sh', ['-c', 'cat > "$0" && pdfinfo "$0"', path.join(work, 'info.pdf')], { input: pdf, encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const text = pdfText(pdf, work);
    for (const fragment of ['Terms of Reference West Africa Alliance · Agreement', 'The committee meets[1] every month', 'Circulate the minutes', 'Nothing about us without us.', 'Monthly is too often.', 'Page 1 of 1']) {
      expect(text).toContain(fragment);
    }
  }, 120_000);

  it('prints an Arabic document right to left: its Arabic words come out as text', async () => {
    const pdf = await print(blocksToHtml(exportDocument(ARABIC_BLOCKS, { locale: 'ar', title: 'ميثاق التحالف', subtitle: undefined, labels: ARABIC_LABELS })));
    const text = pdfText(pdf, work);
    for (const word of ['ميثاق', 'التحالف', 'التنسيق', 'المحضر', 'القرارات', 'الصفحة']) {
      expect(text).toContain(word);
    }
    expect(text).toContain('The English sentence stays left to right.');
  }, 120_000);

  it('prints the same with a Chromium per document (the fallback when the kept one cannot be driven)', async () => {
    const once = createChromiumPrinter({ keepAlive: false });
    const text = pdfText(await once(blocksToHtml(exportDocument(ENGLISH_BLOCKS, { comments: [COMMENT] }))), work);
    expect(text).toContain('The committee meets[1] every month');
    expect(text).toContain('Page 1 of 1');
  }, 120_000);

  it('leaves no temporary files behind', async () => {
    const before = (await readdir(tmpdir())).filter((name) => name.startsWith('accord-print-'));
    await print('<!DOCTYPE html><html><head></head><body><p>Short</p></body></html>');
    const after = (await readdir(tmpdir())).filter((name) => name.startsWith('accord-print-'));
    expect(after.sort()).toEqual(before.sort());
  }, 120_000);
});

describe('the print policy', () => {
  it('goes first in <head>, or first of all without one', () => {
    expect(withPrintPolicy('<!DOCTYPE html><html lang="en"><head><title>x</title></head></html>')).toBe(`<!DOCTYPE html><html lang="en"><head>${PRINT_POLICY}<title>x</title></head></html>`);
    expect(withPrintPolicy('<p>x</p>')).toBe(`${PRINT_POLICY}<p>x</p>`);
    expect(PRINT_POLICY).toContain("script-src 'none'");
  });
});

describe('finding Chromium', () => {
  it('takes $ACCORD_CHROMIUM first, then a browser on PATH, else none', async () => {
    const bin = path.join(work, 'bin');
    await mkdir(bin, { recursive: true });
    const chrome = path.join(bin, 'google-chrome');
    await writeFile(chrome, '#!/bin/sh\n');
    await chmod(chrome, 0o755);
    expect(findChromium({ ACCORD_CHROMIUM: '/usr/bin/env', PATH: bin }, 'linux')).toBe('/usr/bin/env');
    // On a platform whose usual places do not exist here, PATH decides.
    expect(findChromium({ PATH: bin }, 'darwin')).toBe(chrome);
    expect(findChromium({ PATH: path.join(work, 'empty') }, 'darwin')).toBeNull();
  });

  it('refuses with a clear error when there is no Chromium', async () => {
    const print = createChromiumPrinter({ chromium: () => null });
    await expect(print('<p>x</p>')).rejects.toThrow(/No Chromium or Google Chrome was found/);
  });

  it('stops a printer that hangs, and says so', async () => {
    const slow = path.join(work, 'slow-chromium');
    await writeFile(slow, '#!/bin/sh\nsleep 30\n');
    await chmod(slow, 0o755);
    const print = createChromiumPrinter({ chromium: () => slow, timeoutMs: 300 });
    await expect(print('<p>x</p>')).rejects.toThrow(/did not finish printing/);
  });
});

describe('export:html-to-pdf through dispatch()', () => {
  const sender = { url: `${DESKTOP_APP_ORIGIN}/index.html` };
  const handlers = (printToPdf?: (html: string) => Promise<Uint8Array>) =>
    createAppHandlers({
      shell: 'browser',
      version: '1',
      platform: 'linux',
      settings: {} as SettingsStore,
      openExternal: async () => false,
      relayHost: {} as RelayHost,
      ...(printToPdf ? { printToPdf } : {}),
    });

  it('answers the PDF as base64', async () => {
    const result = await dispatch({ handlers: handlers(async (html) => new TextEncoder().encode(`%PDF-${html}`)), appOrigins: [DESKTOP_APP_ORIGIN] }, sender, 'export:html-to-pdf', { html: '<p>x</p>' });
    expect(result).toEqual({ ok: true, value: { bytes: Buffer.from('%PDF-<p>x</p>').toString('base64') } });
  });

  it("answers 'not-supported' when no Chromium is found, which the renderer explains", async () => {
    const result = await dispatch({ handlers: handlers(createChromiumPrinter({ chromium: () => null })), appOrigins: [DESKTOP_APP_ORIGIN] }, sender, 'export:html-to-pdf', { html: '<p>x</p>' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-supported' } });
  });

  it("answers 'internal' when printing fails otherwise, without details", async () => {
    const result = await dispatch(
      {
        handlers: handlers(async () => {
          throw new Error('secret path /home/x');
        }),
        appOrigins: [DESKTOP_APP_ORIGIN],
        logError: () => {},
      },
      sender,
      'export:html-to-pdf',
      { html: '<p>x</p>' },
    );
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'The export:html-to-pdf call failed.' } });
  });
});
