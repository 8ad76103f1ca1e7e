/**
 * The desktop shell's PDF printer: an offscreen, sandboxed window with JavaScript off and no
 * preload loads the HTML (from a private temporary file, with a policy allowing no script and
 * no outside resource in front of it) and Chromium's own `printToPDF` makes an A4 PDF. The
 * window and the file are gone afterwards. Same engine, same HTML as the browser shell's
 * headless Chromium (electron/services/pdf-printer.ts).
 */
import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withPrintPolicy, type PrintToPdf } from '../services/pdf-printer';

const PARTITION = 'accord-print';
const TIMEOUT_MS = 120_000;

let guarded = false;

/** The printing session loads only the file being printed: no network, no other file. */
function guardSession(allowed: Set<string>): void {
  if (guarded) return;
  guarded = true;
  const printing = session.fromPartition(PARTITION, { cache: false });
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed.has(details.url) && !details.url.startsWith('data:') }));
  printing.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
}

const allowedUrls = new Set<string>();

export function createWindowPrinter(): PrintToPdf {
  return async (html) => {
    guardSession(allowedUrls);
    const folder = await mkdtemp(path.join(tmpdir(), 'accord-print-'));
    const file = path.join(folder, 'document.html');
    const url = pathToFileURL(file).href;
    const window = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        offscreen: true,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        partition: PARTITION,
        spellcheck: false,
      },
    });
    allowedUrls.add(url);
    let timer: NodeJS.Timeout | undefined;
    try {
      await writeFile(file, withPrintPolicy(html), { encoding: 'utf8', mode: 0o600 });
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      const printing = (async () => {
        await window.loadURL(url);
        return window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, displayHeaderFooter: false, preferCSSPageSize: true });
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Printing did not finish within ${TIMEOUT_MS / 1000} s.`)), TIMEOUT_MS);
      });
      const buffer = await Promise.race([printing, timeout]);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } finally {
      clearTimeout(timer);
      allowedUrls.delete(url);
      if (!window.isDestroyed()) window.destroy();
      await rm(folder, { recursive: true, force: true, maxRetries: 3 });
    }
  };
}
