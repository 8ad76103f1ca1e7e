// Accord's extension on plain rooms (ACKs only for proto=accord1), awareness clean-up for
// unmodified y-websocket clients, and random extension frames against a live relay.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { startRelay } from '../../../electron/relay/relay';
import {
  CloseCode,
  encodeAclUpdate,
  encodeAwareness,
  encodeSealedAwareness,
  encodeSealedUpdate,
  encodeSnapshot,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '../../../shared/sync/relay-protocol';
import { seededRandom } from '../../../shared/model/seeded-random';
import { accord, newKeys, rawClient, sealedPeer, type RawClient } from './accord-client';
import { destroy, peer, synced, tempDir, waitFor } from './helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function raw(url: string, path: string, params: Record<string, string> = {}): RawClient {
  const client = rawClient(url, path, params);
  cleanups.push(() => client.ws.terminate());
  return client;
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('relay extension on plain rooms', () => {
  it('acknowledges each SyncStep2 and update of an accord1 connection once, empty ones too; never an unmodified one', async () => {
    const relay = await startRelay({ port: 0, dataDir: tempDir() });
    cleanups.push(() => relay.close());
    const watcher = peer(relay.url, 'ws_ack/doc');
    cleanups.push(() => destroy(watcher));
    await synced(watcher);

    const extended = raw(relay.url, 'ws_ack/doc', accord('t', 'plain'));
    const plain = raw(relay.url, 'ws_ack/doc');
    await Promise.all([extended.opened, plain.opened]);
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    for (const client of [extended, plain]) {
      client.send(encodeSyncStep2(empty));
      client.send(encodeSyncUpdate(textUpdate(client === extended ? 'A' : 'B')));
      client.send(encodeSyncUpdate(empty));
      client.send(encodeAwareness(new Uint8Array([0])));
      client.send(encodeSyncStep1(new Uint8Array([0])));
    }
    await waitFor(() => extended.count('sync-step2') === 1 && plain.count('sync-step2') === 1, 'step1 answered');
    expect(extended.count('ack')).toBe(3);
    expect(plain.count('ack')).toBe(0);
    // ACKs are sent before the step2 reply: in order.
    const kinds = extended.frames.map((f) => f.kind);
    expect(kinds.lastIndexOf('ack')).toBeLessThan(kinds.indexOf('sync-step2'));
    await waitFor(() => watcher.text.length === 2, 'both updates forwarded');
  });

  it('sends no ACK for an update it could not store', async () => {
    let diskFull = false;
    const relay = await startRelay({
      port: 0,
      dataDir: tempDir(),
      storageHooks: {
        writeSync: (fd, buffer) => {
          if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          return fs.writeSync(fd, buffer);
        },
      },
    });
    cleanups.push(() => relay.close());
    const client = raw(relay.url, 'ws_disk/doc', accord('t', 'plain'));
    await client.opened;
    client.send(encodeSyncUpdate(textUpdate('stored')));
    await waitFor(() => client.count('ack') === 1, 'first update acknowledged');
    diskFull = true;
    client.send(encodeSyncUpdate(textUpdate('lost')));
    expect((await client.closed).code).toBe(CloseCode.storageFailure);
    expect(client.count('ack')).toBe(1);
  });

  it("removes a vanished y-websocket client's awareness for the others", async () => {
    const relay = await startRelay({ port: 0, dataDir: tempDir() });
    cleanups.push(() => relay.close());
    const [a, b] = [peer(relay.url, 'ws_aw/doc'), peer(relay.url, 'ws_aw/doc')];
    cleanups.push(() => destroy(a, b));
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalState({ user: 'Amal' });
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user === 'Amal', 'b sees a');
    const removedAt: number[] = [];
    b.provider.awareness.on('change', ({ removed }: { removed: number[] }) => removedAt.push(...removed));
    // a's socket dies without a goodbye (a crash, a lost network): only the relay can tell b.
    a.provider.shouldConnect = false;
    (a.provider.ws as unknown as { terminate(): void }).terminate();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), "a's presence removed", 5_000);
    expect(removedAt).toEqual([a.doc.clientID]);
    // Well before y-protocols' own 30 s timeout.
    expect(awarenessProtocol.outdatedTimeout).toBeGreaterThan(5_000);
  });

  it('random and truncated extension frames close only their sender; other rooms keep syncing', async () => {
    const relay = await startRelay({ port: 0, dataDir: tempDir(), limits: { messagesPerSecond: 10_000, burst: 10_000 } });
    cleanups.push(() => relay.close());
    const keys = newKeys();
    const [sa, sb] = [await sealedPeer(relay.url, 'ws_good/sealed', 'ta', keys), await sealedPeer(relay.url, 'ws_good/sealed', 'tb', keys)];
    cleanups.push(() => [sa, sb].forEach((p) => p.client.ws.terminate()));
    const [pa, pb] = [peer(relay.url, 'ws_good/plain'), peer(relay.url, 'ws_good/plain')];
    cleanups.push(() => destroy(pa, pb));
    await Promise.all([synced(pa), synced(pb)]);

    const random = seededRandom(7);
    const int = (n: number) => Math.floor(random() * n);
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
    const valid = [
      encodeSealedUpdate(bytes(40)),
      encodeSealedAwareness(bytes(40)),
      encodeSnapshot(3, bytes(40)),
      encodeAclUpdate({ grant: [{ hash: 'a'.repeat(64), access: 'read' }] }),
    ];
    const frame = (): Uint8Array => {
      const roll = random();
      if (roll < 0.3) return Uint8Array.from([100 + int(12), ...bytes(int(48))]);
      if (roll < 0.6) {
        const whole = valid[int(valid.length)];
        return whole.subarray(0, 1 + int(whole.length - 1));
      }
      if (roll < 0.8) return Uint8Array.from([110, ...(() => { const json = new TextEncoder().encode(['{', '{"grant":5}', '{"revoke":["x"]}', 'null', '[]', '{"grant":[{"hash":1}]}'][int(6)]); return [json.length, ...json]; })()]);
      return Uint8Array.from([100 + int(8), ...[0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80].slice(0, 1 + int(9))]);
    };
    const allowed = new Set([CloseCode.malformed, CloseCode.modeMismatch, CloseCode.readOnly, 1000, 1005]);
    const unexpected: string[] = [];
    let typed = 0;
    for (let batch = 0; batch < 10; batch++) {
      await Promise.all(
        Array.from({ length: 12 }, async (_, i) => {
          const mode = i % 2 ? 'sealed' : 'plain';
          const client = rawClient(relay.url, `ws_fuzz/${mode}`, accord('t', mode));
          client.ws.on('open', () => {
            for (let k = 0; k < 1 + int(5); k++) client.send(frame());
            setTimeout(() => client.ws.close(1000), 150).unref();
          });
          const { code } = await client.closed;
          if (!allowed.has(code)) unexpected.push(`${mode}: ${code}`);
        }),
      );
      sa.text.insert(sa.text.length, 's');
      pa.text.insert(pa.text.length, 'p');
      typed++;
    }
    await waitFor(() => sb.text.length === typed && pb.text.length === typed, 'good rooms keep syncing');
    expect(unexpected).toEqual([]);
    expect((await (await fetch(`http://127.0.0.1:${relay.port}/healthz`)).json()).ok).toBe(true);
    const closes = relay.stats().closedByCode;
    expect(closes[CloseCode.malformed]).toBeGreaterThan(10);
  });
});
