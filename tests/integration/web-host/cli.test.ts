import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, dataDirFromEnv, DEFAULT_PORT, portFromEnv, relayBindFromEnv } from '../../../electron/web/cli-config';
import { PortInUseError, startBrowserShell } from '../../../electron/web/host';
import { probeAccord } from '../../../electron/web/probe';
import { makeRendererDir, rawGet, startTestHost, withTimeout, type TestHost } from './helpers';

const CLI = fileURLToPath(new URL('../../../electron/web/cli.ts', import.meta.url));

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source (through tsx) and kills it if it outlives `timeoutMs`. */
function runCli(env: Record<string, string>, options: { timeoutMs?: number; whenReady?: (readyFile: string) => Promise<void> } = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
  const exited = new Promise<CliRun>((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
  if (options.whenReady && env.ACCORD_READY_FILE) {
    void waitForFile(env.ACCORD_READY_FILE, () => child.exitCode !== null)
      .then(() => options.whenReady!(env.ACCORD_READY_FILE!))
      .finally(() => child.kill('SIGTERM'));
  }
  return exited;
}

async function waitForFile(file: string, givenUp: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !givenUp(); i++) {
    try {
      await readFile(file);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`${file} never appeared`);
}

let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'accord-web-cli-'));
  rendererDir = await makeRendererDir(root);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a port that is already taken', () => {
  let first: TestHost;

  beforeAll(async () => {
    first = await startTestHost();
  });

  afterAll(async () => {
    await first?.stop();
  });

  it('makes a second startBrowserShell fail with a clear error', async () => {
    const second = startBrowserShell({ port: first.shell.port, dataDir: path.join(root, 'data2'), rendererDir, version: 'x' });
    await expect(second).rejects.toBeInstanceOf(PortInUseError);
    await expect(second).rejects.toThrow(`Port ${first.shell.port} on 127.0.0.1 is already in use.`);
    // The first one is untouched.
    expect((await rawGet(first.shell.port, '/healthz')).status).toBe(200);
  });

  it('is recognised as Accord by the health probe', async () => {
    expect(await probeAccord(first.shell.port)).toEqual({ version: '9.9.9-test' });
  });

  it('makes the CLI say Accord is already running, and exit 0', async () => {
    const run = await runCli({ ACCORD_PORT: String(first.shell.port), ACCORD_DATA_DIR: path.join(root, 'cli-data'), ACCORD_RENDERER_DIR: rendererDir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Accord is already running at http://127.0.0.1:${first.shell.port}/`);
  });

  it('makes the CLI name ACCORD_PORT and exit 1 when another program holds the port', async () => {
    const sockets = new Set<net.Socket>();
    const other = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as net.AddressInfo).port;
    try {
      expect(await probeAccord(port)).toBeNull();
      const run = await runCli({ ACCORD_PORT: String(port), ACCORD_DATA_DIR: path.join(root, 'cli-data'), ACCORD_RENDERER_DIR: rendererDir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Port ${port} on 127.0.0.1 is in use by another program`);
      expect(run.stderr).toContain('ACCORD_PORT');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => other.close(resolve));
    }
  });
});

// Each run is a separate process, so they may overlap; local `expect` keeps failures attributed.
describe.concurrent('the CLI', () => {
  it('starts, writes the ready file, serves the app, and stops cleanly on SIGTERM', async ({ expect }) => {
    const readyFile = path.join(root, 'ready.json');
    let ready: { url: string; port: number; pid: number } | undefined;
    let index = '';
    const run = await runCli(
      { ACCORD_PORT: '0', ACCORD_DATA_DIR: path.join(root, 'cli-data'), ACCORD_RENDERER_DIR: rendererDir, ACCORD_READY_FILE: readyFile },
      {
        whenReady: async (file) => {
          ready = JSON.parse(await readFile(file, 'utf8'));
          index = (await rawGet(ready!.port, '/')).body;
        },
      },
    );
    expect(ready).toMatchObject({ url: `http://127.0.0.1:${ready?.port}/`, pid: expect.any(Number) });
    expect(index).toContain('<meta name="accord-bridge" content="/bridge?secret=');
    expect(run.stdout).toContain(`Accord is running at ${ready?.url} — open this address in Chromium, Chrome, Edge or Firefox. Press Ctrl+C to stop.`);
    expect(run.code).toBe(0);
    // The structured log goes to stderr, one JSON object per line.
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('{'));
    expect(lines.map((line) => JSON.parse(line).event)).toContain('browser-shell-started');
  });

  it('refuses a bad ACCORD_PORT with a clear message', async ({ expect }) => {
    const run = await runCli({ ACCORD_PORT: 'http', ACCORD_RENDERER_DIR: rendererDir, ACCORD_DATA_DIR: path.join(root, 'cli-data') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ACCORD_PORT must be a port number');
  });

  it('says the app is not built when the renderer folder has no index.html', async ({ expect }) => {
    const run = await runCli({ ACCORD_PORT: '0', ACCORD_RENDERER_DIR: path.join(root, 'nothing-here'), ACCORD_DATA_DIR: path.join(root, 'cli-data') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('npm run build');
  });
});

describe('CLI configuration', () => {
  it('reads ACCORD_PORT', () => {
    expect(portFromEnv({})).toBe(DEFAULT_PORT);
    expect(DEFAULT_PORT).toBe(4317);
    expect(portFromEnv({ ACCORD_PORT: '' })).toBe(4317);
    expect(portFromEnv({ ACCORD_PORT: '0' })).toBe(0);
    expect(portFromEnv({ ACCORD_PORT: ' 8080 ' })).toBe(8080);
    for (const bad of ['-1', '65536', '12.5', 'abc', '1e3', '999999']) {
      expect(() => portFromEnv({ ACCORD_PORT: bad })).toThrow(ConfigError);
    }
  });

  it('picks the same data folder as the desktop shell', () => {
    expect(dataDirFromEnv({ ACCORD_DATA_DIR: '/tmp/x' }, 'linux', '/home/a')).toBe('/tmp/x');
    expect(dataDirFromEnv({}, 'linux', '/home/a')).toBe('/home/a/.config/Accord');
    expect(dataDirFromEnv({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/a')).toBe('/xdg/Accord');
    expect(dataDirFromEnv({ XDG_CONFIG_HOME: 'relative' }, 'linux', '/home/a')).toBe('/home/a/.config/Accord');
    expect(dataDirFromEnv({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Accord');
    expect(dataDirFromEnv({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toBe('C:\\Users\\a\\AppData\\Roaming\\Accord');
    expect(dataDirFromEnv({}, 'win32', 'C:\\Users\\a')).toBe('C:\\Users\\a\\AppData\\Roaming\\Accord');
  });

  it('reads the relay bind address from ACCORD_RELAY_HOST_BIND, refusing anything but an IP', () => {
    expect(relayBindFromEnv({})).toBeUndefined();
    expect(relayBindFromEnv({ ACCORD_RELAY_HOST_BIND: ' ' })).toBeUndefined();
    expect(relayBindFromEnv({ ACCORD_RELAY_HOST_BIND: ' 127.0.0.1 ' })).toBe('127.0.0.1');
    expect(relayBindFromEnv({ ACCORD_RELAY_HOST_BIND: '::1' })).toBe('::1');
    for (const bad of ['localhost', '127.0.0.1:4455', '0.0.0.0; rm', '999.1.1.1']) {
      expect(() => relayBindFromEnv({ ACCORD_RELAY_HOST_BIND: bad })).toThrow(ConfigError);
    }
  });

  it('bounds the health probe when nothing answers', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket)); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as net.AddressInfo).port;
      expect(await withTimeout(probeAccord(port, 200), 5_000, 'the probe')).toBeNull();
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});
