// Bad clients: malformed, truncated, oversized, wrong-type and flood frames against one room while
// another room keeps syncing; and read-only connections enforced by the relay.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { startRelay } from '../../../electron/relay/relay';
import { CloseCode, encodeSyncUpdate } from '../../../shared/sync/relay-protocol';
import { destroy, peer, synced, tempDir, waitFor } from './helpers';
import { seededRandom } from '../../../shared/model/seeded-random';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Opens a raw client, sends frames until the relay closes it; resolves with the close code. */
function attack(url: string, frames: Array<Uint8Array | string>): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('error', () => {});
    ws.on('open', () => {
      for (const frame of frames) if (ws.readyState === WebSocket.OPEN) ws.send(frame);
    });
    ws.on('close', (code) => resolve(code));
    // Random bytes may form a valid frame (e.g. an awareness message): then the client leaves (1000).
    setTimeout(() => ws.close(1000), 400).unref();
  });
}

describe('relay under abuse', () => {
  it('closes bad connections with documented codes, keeps other rooms syncing, memory bounded', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const relay = await startRelay({
      port: 0,
      dataDir: tempDir(),
      limits: { maxFrameBytes: 64 * 1024, messagesPerSecond: 200, burst: 400 },
      log: (line) => lines.length < 50_000 && lines.push(line),
    });
    cleanups.push(() => relay.close());
    const [a, b] = [peer(relay.url, 'good'), peer(relay.url, 'good')];
    cleanups.push(() => destroy(a, b));
    await Promise.all([synced(a), synced(b)]);

    const random = seededRandom(42);
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
    const valid = (() => {
      const doc = new Y.Doc();
      doc.getText('t').insert(0, 'valid text');
      return encodeSyncUpdate(Y.encodeStateAsUpdate(doc));
    })();
    const kinds: Array<{ frames: () => Array<Uint8Array | string>; codes: number[] }> = [
      { frames: () => [bytes(1 + Math.floor(random() * 64))], codes: [CloseCode.malformed, CloseCode.invalidUpdate, 1000] },
      { frames: () => [valid.subarray(0, 1 + Math.floor(random() * (valid.length - 2)))], codes: [CloseCode.malformed] },
      { frames: () => [new Uint8Array([4 + Math.floor(random() * 100)])], codes: [CloseCode.malformed] },
      { frames: () => ['{"text": "frame"}'], codes: [CloseCode.malformed] },
      { frames: () => [new Uint8Array(65 * 1024)], codes: [1009] },
      { frames: () => [Uint8Array.from([0, 2, 40, ...bytes(40)])], codes: [CloseCode.invalidUpdate, CloseCode.malformed] },
      { frames: () => Array.from({ length: 450 }, () => new Uint8Array([1, 1, 0])) /* awareness update with no entries */, codes: [CloseCode.rateLimited] },
    ];

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const relayStart = Date.now();
    let framesSent = 0;
    const unexpected: string[] = [];
    let typed = 0;
    for (let batch = 0; batch < 30; batch++) {
      const attacks = Array.from({ length: 20 }, () => {
        const kind = kinds[Math.floor(random() * kinds.length)];
        const frames = kind.frames();
        framesSent += frames.length;
        return attack(`${relay.url}/bad`, frames).then((code) => {
          if (!kind.codes.includes(code)) unexpected.push(`got ${code}, expected ${kind.codes.join('/')}`);
        });
      });
      // Meanwhile the good room keeps working.
      a.text.insert(a.text.length, 'x');
      typed++;
      await Promise.all(attacks);
    }
    await waitFor(() => b.text.length === typed, 'the good room keeps syncing');
    b.text.insert(0, 'y');
    await waitFor(() => a.text.toString() === b.text.toString(), 'and in both directions');
    global.gc?.();
    const rssAfter = process.memoryUsage().rss;
    console.log(
      `relay fuzz: ${framesSent} frames on 600 connections in ${Date.now() - relayStart} ms; rss ${(rssBefore / 2 ** 20).toFixed(0)} → ${(rssAfter / 2 ** 20).toFixed(0)} MiB; closes ${JSON.stringify(relay.stats().closedByCode)}`,
    );
    expect(unexpected.slice(0, 5)).toEqual([]);
    expect(rssAfter - rssBefore).toBeLessThan(300 * 2 ** 20);
    const health = await (await fetch(`http://127.0.0.1:${relay.port}/healthz`)).json();
    expect(health.ok).toBe(true);
    expect(lines.some((l) => l.event === 'close' && l.code === CloseCode.rateLimited)).toBe(true);
  }, 45_000);

  it('closes a consumer that does not read (4508) instead of buffering without bound', async () => {
    const lines: Array<Record<string, unknown>> = [];
    let slowClosed = false;
    const relay = await startRelay({
      port: 0,
      dataDir: tempDir(),
      log: (line) => {
        lines.push(line);
        if (line.event === 'slow-consumer') slowClosed = true;
      },
      limits: { maxBufferedBytes: 256 * 1024, closeGraceMs: 300 },
    });
    cleanups.push(() => relay.close());
    const writer = peer(relay.url, 'slow');
    cleanups.push(() => destroy(writer));
    await synced(writer);
    const stalled = new WebSocket(`${relay.url}/slow`);
    stalled.on('error', () => {});
    await new Promise((resolve) => stalled.once('open', resolve));
    (stalled as unknown as { _socket: { pause(): void } })._socket.pause(); // never reads again
    cleanups.push(() => stalled.terminate());
    const chunk = 'z'.repeat(32 * 1024);
    // Far more than the socket buffers plus maxBufferedBytes can hold.
    for (let i = 0; i < 300 && relay.stats().connections > 1; i++) {
      writer.text.insert(0, chunk);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await waitFor(() => relay.stats().connections === 1, 'the stalled connection is dropped', 15_000);
    expect(lines.some((l) => l.event === 'close' && l.code === 1006)).toBe(true); // cut off after the grace
    expect(slowClosed).toBe(true);
    expect(writer.provider.wsconnected).toBe(true);
  });

  it('refuses updates from a read-only connection; readers still receive', async () => {
    const relay = await startRelay({
      port: 0,
      dataDir: tempDir(),
      authorize: (_room, token) => (token === 'writer' ? 'edit' : token === 'reader' ? 'read' : null),
    });
    cleanups.push(() => relay.close());
    const writer = peer(relay.url, 'ro', { token: 'writer' });
    const reader = peer(relay.url, 'ro', { token: 'reader' });
    const stranger = peer(relay.url, 'ro', { token: 'nope' });
    cleanups.push(() => destroy(writer, reader, stranger));
    await Promise.all([synced(writer), synced(reader)]);
    writer.text.insert(0, 'from writer');
    await waitFor(() => reader.text.toString() === 'from writer', 'reader receives');
    reader.text.insert(0, 'FORGED ');
    await waitFor(() => (relay.stats().closedByCode[CloseCode.readOnly] ?? 0) >= 1, 'reader closed with 4403');
    await waitFor(() => (relay.stats().closedByCode[CloseCode.unauthorized] ?? 0) >= 1, 'stranger closed with 4401');
    // 4400-4499 tell y-websocket not to reconnect; the reader's app decides when to come back.
    await waitFor(() => !reader.provider.shouldConnect, 'reader stops reconnecting');
    writer.text.insert(writer.text.length, '!');
    reader.provider.connect();
    await waitFor(() => reader.text.toString().endsWith('!'), 'reader reconnects and still receives');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(writer.text.toString()).toBe('from writer!');
    const fresh = peer(relay.url, 'ro', { token: 'writer' });
    cleanups.push(() => destroy(fresh));
    await synced(fresh);
    expect(fresh.text.toString()).toBe('from writer!');
    expect(stranger.text.toString()).toBe('');
  });

  it('logs and refuses a failed disk write, keeping what was stored', async () => {
    const dataDir = tempDir();
    let diskFull = false;
    const lines: Array<Record<string, unknown>> = [];
    const fs = await import('node:fs');
    const relay = await startRelay({
      port: 0,
      dataDir,
      log: (line) => lines.push(line),
      storageHooks: {
        writeSync: (fd, buffer) => {
          if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          return fs.writeSync(fd, buffer);
        },
      },
    });
    cleanups.push(() => relay.close());
    const a = peer(relay.url, 'disk');
    const b = peer(relay.url, 'disk');
    cleanups.push(() => destroy(a, b));
    await Promise.all([synced(a), synced(b)]);
    a.text.insert(0, 'kept');
    await waitFor(() => b.text.toString() === 'kept', 'stored and forwarded');
    diskFull = true;
    a.text.insert(4, ' lost');
    await waitFor(() => (relay.stats().closedByCode[CloseCode.storageFailure] ?? 0) >= 1, 'writer told with 4507');
    expect(lines.some((l) => l.event === 'error' && String(l.error).includes('ENOSPC'))).toBe(true);
    expect(b.text.toString()).toBe('kept');
    destroy(a, b);
    await relay.close();
    const again = await startRelay({ port: 0, dataDir });
    cleanups.push(() => again.close());
    const reader = peer(again.url, 'disk');
    cleanups.push(() => destroy(reader));
    await synced(reader);
    expect(reader.text.toString()).toBe('kept');
  });
});
