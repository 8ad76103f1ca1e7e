/**
 * Starts the real browser-shell host (`node dist/web/host.mjs`) as a child process,
 * the way a user's launcher would, and waits for the JSON it writes once listening.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HOST_ENTRY } from './paths';

export interface StartHostOptions {
  /** 0 (the default) lets the host pick a free port; pass the previous port to keep the same IndexedDB origin. */
  port?: number;
  /** Reuse a data directory (settings, files) across restarts; a fresh temporary one by default. */
  dataDir?: string;
  /** The Accord folder (`ACCORD_FILES_DIR`); by default `files/` inside the data directory, so it is fresh per test and kept with a reused data directory. */
  filesDir?: string;
  timeoutMs?: number;
  /** How often to look for the ready file (the cold-start benchmark polls finely). */
  pollIntervalMs?: number;
}

export interface StartedHost {
  /** The address the host reported, e.g. `http://127.0.0.1:43123/`. */
  url: string;
  port: number;
  /** `http://127.0.0.1:<port>`: what the browser sends as Origin. */
  origin: string;
  pid: number;
  dataDir: string;
  /** The Accord folder the host saves workspaces in. */
  filesDir: string;
  /** What the host printed so far (for failure messages). */
  output(): string;
  /** SIGTERM, then SIGKILL after a grace period; removes the data directory if this call created it (not one passed in). */
  stop(): Promise<void>;
}

interface ReadyFile {
  url: string;
  port: number;
  pid: number;
}

function isReadyFile(value: unknown): value is ReadyFile {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.url === 'string' && typeof record.port === 'number' && typeof record.pid === 'number';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readReadyFile(file: string): Promise<ReadyFile | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isReadyFile(parsed) ? parsed : null;
  } catch {
    return null; // not written yet, or written half-way
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startHost(options: StartHostOptions = {}): Promise<StartedHost> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'accord-host-'));
  const dataDir = options.dataDir ?? path.join(scratch, 'data');
  const filesDir = options.filesDir ?? path.join(dataDir, 'files');
  const readyFile = path.join(scratch, 'ready.json');
  const timeoutMs = options.timeoutMs ?? 20_000;

  const child = spawn(process.execPath, [HOST_ENTRY], {
    env: {
      ...process.env,
      ACCORD_PORT: String(options.port ?? 0),
      ACCORD_DATA_DIR: dataDir,
      ACCORD_FILES_DIR: filesDir,
      // "Host on this computer" stays on loopback in tests.
      ACCORD_RELAY_HOST_BIND: '127.0.0.1',
      ACCORD_READY_FILE: readyFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  // A caller's own data directory lives elsewhere and is left alone.
  const cleanUp = () => rm(scratch, { recursive: true, force: true });

  const deadline = Date.now() + timeoutMs;
  let ready: ReadyFile | null = null;
  while (!ready) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await cleanUp();
      throw new Error(`The host exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await cleanUp();
      throw new Error(`The host did not write ${readyFile} within ${timeoutMs} ms:\n${output}`);
    }
    ready = await readReadyFile(readyFile);
    if (!ready) await sleep(options.pollIntervalMs ?? 25);
  }

  const { url, port } = ready;
  return {
    url,
    port,
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid ?? ready.pid,
    dataDir,
    filesDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 5_000))) {
          child.kill('SIGKILL');
          await waitForExit(child, 5_000);
        }
      }
      await cleanUp();
    },
  };
}
