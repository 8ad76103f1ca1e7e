/**
 * Runs Chromium as our own child process (not through Playwright's launcher) and
 * attaches Playwright over the DevTools protocol. That way a test can SIGKILL the
 * real browser, as a crash would, and start it again on the same profile.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../build/scripts/find-chromium.mjs';

export interface LaunchChromiumOptions {
  /** The profile directory; reuse it to see what the previous (killed) browser stored. */
  userDataDir: string;
  timeoutMs?: number;
}

export interface ChromiumProcess {
  browser: Browser;
  /** The profile's default context: its storage is on disk in `userDataDir`. */
  context: BrowserContext;
  pid: number;
  /** SIGKILL the browser and every process it started; resolves once the browser process is gone. */
  kill(): Promise<void>;
  /** A polite shutdown (for the end of a test). */
  close(): Promise<void>;
}

const DEVTOOLS_LINE = /DevTools listening on (ws:\/\/\S+)/;

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The DevTools endpoint from stderr, or else from the profile's DevToolsActivePort file. */
async function devToolsEndpoint(child: ChildProcess, userDataDir: string, timeoutMs: number, stderr: () => string): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`Chromium exited (${child.exitCode ?? child.signalCode}) at start:\n${stderr()}`);
    const match = DEVTOOLS_LINE.exec(stderr());
    if (match?.[1]) return match[1];
    try {
      const [port, browserPath] = (await readFile(path.join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
      if (port && browserPath) return `ws://127.0.0.1:${port.trim()}${browserPath.trim()}`;
    } catch {
      // not written yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Chromium did not announce its DevTools port within ${timeoutMs} ms:\n${stderr()}`);
}

export async function launchChromiumProcess(options: LaunchChromiumOptions): Promise<ChromiumProcess> {
  const { userDataDir } = options;
  // A file left by a killed browser would point at a dead port.
  await rm(path.join(userDataDir, 'DevToolsActivePort'), { force: true });
  const child = spawn(
    findChromium(),
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      '--hide-crash-restore-bubble',
      '--no-default-browser-check',
      '--password-store=basic',
      'about:blank',
    ],
    // Its own process group, so kill() reaches the renderer and utility processes too.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-16_000);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('Chromium could not be started.');

  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };

  let browser: Browser;
  try {
    const endpoint = await devToolsEndpoint(child, userDataDir, options.timeoutMs ?? 20_000, () => stderr);
    browser = await chromium.connectOverCDP(endpoint);
  } catch (error) {
    killGroup('SIGKILL');
    throw error;
  }
  const context = browser.contexts()[0];
  if (!context) {
    killGroup('SIGKILL');
    throw new Error('Chromium started without a default browser context.');
  }

  return {
    browser,
    context,
    pid,
    async kill() {
      // The browser process first (that is the crash being simulated), then anything it left behind.
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
      killGroup('SIGKILL');
      await waitForExit(child, 10_000);
    },
    async close() {
      if (exited(child)) return;
      // Over CDP, browser.close() only disconnects; Browser.close asks the process to quit.
      try {
        const session = await browser.newBrowserCDPSession();
        await session.send('Browser.close');
      } catch {
        // the connection may drop before the answer arrives
      }
      if (!(await waitForExit(child, 5_000))) {
        killGroup('SIGKILL');
        await waitForExit(child, 5_000);
      }
    },
  };
}
