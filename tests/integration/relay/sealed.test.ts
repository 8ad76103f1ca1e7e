// Sealed rooms: Y.Docs synced as encrypted blobs the relay stores and forwards but cannot read.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { startRelay, type Relay, type RelayOptions } from '../../../electron/relay/relay';
import { roomFileName } from '../../../electron/relay/room-store';
import { CloseCode, encodeSealedUpdate, encodeSnapshot, type Frame } from '../../../shared/sync/relay-protocol';
import { randomBytes } from '../../../shared/sync/sealing';
import { accord, newKeys, rawClient, sealedPeer, type SealedPeer } from './accord-client';
import { relayBundle, relayProcess, tempDir, waitFor } from './helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function relayOn(dataDir: string, options: Partial<RelayOptions> = {}): Promise<Relay> {
  const relay = await startRelay({ port: 0, dataDir, ...options });
  cleanups.push(() => relay.close());
  return relay;
}

function track<T extends { client: { ws: { terminate(): void } } }>(...peers: T[]): T[] {
  cleanups.push(() => peers.forEach((p) => p.client.ws.terminate()));
  return peers;
}

const ROOM = 'ws_sealed/doc_1';
const converged = (...peers: SealedPeer[]) => peers.every((p) => p.text.toString() === peers[0].text.toString());

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(Buffer.from(needle)) >= 0;
}

const seqs = (frames: Frame[]) => frames.flatMap((f) => (f.kind === 'sealed-record' ? [f.seq] : []));

