// The seeded convergence sessions of tests/integration/relay/convergence.test.ts, but with
// peers that talk to the relay through the app's RelaySocket, in both modes: 3 peers edit
// a Y.Text at random, disconnect and reconnect at random, and the relay restarts midway on
// the same data folder. Every session checks that all peers hold exactly what was inserted
// and not deleted, that every peer's pending count returns to 0 (acks), and that a late
// joiner receives everything. Sealed sessions also check that no inserted text reaches the
// relay's files; with a low compactAfterRecords, reconnecting peers replace the log by a
// snapshot, and the late joiner's snapshot must shrink the log.
// RELAY_SEEDS / RELAY_SEED_BASE choose the seeds, as for the plain-client test.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../../../electron/relay/relay';
import { parseLog, roomFileName } from '../../../electron/relay/room-store';
import { seededRandom } from '../../../shared/model/seeded-random';
import { roomName, type RoomMode } from '../../../shared/sync/rooms';
import { deriveRoomKey, randomBytes, SALT_BYTES, SECRET_BYTES } from '../../../shared/sync/sealing';
import { deleteRandomRange, destroy, tempDir, toggleConnection, waitFor } from '../relay/helpers';
import { socketPeer, type SocketPeer, type SocketPeerOptions } from './socket-peer';

interface SessionOptions {
  mode: RoomMode;
  /** Passed to every peer's socket; low values make reconnects send snapshots. */
  compactAfterRecords?: number;
}

/** Chunks are 2–5 characters, each character unique: every adjacent pair is a 6-byte UTF-8 needle. */
function pairsOf(chunks: string[]): Buffer[] {
  const pairs: Buffer[] = [];
  for (const chunk of chunks) for (let i = 0; i + 1 < chunk.length; i++) pairs.push(Buffer.from(chunk.slice(i, i + 2), 'utf8'));
  return pairs;
}

function relayFiles(dataDir: string): Buffer[] {
  return fs.readdirSync(dataDir).map((name) => fs.readFileSync(path.join(dataDir, name)));
}

function describePeers(peers: SocketPeer[]): string {
  return peers
    .map((p, i) => `peer ${i}: ${p.tracker.link.kind}, pending ${p.tracker.pending}, connected ${p.provider.wsconnected}, length ${p.text.length}`)
    .join('; ');
}

/** waitFor, reporting every peer's state when it times out. */
async function settle(peers: SocketPeer[], condition: () => boolean, what: string, timeoutMs?: number): Promise<void> {
  try {
    await waitFor(condition, what, timeoutMs);
  } catch (error) {
    const stuck = peers.filter((p) => p.tracker.pending !== 0 || p.tracker.link.kind !== 'online');
    const history = stuck.map((p) => `peer ${peers.indexOf(p)}'s socket reports: ${p.tracker.events.slice(-40).join(', ')}`).join('\n');
    throw new Error(`${(error as Error).message} (${describePeers(peers)})\n${history}`);
  }
}

const sorted = (text: string) => [...text].sort().join('');

