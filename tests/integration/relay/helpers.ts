import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
