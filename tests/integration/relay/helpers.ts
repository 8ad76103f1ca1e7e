import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { afterAll } from 'vitest';

const created: string[] = [];
// Registered in every test file that imports these helpers.
afterAll(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'relay-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export interface Peer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
}

/** An unmodified y-websocket client with a real Y.Doc. */
export function peer(url: string, room: string, params: Record<string, string> = {}): Peer {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
    maxBackoffTime: 100,
    params,
  });
  return { doc, provider, text: doc.getText('t') };
}

export function destroy(...peers: Peer[]): void {
  for (const p of peers) {
    p.provider.destroy();
    p.doc.destroy();
  }
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const synced = (p: Peer) => waitFor(() => p.provider.synced, 'provider synced');

/** The relay CLI bundled as in build/scripts/build.mjs; plain node starts it fast even on a busy machine. */
export async function relayBundle(): Promise<string> {
  const { build } = await import('esbuild');
  const bundle = path.join(tempDir('relay-bundle-'), 'relay.mjs');
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    entryPoints: ['electron/relay/cli.ts'],
    outfile: bundle,
    banner: { js: "import { createRequire as accordCreateRequire } from 'node:module'; const require = accordCreateRequire(import.meta.url);" },
  });
  return bundle;
}

/** Starts the bundled CLI; resolves once it listens. */
export async function relayProcess(bundle: string, args: string[]): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  const listening = /listening on ws:\/\/[^:]+:(\d+)/;
  try {
    await waitFor(() => listening.test(out), 'relay process listening', 15_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { child, port: Number(listening.exec(out)![1]), output: () => out };
}

/** A chaos step of the seeded sessions: delete 1–3 characters somewhere, noting which went (each character is unique). */
export function deleteRandomRange(text: Y.Text, int: (below: number) => number, deleted: Set<string>): void {
  if (text.length === 0) return;
  const index = int(text.length);
  const length = 1 + int(Math.min(3, text.length - index));
  for (const char of text.toString().slice(index, index + length)) deleted.add(char);
  text.delete(index, length);
}

/** A chaos step of the seeded sessions: drop the connection, or come back. */
export function toggleConnection(provider: WebsocketProvider): void {
  if (provider.shouldConnect) provider.disconnect();
  else provider.connect();
}