async function session(seed: number, steps: number, options: SessionOptions): Promise<void> {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const dataDir = tempDir('socket-seed-');
  let relay: Relay = await startRelay({ port: 0, dataDir });
  const port = relay.port;
  const room = roomName(`space-${options.mode}-${seed}`, 'doc');
  const logFile = path.join(dataDir, roomFileName(room));
  const key = options.mode === 'sealed' ? deriveRoomKey(randomBytes(SECRET_BYTES), randomBytes(SALT_BYTES), room) : null;
  const peerOptions: SocketPeerOptions = { mode: options.mode, key, compactAfterRecords: options.compactAfterRecords };
  const peers: SocketPeer[] = [0, 1, 2].map(() => socketPeer(relay.url, room, peerOptions));
  const everyone: SocketPeer[] = [...peers];
  const chunks: string[] = [];
  const deleted = new Set<string>();
  let counter = 0;
  const insertChunk = (p: SocketPeer, length: number, at: number) => {
    let chunk = '';
    for (let i = 0; i < length; i++) chunk += String.fromCharCode(0x4e00 + counter++);
    chunks.push(chunk);
    p.text.insert(at, chunk);
  };
  const expected = () => sorted(chunks.join('').replace(/./gu, (c) => (deleted.has(c) ? '' : c)));
  const holdsExpected = (p: SocketPeer) => sorted(p.text.toString()) === expected();
  try {
    for (let step = 0; step < steps; step++) {
      const p = peers[int(3)];
      const roll = random();
      if (roll < 0.55) {
        insertChunk(p, 2 + int(4), int(p.text.length + 1));
      } else if (roll < 0.8) {
        deleteRandomRange(p.text, int, deleted);
      } else if (roll < 0.9) {
        toggleConnection(p.provider);
      }
      if (step === Math.floor(steps / 2)) {
        await relay.close();
        relay = await startRelay({ port, dataDir });
      }
      if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, int(15)));
    }
    for (const p of peers) if (!p.provider.shouldConnect) p.provider.connect();
    await settle(
      peers,
      () => peers.every((p) => p.text.toString() === peers[0].text.toString()) && holdsExpected(peers[0]),
      `seed ${seed} (${options.mode}) to converge`,
      15_000,
    );
    // A peer that missed nothing may still be in its reconnect backoff: wait for it, then for the acks.
    await settle(peers, () => peers.every((p) => p.tracker.link.kind === 'online' && p.tracker.pending === 0), `seed ${seed}: every peer online and acknowledged`, 10_000);

    if (options.compactAfterRecords !== undefined) {
      // More separate records than the threshold since any earlier snapshot, so the late joiner compacts.
      for (let i = 0; i < options.compactAfterRecords + 5; i++) insertChunk(peers[i % 3], 2, 0);
      await settle(peers, () => peers.every(holdsExpected) && peers.every((p) => p.tracker.pending === 0), `seed ${seed}: burst acknowledged`);
      const before = fs.statSync(logFile).size;
      const recordsBefore = parseLog(fs.readFileSync(logFile)).records.length;
      expect(recordsBefore).toBeGreaterThan(options.compactAfterRecords);
      const compactor = socketPeer(relay.url, room, peerOptions);
      everyone.push(compactor);
      await settle([compactor], () => compactor.tracker.snapshots === 1 && compactor.tracker.pending === 0 && holdsExpected(compactor), `seed ${seed}: compacting joiner`);
      await waitFor(() => fs.statSync(logFile).size < before, `seed ${seed}: the log shrinks after the snapshot`);
      expect(parseLog(fs.readFileSync(logFile)).records.length).toBeLessThan(recordsBefore);
    }

    // A newcomer (with the default threshold) receives everything, snapshot included.
    const late = socketPeer(relay.url, room, { mode: options.mode, key });
    everyone.push(late);
    await waitFor(() => late.provider.synced && holdsExpected(late), `seed ${seed}: late joiner receives everything`);
    expect(late.text.length).toBe(expected().length);
    for (const p of peers) expect(p.text.toString()).toBe(late.text.toString());

    const files = relayFiles(dataDir);
    const pairs = pairsOf(chunks);
    const stored = pairs.filter((pair) => files.some((bytes) => bytes.includes(pair)));
    if (options.mode === 'sealed') expect(stored.map((pair) => pair.toString('utf8'))).toEqual([]);
    // The needle check can fail: a plain relay's files do hold the text.
    else expect(stored.length).toBeGreaterThan(0);
  } finally {
    destroy(...everyone);
    await relay.close();
  }
}

const count = Number(process.env.RELAY_SEEDS ?? 3);
const base = Number(process.env.RELAY_SEED_BASE ?? 1);

const variants: Array<{ name: string; options: SessionOptions }> = [
  { name: 'plain', options: { mode: 'plain' } },
  { name: 'sealed', options: { mode: 'sealed' } },
  { name: 'sealed, compacting', options: { mode: 'sealed', compactAfterRecords: 20 } },
];

describe.each(variants)('seeded convergence through the app socket ($name)', ({ options }) => {
  for (let seed = base; seed < base + count; seed++) {
    it(`seed ${seed}`, async () => {
      try {
        await session(seed, 160, options);
      } catch (error) {
        console.error(`socket convergence (${options.mode}, compactAfterRecords ${options.compactAfterRecords ?? 'default'}) failed with seed ${seed} (rerun: RELAY_SEED_BASE=${seed} RELAY_SEEDS=1)`);
        throw error;
      }
    }, 40_000);
  }
});

// y-websocket's disconnect() detaches from its socket and may open the next one before the
// old one has finished closing; both report to the same SyncTracker. Whatever the old socket
// reports late (its close, an ack, a snapshot it still sends) must not reach the tracker,
// or the next connection looks offline and its acks are counted against the wrong frames.
describe.each(['plain', 'sealed'] as const)('a quick reconnect through the app socket (%s)', (mode) => {
  it('leaves the tracker online with nothing pending', async () => {
    const dataDir = tempDir('socket-reconnect-');
    const relay = await startRelay({ port: 0, dataDir });
    const room = roomName(`space-reconnect-${mode}`, 'doc');
    const key = mode === 'sealed' ? deriveRoomKey(randomBytes(SECRET_BYTES), randomBytes(SALT_BYTES), room) : null;
    const p = socketPeer(relay.url, room, { mode, key });
    try {
      for (let round = 0; round < 10; round++) {
        await settle([p], () => p.provider.synced && p.tracker.link.kind === 'online', `round ${round}: connected`);
        p.text.insert(0, `r${round}`);
        p.provider.disconnect();
        p.provider.connect();
      }
      await settle([p], () => p.provider.synced && p.tracker.link.kind === 'online' && p.tracker.pending === 0, 'online, all acknowledged', 5_000);
      // Quiet: late reports of the abandoned sockets would show up now.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(p.provider.wsconnected).toBe(true);
      expect(p.tracker.link.kind).toBe('online');
      expect(p.tracker.pending).toBe(0);
    } finally {
      destroy(p);
      await relay.close();
    }
  });
});