describe('sealed rooms', () => {
  it('two sealed peers converge; neither the files nor any frame the relay sends contain the plaintext', async () => {
    const dataDir = tempDir();
    const relay = await relayOn(dataDir);
    const keys = newKeys();
    const [a, b] = track(await sealedPeer(relay.url, ROOM, 'ta', keys), await sealedPeer(relay.url, ROOM, 'tb', keys));
    await waitFor(() => a.replayDone() && b.replayDone(), 'both replays done');
    const secret = 'PLAINTEXT-SENTINEL-zq7x';
    a.text.insert(0, `${secret} from a. `);
    b.text.insert(0, 'b says hello. ');
    for (let i = 0; i < 20; i++) (i % 2 ? a : b).text.insert(0, `${i}`);
    await Promise.all([a.idle(), b.idle()]);
    await waitFor(() => converged(a, b) && a.text.length > 40, 'a and b converge');
    expect(a.text.toString()).toContain(secret);
    expect(Y.encodeStateAsUpdate(a.doc).toString()).toBe(Y.encodeStateAsUpdate(b.doc).toString());

    // The check can fail: Yjs updates carry typed text as UTF-8.
    const needle = new TextEncoder().encode(secret);
    expect(contains(Y.encodeStateAsUpdate(a.doc), needle)).toBe(true);
    for (const received of [...a.client.received, ...b.client.received]) expect(contains(received, needle)).toBe(false);
    await relay.close();
    const files = fs.readdirSync(dataDir);
    expect(files).toContain(roomFileName(ROOM));
    for (const file of files) expect(contains(fs.readFileSync(path.join(dataDir, file)), needle)).toBe(false);
    expect(fs.readFileSync(path.join(dataDir, roomFileName(ROOM))).subarray(0, 8).toString('latin1')).toBe('ACRSEAL1');
  });

  it('acknowledges every update and snapshot once; replays everything in order to a late joiner, then REPLAY_DONE', async () => {
    const relay = await relayOn(tempDir());
    const keys = newKeys();
    const [a] = track(await sealedPeer(relay.url, ROOM, 'ta', keys));
    for (let i = 0; i < 30; i++) a.text.insert(a.text.length, String.fromCharCode(97 + (i % 26)));
    await a.idle();
    expect(a.acks()).toBe(30);
    expect(a.sent()).toBe(30);
    // Its own records are not echoed back.
    expect(a.client.count('sealed-record')).toBe(0);

    const [late] = track(await sealedPeer(relay.url, ROOM, 'tl', keys));
    await waitFor(() => late.replayDone(), 'late joiner replay');
    await late.idle();
    expect(seqs(late.client.frames)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const done = late.client.frames.find((f) => f.kind === 'replay-done');
    expect(done).toEqual({ kind: 'replay-done', lastSeq: 30 });
    expect(late.text.toString()).toBe(a.text.toString());
    expect(late.acks()).toBe(0);

    // Live from now on, in both directions.
    late.text.insert(0, '>');
    a.text.insert(a.text.length, '<');
    await Promise.all([a.idle(), late.idle()]);
    await waitFor(() => converged(a, late) && a.text.toString().startsWith('>') && a.text.toString().endsWith('<'), 'live exchange');
    expect(a.acks()).toBe(31);
    expect(late.acks()).toBe(1);
  });

  it('SNAPSHOT compacts the file; a late joiner still gets everything; a snapshot out of range is ignored but acknowledged', async () => {
    const dataDir = tempDir();
    const relay = await relayOn(dataDir);
    const keys = newKeys();
    const [a] = track(await sealedPeer(relay.url, ROOM, 'ta', keys));
    for (let i = 0; i < 200; i++) a.text.insert(a.text.length, String.fromCharCode(97 + (i % 26)));
    await a.idle();
    const file = path.join(dataDir, roomFileName(ROOM));
    const before = fs.statSync(file).size;

    await a.snapshot(500); // beyond lastSeq: ignored
    await a.idle();
    expect(a.acks()).toBe(201);
    expect(fs.statSync(file).size).toBe(before);

    await a.snapshot(150);
    await a.idle();
    expect(a.acks()).toBe(202);
    const after = fs.statSync(file).size;
    expect(after).toBeLessThan(before / 2);
    expect(fs.readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    a.text.insert(0, 'after compaction ');
    await a.idle();

    const [late] = track(await sealedPeer(relay.url, ROOM, 'tl', keys));
    await waitFor(() => late.replayDone(), 'late joiner replay');
    await late.idle();
    expect(seqs(late.client.frames)).toEqual([150, ...Array.from({ length: 51 }, (_, i) => 151 + i)]);
    expect(late.text.toString()).toBe(a.text.toString());

    // And after a restart from the compacted file.
    await relay.close();
    const again = await relayOn(dataDir);
    const [fresh] = track(await sealedPeer(again.url, ROOM, 'tf', keys));
    await waitFor(() => fresh.replayDone(), 'fresh replay');
    await fresh.idle();
    expect(fresh.text.toString()).toBe(a.text.toString());
    expect(fresh.client.frames.find((f) => f.kind === 'replay-done')).toEqual({ kind: 'replay-done', lastSeq: 201 });
  });

  it('forwards sealed presence with connection ids, replays it after REPLAY_DONE, and announces PEER_LEFT', async () => {
    const relay = await relayOn(tempDir());
    const keys = newKeys();
    const [a] = track(await sealedPeer(relay.url, ROOM, 'ta', keys));
    a.text.insert(0, 'x');
    await a.awareness({ name: 'Amal' });
    await a.idle();
    const [b] = track(await sealedPeer(relay.url, ROOM, 'tb', keys));
    await waitFor(() => b.peers.size === 1, 'b sees a');
    const aId = [...b.peers.keys()][0];
    expect(b.peers.get(aId)).toEqual({ name: 'Amal' });
    const kinds = b.client.frames.map((f) => f.kind);
    expect(kinds.indexOf('replay-done')).toBeLessThan(kinds.indexOf('peer-awareness'));
    expect(kinds.indexOf('sealed-record')).toBeLessThan(kinds.indexOf('replay-done'));

    await b.awareness({ name: 'Bo' });
    // The relay echoes presence to its sender too (a silent connection counts as dead): a hears itself and b.
    await waitFor(() => a.peers.size === 2, 'a sees b');
    expect(a.peers.get(aId)).toEqual({ name: 'Amal' });
    const bId = [...a.peers.keys()].find((id) => id !== aId)!;
    b.client.ws.terminate();
    await waitFor(() => a.peers.size === 1, 'a told that b left');
    expect(a.client.frames).toContainEqual({ kind: 'peer-left', connection: bId });
  });

  it('a SIGKILLed relay process loses no acknowledged update', async () => {
    const dataDir = tempDir();
    const bundle = await relayBundle();
    const first = await relayProcess(bundle, ['--port', '0', '--data', dataDir]);
    cleanups.push(() => first.child.kill('SIGKILL'));
    const url = `ws://127.0.0.1:${first.port}`;
    // Without --open the CLI requires invite tokens.
    expect((await rawClient(url, ROOM, accord('', 'sealed')).closed).code).toBe(CloseCode.unauthorized);
    const keys = newKeys();
    const [a] = track(await sealedPeer(url, ROOM, 'owner-token', keys));
    await waitFor(() => a.replayDone(), 'claimed and joined');
    // One character per update, appended: the first n acknowledged updates are the text's first n
    // characters. Typing goes on while the relay is killed.
    let typed = '';
    const typing = setInterval(() => {
      for (let i = 0; i < 5; i++) {
        const char = String.fromCharCode(0x4e00 + typed.length);
        a.text.insert(a.text.length, char);
        typed += char;
      }
    }, 2);
    cleanups.push(() => clearInterval(typing));
    await waitFor(() => a.acks() >= 100, 'some updates acknowledged');
    first.child.kill('SIGKILL');
    const acknowledged = a.acks();
    await a.client.closed;
    clearInterval(typing);
    expect(typed.length).toBeGreaterThan(acknowledged); // killed mid-stream

    const second = await relayProcess(bundle, ['--port', String(first.port), '--data', dataDir]);
    cleanups.push(() => second.child.kill('SIGKILL'));
    const [fresh] = track(await sealedPeer(url, ROOM, 'owner-token', keys, new Y.Doc()));
    await waitFor(() => fresh.replayDone(), 'replay after restart');
    await fresh.idle();
    expect(fresh.text.length).toBeGreaterThanOrEqual(acknowledged);
    expect(typed.startsWith(fresh.text.toString())).toBe(true);
  }, 40_000);

  it('paces a large replay instead of closing the joiner as a slow consumer', async () => {
    const relay = await relayOn(tempDir(), { limits: { maxBufferedBytes: 128 * 1024, messagesPerSecond: 1000, burst: 1000 } });
    const writer = rawClient(relay.url, ROOM, accord('tw', 'sealed'));
    cleanups.push(() => writer.ws.terminate());
    await writer.opened;
    const count = 200;
    for (let i = 0; i < count; i++) writer.send(encodeSealedUpdate(randomBytes(48 * 1024)));
    await waitFor(() => writer.count('ack') === count, 'all stored');
    const joiners = [0, 1, 2].map(() => rawClient(relay.url, ROOM, accord('tj', 'sealed')));
    cleanups.push(() => joiners.forEach((j) => j.ws.terminate()));
    // One joiner does not read for a while: ~9.4 MiB cannot all fit in the socket buffers.
    const socket = () => (joiners[0].ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    joiners[0].ws.once('open', () => socket().pause());
    await joiners[0].opened;
    await new Promise((resolve) => setTimeout(resolve, 500));
    socket().resume();
    await waitFor(
      () => joiners.every((j) => j.count('replay-done') === 1) || joiners.some((j) => j.closeCode !== null),
      'three joiners replayed',
      20_000,
    );
    for (const joiner of joiners) {
      expect(seqs(joiner.frames)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(joiner.closeCode).toBe(null);
    }
    // A record sent during a replay arrives after it, once.
    writer.send(encodeSealedUpdate(randomBytes(64)));
    await waitFor(() => joiners.every((j) => seqs(j.frames).length === count + 1), 'live record');
    expect(seqs(joiners[0].frames).at(-1)).toBe(count + 1);
  });

  it('refuses plain frames, short blobs, and clients of the other mode', async () => {
    const relay = await relayOn(tempDir());
    const sealed = rawClient(relay.url, 'ws_m/sealed', accord('t', 'sealed'));
    const plain = rawClient(relay.url, 'ws_m/plain', accord('t', 'plain'));
    cleanups.push(() => [sealed, plain].forEach((c) => c.ws.terminate()));
    await Promise.all([sealed.opened, plain.opened]);
    await waitFor(() => sealed.count('replay-done') === 1 && plain.count('sync-step1') === 1, 'both joined');

    const expectClose = async (path: string, params: Record<string, string>, frames: Uint8Array[], code: number, reason?: string) => {
      const client = rawClient(relay.url, path, params);
      client.ws.once('open', () => frames.forEach((f) => client.send(f)));
      const closed = await client.closed;
      expect(closed.code, `${path} ${JSON.stringify(params)}`).toBe(code);
      if (reason) expect(closed.reason).toBe(reason);
    };
    await expectClose('ws_m/sealed', accord('t', 'plain'), [], CloseCode.modeMismatch, 'room mode mismatch');
    await expectClose('ws_m/sealed', {}, [], CloseCode.modeMismatch, 'room mode mismatch');
    await expectClose('ws_m/plain', accord('t', 'sealed'), [], CloseCode.modeMismatch, 'room mode mismatch');
    await expectClose('ws_m/sealed', accord('t', 'sealed'), [new Uint8Array([0, 0, 1, 0])], CloseCode.modeMismatch);
    await expectClose('ws_m/sealed', accord('t', 'sealed'), [new Uint8Array([1, 1, 0])], CloseCode.modeMismatch);
    await expectClose('ws_m/plain', accord('t', 'plain'), [encodeSealedUpdate(randomBytes(40))], CloseCode.modeMismatch);
    await expectClose('ws_m/plain', accord('t', 'plain'), [encodeSnapshot(1, randomBytes(40))], CloseCode.modeMismatch);
    await expectClose('ws_m/plain', {}, [encodeSealedUpdate(randomBytes(40))], CloseCode.malformed);
    await expectClose('ws_m/sealed', accord('t', 'sealed'), [encodeSealedUpdate(randomBytes(28))], CloseCode.malformed);
    await expectClose('ws_m/sealed2', { mode: 'sealed' }, [], CloseCode.malformed);
    // The rooms themselves are unharmed.
    expect(sealed.closeCode).toBe(null);
    expect(plain.closeCode).toBe(null);
  });
});
