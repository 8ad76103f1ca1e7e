/** A real browser-shell host in a temporary folder, and real clients to poke it with. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { startBrowserShell, type BrowserShell } from '../../../electron/web/host';
import type { ServerFrame } from '../../../shared/ipc/wire';

export const INDEX_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Accord</title></head><body><div id="root"></div></body></html>';

export interface TestHost {
  shell: BrowserShell;
  root: string;
  dataDir: string;
  rendererDir: string;
  logs: object[];
  origin: string;
  bridgeUrl: string;
  stop(): Promise<void>;
}

export async function makeRendererDir(root: string): Promise<string> {
  const rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(rendererDir, 'assets', 'app-1234.js'), 'console.log("app");\n');
  await writeFile(path.join(rendererDir, 'assets', 'app-1234.css'), 'body { margin: 0; }\n');
  await writeFile(path.join(rendererDir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return rendererDir;
}

export async function startTestHost(options: { root?: string; port?: number } = {}): Promise<TestHost> {
  const ownsRoot = !options.root;
  const root = options.root ?? (await mkdtemp(path.join(os.tmpdir(), 'accord-web-host-')));
  const rendererDir = path.join(root, 'renderer');
  if (ownsRoot) await makeRendererDir(root);
  const dataDir = path.join(root, 'data');
  const logs: object[] = [];
  const shell = await startBrowserShell({
    port: options.port ?? 0,
    dataDir,
    rendererDir,
    version: '9.9.9-test',
    // Tests never open a relay to the local network.
    relayBindAddress: '127.0.0.1',
    filesDir: path.join(root, 'files'),
    log: (line) => logs.push(line),
  });
  return {
    shell,
    root,
    dataDir,
    rendererDir,
    logs,
    origin: `http://127.0.0.1:${shell.port}`,
    bridgeUrl: `ws://127.0.0.1:${shell.port}/bridge?secret=${shell.secret}`,
    async stop() {
      await shell.close();
      if (ownsRoot) await rm(root, { recursive: true, force: true });
    },
  };
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A request with the path sent exactly as written (no normalisation) and any Host
 * header; `Host: ''` sends none at all.
 */
export function rawGet(port: number, rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<HttpAnswer> {
  const { Host: hostHeader, ...rest } = headers;
  const sent = hostHeader ? { ...rest, Host: hostHeader } : rest;
  const setHost = hostHeader !== '';
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: rawPath, method, headers: sent, setHost, agent: false, timeout: 5_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${rawPath} timed out`)));
    request.on('error', reject);
    request.end();
  });
}

/** Opens a socket; resolves with it once open, or with the HTTP status the upgrade was refused with. */
export function openSocket(url: string, options: WebSocket.ClientOptions = {}): Promise<WebSocket | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { handshakeTimeout: 5_000, ...options });
    ws.on('open', () => resolve(ws));
    ws.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', (error) => reject(error));
  });
}

export async function connect(host: TestHost): Promise<BridgeClient> {
  const ws = await openSocket(host.bridgeUrl, { origin: host.origin });
  if (typeof ws === 'number') throw new Error(`The bridge refused the upgrade with ${ws}`);
  return new BridgeClient(ws);
}

/** Frames in, frames out, with waits that time out instead of hanging a test. */
export class BridgeClient {
  readonly frames: ServerFrame[] = [];
  private waiters: Array<() => void> = [];
  private nextId = 1;
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)) as ServerFrame);
      for (const wake of this.waiters.splice(0)) wake();
    });
    ws.on('error', () => {});
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  async waitFor<T extends ServerFrame>(match: (frame: ServerFrame) => frame is T, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(match);
      if (found) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`No matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends a call frame (raw fields allowed, to test bad input) and waits for its result. */
  async call(channel: string, args?: unknown): Promise<Extract<ServerFrame, { t: 'result' }>['result']> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify(args === undefined ? { t: 'call', id, channel } : { t: 'call', id, channel, args }));
    const frame = await this.waitFor((f): f is Extract<ServerFrame, { t: 'result' }> => f.t === 'result' && f.id === id);
    return frame.result;
  }

  close(): void {
    this.ws.terminate();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
