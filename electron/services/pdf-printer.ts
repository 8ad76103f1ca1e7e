/**
 * The browser shell's PDF printer: headless Chromium (or Chrome) prints an HTML document to an
 * A4 PDF (`--print-to-pdf`), the same engine and the same HTML as the desktop shell's
 * `webContents.printToPDF`. The HTML goes to a private temporary folder with a throwaway
 * profile; a Content-Security-Policy put in front of it allows no script and no outside
 * resource, and Chromium runs without network; everything is removed afterwards, also on
 * failure or time-out. (Chromium's switch to turn JavaScript off also stops headless printing.)
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createChromiumSession, type ChromiumSession } from './chromium-session';

/** No Chromium or Chrome on this computer: the renderer says so ("PDF needs Chromium or Chrome…"). */
export class NoChromiumError extends Error {
  constructor() {
    super('No Chromium or Google Chrome was found on this computer (set ACCORD_CHROMIUM to its path).');
    this.name = 'NoChromiumError';
  }
}

export type PrintToPdf = (html: string) => Promise<Uint8Array>;

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function wellKnownPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.join(root, 'Chromium', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where Chromium is: $ACCORD_CHROMIUM, then $CHROME_PATH, then the usual install places, then
 * the names on PATH; null when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  for (const candidate of [env['ACCORD_CHROMIUM'], env['CHROME_PATH']]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  for (const candidate of wellKnownPaths(platform, env)) {
    if (existsSync(candidate) && isExecutable(candidate)) return candidate;
  }
  const extensions = platform === 'win32' ? ['.exe'] : [''];
  for (const folder of (env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      for (const extension of extensions) {
        const candidate = path.join(folder, name + extension);
        if (existsSync(candidate) && isExecutable(candidate)) return candidate;
      }
    }
  }
  return null;
}

export interface ChromiumPrinterOptions {
  /** Finds the binary on each print (so installing Chrome while the app runs works); default `findChromium()`. */
  chromium?: () => string | null;
  /** Default 120 s: a 200-page document on a slow computer takes a while. */
  timeoutMs?: number;
  /**
   * Keep one Chromium running between prints (chromium-session.ts; it quits after a minute
   * idle). Default true. Off: a new Chromium per print, as the fallback also does.
   */
  keepAlive?: boolean;
}

export type ChromiumPrinter = PrintToPdf & { close(): void };

/** What is printed may run no script and load nothing from outside (styles and data: images only). */
export const PRINT_POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`;

/** The HTML with PRINT_POLICY first in its <head> (a policy applies to what follows it). */
export function withPrintPolicy(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return PRINT_POLICY + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + PRINT_POLICY + html.slice(at);
}

export function chromiumArgs(htmlUrl: string, pdfPath: string, profileDir: string): string[] {
  return [...baseChromiumArgs(profileDir), '--no-pdf-header-footer', `--print-to-pdf=${pdfPath}`, htmlUrl];
}

/** Headless, no sandbox helpers Chromium does not need here, and no network. */
export function baseChromiumArgs(profileDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    // No network: what is printed cannot fetch (or send) anything.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--proxy-server=127.0.0.1:9',
    `--user-data-dir=${profileDir}`,
  ];
}

/**
 * A printer on headless Chromium: by default one Chromium kept running between prints and
 * driven over the DevTools pipe; when that cannot be used, Chromium run once per document
 * with --print-to-pdf. `close()` stops a kept Chromium (the host calls it when it stops).
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): ChromiumPrinter {
  const locate = options.chromium ?? (() => findChromium());
  const timeoutMs = options.timeoutMs ?? 120_000;
  let kept: { binary: string; session: ChromiumSession; profile: string } | null = null;
  let keepAlive = options.keepAlive ?? true;

  const sessionFor = async (binary: string): Promise<ChromiumSession> => {
    if (kept?.binary === binary) return kept.session;
    closeKept();
    const profile = await mkdtemp(path.join(tmpdir(), 'accord-print-profile-'));
    kept = { binary, session: createChromiumSession({ binary, args: baseChromiumArgs(profile) }), profile };
    return kept.session;
  };
  const closeKept = () => {
    if (!kept) return;
    kept.session.close();
    void rm(kept.profile, { recursive: true, force: true, maxRetries: 3 });
    kept = null;
  };

  const print = async (html: string): Promise<Uint8Array> => {
    const binary = locate();
    if (!binary) throw new NoChromiumError();
    const folder = await mkdtemp(path.join(tmpdir(), 'accord-print-'));
    try {
      const htmlPath = path.join(folder, 'document.html');
      await writeFile(htmlPath, withPrintPolicy(html), { encoding: 'utf8', mode: 0o600 });
      const htmlUrl = pathToFileURL(htmlPath).href;
      if (keepAlive) {
        try {
          return checkedPdf(await (await sessionFor(binary)).print(htmlUrl, timeoutMs));
        } catch (error) {
          if (error instanceof Error && /within \d+ s/.test(error.message)) throw error;
          // This Chromium cannot be driven over the pipe: print with a Chromium per document from now on.
          keepAlive = false;
          closeKept();
        }
      }
      const pdfPath = path.join(folder, 'document.pdf');
      await run(binary, chromiumArgs(htmlUrl, pdfPath, path.join(folder, 'profile')), timeoutMs);
      const bytes = await readFile(pdfPath).catch(() => {
        throw new Error('Chromium ended without writing the PDF.');
      });
      return checkedPdf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } finally {
      await rm(folder, { recursive: true, force: true, maxRetries: 3 });
    }
  };
  return Object.assign(print, { close: closeKept });
}

function checkedPdf(bytes: Uint8Array): Uint8Array {
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new Error('Chromium wrote something that is not a PDF.');
  return bytes;
}

function run(binary: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a time-out ends Chromium's helper processes too.
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`Chromium did not finish printing within ${Math.round(timeoutMs / 1000)} s.`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`Chromium failed to print (exit ${code ?? signal}): ${stderr.trim().slice(-500)}`));
    });
  });
}
