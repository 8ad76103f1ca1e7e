/**
 * The sync benchmarks of `npm run bench` (wired in tests/bench/run.ts):
 * - relayRssMiB100x50: resident memory of the relay CLI process (dist/relay/relay.mjs) holding
 *   100 rooms × 50 connections, each room a ~150 kB governance document;
 * - catchUpMs5000: two Node peers on the app's sync path (y-websocket + relay socket, sealed)
 *   each make 5,000 offline edits, reconnect together, time until both docs are equal;
 * - syncP50Ms2Peers / syncP95Ms50Peers: keydown in one browser to the text in another one's
 *   editor, through the real UI (sharing, invite, join) and a loopback relay; the 50-peer one
 *   adds 48 scripted Node peers typing into the same document in a child process.
 *
 * Run as a child with ACCORD_BENCH_SCRIPTED_PEERS set, this module is the scripted peers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startRelay, type Relay } from '../../electron/relay/relay';
import { generateGovernanceDocument } from '../../shared/model/governance-text';
import { seededRandom } from '../../shared/model/seeded-random';
import { countCharacters, type BlockList } from '../../shared/model/template';
import { DOCUMENT_ROOT_NAME } from '../../shared/sync/document-doc';
import { parseInvite } from '../../shared/sync/invite';
import {
  decodeFrame,
  encodeAwareness,
  encodeSealedAwareness,
  encodeSealedUpdate,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '../../shared/sync/relay-protocol';
import { connectionParams, roomName, type RoomMode } from '../../shared/sync/rooms';
import { deriveRoomKey, SALT_BYTES, SECRET_BYTES, seal } from '../../shared/sync/sealing';
import { relaySocketClass, type RelaySocketHooks } from '../../renderer/collab/network/relay-socket';
import { writeBlocksToYDoc } from '../../renderer/editor/blocks/blocks-to-ydoc';
import { en } from '../../renderer/i18n/messages/en';
import { startHost, type StartedHost } from '../e2e/support/host';
import { REPO_ROOT } from '../e2e/support/paths';
import { median, summarize, type Summary } from './stats';

export const SYNC_BENCH_KEYS = ['relayRssMiB100x50', 'catchUpMs5000', 'syncP50Ms2Peers', 'syncP95Ms50Peers'] as const;

export interface SyncPlan {
  rssRooms: number;
  rssClientsPerRoom: number;
  rssPlainToo: boolean;
  catchUpWarmUps: number;
  catchUpRuns: number;
  catchUpEdits: number;
  tokens2Peers: number;
  tokens50Peers: number;
  scriptedPeers: number;
  scriptedCharsPerSecond: number;
}

export function syncPlanFor(quick: boolean): SyncPlan {
  return quick
    ? { rssRooms: 10, rssClientsPerRoom: 50, rssPlainToo: true, catchUpWarmUps: 0, catchUpRuns: 2, catchUpEdits: 5_000, tokens2Peers: 15, tokens50Peers: 15, scriptedPeers: 48, scriptedCharsPerSecond: 4 }
    : { rssRooms: 100, rssClientsPerRoom: 50, rssPlainToo: true, catchUpWarmUps: 1, catchUpRuns: 7, catchUpEdits: 5_000, tokens2Peers: 80, tokens50Peers: 80, scriptedPeers: 48, scriptedCharsPerSecond: 4 };
}

export interface SyncBenchOutcome {
  value: number | null;
  /** `stats` (a Summary), when present, fills the table's percentile columns. */
  details: Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const NO_HOOKS: RelaySocketHooks = { opened() {}, sent() {}, acked() {}, closed() {}, undecryptable() {}, aclApplied() {} };
const NodeWebSocket = WebSocket as unknown as new (url: string, protocols?: string | string[]) => globalThis.WebSocket;

async function waitUntil(condition: () => boolean, what: string, timeoutMs: number, everyMs = 10): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

function plainText(blocks: BlockList): string {
  const inline = (value: string | (string | { text: string })[]) =>
    typeof value === 'string' ? value : value.map((run) => (typeof run === 'string' ? run : run.text)).join('');
  return blocks
    .map((block) => {
      if (block.type === 'bullets' || block.type === 'numbered') return block.items.map(inline).join('\n');
      if (block.type === 'table') return [block.header, ...block.rows].map((row) => row.join('\t')).join('\n');
      return inline(block.text);
    })
    .join('\n');
}

// ---------------------------------------------------------------------------
// relayRssMiB100x50

interface RelayProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

async function spawnRelay(): Promise<RelayProcess> {
  const bundle = path.join(REPO_ROOT, 'dist/relay/relay.mjs');
  await readFile(bundle).catch(() => {
    throw new Error(`${bundle} is missing: run npm run build`);
  });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'accord-bench-relay-'));
  // --open: no token bookkeeping in the way of 5,000 connections; access control is not what is measured.
  const child = spawn(process.execPath, [bundle, '--port', '0', '--data', dataDir, '--open'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let head = '';
  let url: string | null = null;
  // One JSON line per connection: read and dropped, only the start is kept for errors.
  child.stdout!.on('data', (chunk: Buffer) => {
    if (url) return;
    head = (head + chunk.toString('utf8')).slice(0, 8_000);
    url = /listening on (ws:\/\/[^\s]+)/.exec(head)?.[1] ?? null;
  });
  child.stderr!.on('data', (chunk: Buffer) => (head = (head + chunk.toString('utf8')).slice(0, 8_000)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntil(() => url !== null || child.exitCode !== null, 'the relay process listening', 20_000);
    if (!url) throw new Error(`the relay exited: ${head}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { child, url: url as string, dataDir, stop };
}

async function processMemory(pid: number): Promise<{ rssKiB: number; hwmKiB: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssKiB: field('VmRSS'), hwmKiB: field('VmHWM') };
}

/** Presence as the app announces it (a y-protocols awareness update with one entry). */
function awarenessPayload(clientId: number, name: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, JSON.stringify({ user: { name, color: '#2563eb' }, documentId: null }));
  return encoding.toUint8Array(encoder);
}

interface LightClient {
  socket: WebSocket;
  bytesIn: number;
  closedWith: number | null;
}

/**
 * A raw `ws` connection speaking the relay's framing, without a Y.Doc: it joins, answers the
 * handshake, announces its presence (sealed: encrypted with the room key) and then only reads.
 * The seeder (first client of a room) also stores the room's document.
 */
async function lightClient(url: string, mode: RoomMode, key: CryptoKey | null, clientId: number, seed: Uint8Array | null): Promise<LightClient> {
  const socket = new WebSocket(`${url}?${new URLSearchParams(connectionParams('bench-open-relay', mode))}`);
  socket.binaryType = 'nodebuffer';
  const client: LightClient = { socket, bytesIn: 0, closedWith: null };
  let joined = false;
  let acked = 0;
  socket.on('close', (code) => (client.closedWith = code));
  socket.on('error', () => undefined); // surfaces as a close code
  socket.on('message', (data: Buffer) => {
    client.bytesIn += data.byteLength;
    let frame;
    try {
      frame = decodeFrame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch {
      return;
    }
    if (frame.kind === 'replay-done' || frame.kind === 'sync-step2') joined = true;
    else if (frame.kind === 'sync-step1') socket.send(encodeSyncStep2(new Uint8Array([0, 0])));
    else if (frame.kind === 'ack') acked++;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  if (mode === 'plain') socket.send(encodeSyncStep1(new Uint8Array([0])));
  await waitUntil(() => joined || client.closedWith !== null, 'the join replay', 120_000, 5);
  if (client.closedWith !== null) throw new Error(`a client was closed with ${client.closedWith}`);
  if (seed) {
    const before = acked;
    socket.send(mode === 'sealed' ? encodeSealedUpdate(await seal(key!, 'update', seed)) : encodeSyncUpdate(seed));
    await waitUntil(() => acked > before || client.closedWith !== null, 'the seed stored', 60_000, 5);
  }
  const presence = awarenessPayload(clientId, `Member ${clientId}`);
  socket.send(mode === 'sealed' ? encodeSealedAwareness(await seal(key!, 'awareness', presence)) : encodeAwareness(presence));
  return client;
}

interface RssRun {
  mode: RoomMode;
  idleRssMiB: number;
  settledRssMiB: number;
  settledSamplesMiB: number[];
  peakRssMiB: number;
  connectMs: number;
  clientsOpenAtMeasure: number;
  bytesReceivedByClientsMiB: number;
}

/** Plain joins are slow (the relay computes a diff per join): past `budgetMs` the run gives up rather than cost the sealed figure. */
async function relayRssRun(mode: RoomMode, plan: SyncPlan, documents: Uint8Array[], budgetMs: number): Promise<RssRun> {
  const relay = await spawnRelay();
  const clients: LightClient[] = [];
  try {
    const pid = relay.child.pid!;
    await sleep(1_000);
    const idle = await processMemory(pid);
    const secret = randomBytes(SECRET_BYTES);
    const salt = randomBytes(SALT_BYTES);
    const space = `ws_bench${randomBytes(6).toString('hex')}`;
    const started = performance.now();
    let clientId = 1;
    for (let room = 0; room < plan.rssRooms; room++) {
      if (performance.now() - started > budgetMs) throw new Error(`${mode}: only ${room} rooms joined within ${Math.round(budgetMs / 1000)} s`);
      const name = roomName(space, `doc_${room}`);
      const key = mode === 'sealed' ? await deriveRoomKey(secret, salt, name) : null;
      const url = `${relay.url}/${name}`;
      clients.push(await lightClient(url, mode, key, clientId++, documents[room % documents.length]!));
      // The others of the room join together, as members opening the app at the start of a meeting.
      const rest = await Promise.all(Array.from({ length: plan.rssClientsPerRoom - 1 }, () => lightClient(url, mode, key, clientId++, null)));
      clients.push(...rest);
    }
    const connectMs = performance.now() - started;
    // Settled: presence forwarded, send buffers drained, the relay's allocator at rest.
    await sleep(5_000);
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      samples.push((await processMemory(pid)).rssKiB / 1024);
      await sleep(1_000);
    }
    const end = await processMemory(pid);
    return {
      mode,
      idleRssMiB: round(idle.rssKiB / 1024),
      settledRssMiB: round(median(samples)),
      settledSamplesMiB: samples.map((value) => round(value)),
      peakRssMiB: round(end.hwmKiB / 1024),
      connectMs: Math.round(connectMs),
      clientsOpenAtMeasure: clients.filter((client) => client.closedWith === null && client.socket.readyState === WebSocket.OPEN).length,
      bytesReceivedByClientsMiB: round(clients.reduce((sum, client) => sum + client.bytesIn, 0) / 2 ** 20),
    };
  } finally {
    for (const client of clients) client.socket.terminate();
    await relay.stop();
  }
}

export async function benchRelayRss(plan: SyncPlan): Promise<SyncBenchOutcome> {
  // Ten distinct seeded documents, reused round-robin (each room's copy is sealed with its own key).
  const documents: Uint8Array[] = [];
  const characters: number[] = [];
  for (let i = 0; i < Math.min(10, plan.rssRooms); i++) {
    const blocks = generateGovernanceDocument({ seed: 20_260_200 + i, targetCharacters: 150_000 });
    const doc = new Y.Doc();
    writeBlocksToYDoc(doc, blocks);
    documents.push(Y.encodeStateAsUpdate(doc));
    characters.push(countCharacters(blocks));
    doc.destroy();
  }
  const sealed = await relayRssRun('sealed', plan, documents, 5 * 60_000);
  let plain: RssRun | { error: string } | null = null;
  if (plan.rssPlainToo) {
    try {
      plain = await relayRssRun('plain', plan, documents, 8 * 60_000);
    } catch (error) {
      plain = { error: (error as Error).message };
    }
  }
  return {
    value: sealed.settledRssMiB,
    details: {
      measured:
        `VmRSS of the relay CLI (node dist/relay/relay.mjs --open, its own process) with ${plan.rssRooms} rooms × ${plan.rssClientsPerRoom} open connections, ` +
        'median of 5 samples 1 s apart, taken 5 s after the last client joined. Reported value: sealed mode (the app default). ' +
        'connectMs: from the first connection until the last client of the last room has its join replay (plain: the relay answers each join with a diff of the stored update).',
      clients:
        'Light raw `ws` clients in the benchmark process speaking the relay framing (shared/sync/relay-protocol.ts), no Y.Doc: each joins with ' +
        'proto=accord1 (sealed: mode=sealed, receives the replay of stored records and REPLAY_DONE; plain: sends SyncStep1, receives SyncStep2 and answers the ' +
        'relay\'s SyncStep1 with an empty SyncStep2), then announces one presence (sealed: AES-GCM with the room key) and only reads. The first client of each room ' +
        'stores the document (one update: a generated governance document written with the app\'s blocks-to-ydoc, sealed in sealed mode). Rooms are joined one after another, ' +
        'the 49 others of a room at once.',
      rooms: plan.rssRooms,
      clientsPerRoom: plan.rssClientsPerRoom,
      documentTextCharacters: characters,
      /** The Lexical tree in Yjs (node maps, attributes) is several times the text. */
      documentUpdateBytes: documents.map((bytes) => bytes.byteLength),
      sealed,
      plain,
    },
  };
}

// ---------------------------------------------------------------------------
// catchUpMs5000

interface AppPeer {
  doc: Y.Doc;
  text: Y.Text;
  provider: WebsocketProvider;
}

/** A Node peer on the app's own sync path: y-websocket's provider over the relay socket (sealed). */
function appPeer(relayUrl: string, room: string, token: string, key: Promise<CryptoKey>, doc = new Y.Doc()): AppPeer {
  const provider = new WebsocketProvider(relayUrl, room, doc, {
    params: connectionParams(token, 'sealed'),
    WebSocketPolyfill: relaySocketClass({ mode: 'sealed', readOnly: false, key, hooks: NO_HOOKS, WebSocketImpl: NodeWebSocket }) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 1_000,
  });
  return { doc, text: doc.getText('t'), provider };
}

function sameState(a: AppPeer, b: AppPeer): boolean {
  const va = Y.encodeStateVector(a.doc);
  const vb = Y.encodeStateVector(b.doc);
  if (va.length !== vb.length || va.some((byte, i) => byte !== vb[i])) return false;
  return a.text.toString() === b.text.toString();
}

function offlineEdits(peer: AppPeer, count: number, random: () => number): void {
  const letters = 'abcdefghijklmnopqrstuvwxyz     ,.';
  for (let i = 0; i < count; i++) {
    const length = peer.text.length;
    // Typing-like: mostly inserts, some deletions; each its own transaction (one update each).
    if (length > 0 && random() < 0.3) peer.text.delete(Math.floor(random() * length), 1);
    else peer.text.insert(Math.floor(random() * (length + 1)), letters[Math.floor(random() * letters.length)]!);
  }
}

async function catchUpOnce(relay: Relay, token: string, space: string, initial: string, edits: number, run: number): Promise<{ ms: number; characters: number }> {
  const room = roomName(space, `doc_catchup_${run}`);
  const key = deriveRoomKey(randomBytes(SECRET_BYTES), randomBytes(SALT_BYTES), room);
  const a = appPeer(relay.url, room, token, key);
  a.text.insert(0, initial);
  const b = appPeer(relay.url, room, token, key);
  try {
    await waitUntil(() => a.provider.synced && b.provider.synced && sameState(a, b), 'the first sync', 60_000);
    for (const peer of [a, b]) peer.provider.disconnect();
    await waitUntil(() => !a.provider.ws && !b.provider.ws, 'both disconnected', 10_000);
    offlineEdits(a, edits, seededRandom(7_000 + run));
    offlineEdits(b, edits, seededRandom(9_000 + run));
    if (sameState(a, b)) throw new Error('the offline edits did not diverge');

    let converged = false;
    const check = () => {
      if (!converged && sameState(a, b)) converged = true;
    };
    a.doc.on('update', check);
    b.doc.on('update', check);
    const started = performance.now();
    a.provider.connect();
    b.provider.connect();
    await waitUntil(() => {
      check();
      return converged;
    }, 'both docs equal', 120_000, 1);
    const ms = performance.now() - started;
    a.doc.off('update', check);
    b.doc.off('update', check);
    return { ms, characters: a.text.length };
  } finally {
    for (const peer of [a, b]) {
      peer.provider.destroy();
      peer.doc.destroy();
    }
  }
}

export async function benchCatchUp(plan: SyncPlan): Promise<SyncBenchOutcome> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'accord-bench-catchup-'));
  const relay = await startRelay({ port: 0, dataDir, access: 'tokens' });
  try {
    const token = randomBytes(16).toString('base64url');
    const space = `ws_bench${randomBytes(6).toString('hex')}`;
    const initial = plainText(generateGovernanceDocument({ seed: 20_260_300, targetCharacters: 20_000 }));
    const warmUps: number[] = [];
    for (let i = 0; i < plan.catchUpWarmUps; i++) warmUps.push((await catchUpOnce(relay, token, space, initial, plan.catchUpEdits, 100 + i)).ms);
    const samples: { ms: number; characters: number }[] = [];
    for (let i = 0; i < plan.catchUpRuns; i++) samples.push(await catchUpOnce(relay, token, space, initial, plan.catchUpEdits, i));
    const times = samples.map((sample) => sample.ms);
    return {
      value: median(times),
      details: {
        measured:
          'Two Node peers, each a Y.Doc with y-websocket\'s WebsocketProvider over the app\'s relay socket (relaySocketClass, sealed mode, AES-GCM room key ' +
          'from deriveRoomKey), against an in-process loopback relay (startRelay, access "tokens"). Both sync a ' +
          `${initial.length}-character Y.Text, disconnect, each makes ${plan.catchUpEdits} offline single-character edits (seeded; ~70% inserts, ~30% deletes ` +
          'at random positions, one transaction each), then both reconnect at once. Time from connect() until both have equal state vectors and text. ' +
          'Each run uses a fresh room. Peers and relay share one Node process (one event loop).',
        initialCharacters: initial.length,
        editsPerPeer: plan.catchUpEdits,
        finalCharacters: samples.map((sample) => sample.characters),
        warmUpMs: warmUps.map(Math.round),
        samplesMs: times.map(Math.round),
        stats: summarize(times),
      },
    };
  } finally {
    await relay.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// Sync latency through the UI: syncP50Ms2Peers, syncP95Ms50Peers

const EDITOR = '[data-testid="editor"]';
const VIEWPORT = { width: 1280, height: 800 };
const DOCUMENT_TITLE = 'Terms of Reference';

export interface SyncSession {
  relay: Relay;
  host: StartedHost;
  a: Page;
  b: Page;
  inviteLink: string;
  workspaceId: string;
  documentId: string;
  errors: { a: string[]; b: string[] };
  setupMs: number;
  close(): Promise<void>;
}

function watchErrors(page: Page, into: string[]): void {
  page.on('pageerror', (error) => into.push(`pageerror: ${error.message}`.slice(0, 300)));
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(`console: ${message.text()}`.slice(0, 300));
  });
}

async function openTermsOfReference(page: Page, timeout: number): Promise<void> {
  await page.locator('.nav-list a', { hasText: DOCUMENT_TITLE }).first().click({ timeout });
  await page.locator(`${EDITOR}[data-ready="true"]`).waitFor({ timeout });
}

/**
 * Two members, each a browser context (its own IndexedDB) on one browser-shell host: A shares
 * the example workspace through a loopback relay and invites B, B joins; both open the Terms of
 * Reference. Everything through the UI, as a user would.
 */
export async function openSyncSession(browser: Browser): Promise<SyncSession> {
  const started = performance.now();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'accord-bench-sync-'));
  const cleanups: Array<() => Promise<unknown>> = [() => rm(dataDir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const relay = await startRelay({ port: 0, dataDir, access: 'tokens' });
    cleanups.push(() => relay.close());
    const host = await startHost();
    cleanups.push(() => host.stop());
    const contexts: BrowserContext[] = [];
    for (let i = 0; i < 2; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
      cleanups.push(() => context.close());
      contexts.push(context);
    }
    // B: note when a sealed record (type 101) of any room arrives, to split transport from rendering.
    await contexts[1]!.addInitScript(() => {
      const Native = window.WebSocket;
      const arrivals: { url: string; times: number[] }[] = [];
      (window as unknown as { __benchArrivals: typeof arrivals }).__benchArrivals = arrivals;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols);
          const entry = { url: String(url), times: [] as number[] };
          arrivals.push(entry);
          this.addEventListener('message', (event: MessageEvent) => {
            if (event.data instanceof ArrayBuffer && new Uint8Array(event.data)[0] === 101) entry.times.push(performance.timeOrigin + performance.now());
          });
        }
      } as unknown as typeof globalThis.WebSocket;
    });
    const [a, b] = await Promise.all(contexts.map((context) => context.newPage()));
    const errors = { a: [] as string[], b: [] as string[] };
    watchErrors(a!, errors.a);
    watchErrors(b!, errors.b);

    // A: share the example workspace through the relay and create an invite.
    await a!.goto(host.url);
    await a!.getByRole('button', { name: en.home.openExample }).click();
    await a!.locator('.nav-list a', { hasText: en.sharing.nav }).first().click();
    await a!.getByRole('radio', { name: new RegExp(en.sharing.relayOption) }).check();
    await a!.getByLabel(en.sharing.relayUrl, { exact: true }).fill(relay.url);
    await a!.getByLabel(en.sharing.yourName, { exact: true }).fill('Amina');
    await a!.getByRole('button', { name: en.sharing.turnOn }).click();
    await a!.getByRole('button', { name: en.sharing.createInvite }).click();
    const create = a!.getByRole('dialog', { name: en.sharing.createInvite });
    await create.getByLabel(en.sharing.inviteLabel, { exact: true }).fill('Bruno');
    await create.getByRole('radio', { name: en.sharing.inviteEdit }).check();
    await create.getByRole('button', { name: en.sharing.create }).click();
    const linkField = a!.getByTestId('invite-link');
    await linkField.waitFor({ timeout: 30_000 });
    const inviteLink = await linkField.inputValue();
    await a!.getByRole('button', { name: en.sharing.close }).first().click();

    // B: join with the link.
    await b!.goto(host.url);
    await b!.getByRole('button', { name: en.join.button }).click();
    await b!.getByTestId('join-invite').fill(inviteLink);
    await b!.getByRole('dialog', { name: en.join.title }).getByLabel(en.sharing.yourName, { exact: true }).fill('Bruno');
    await b!.getByRole('dialog', { name: en.join.title }).getByRole('button', { name: en.join.submit }).click();

    await openTermsOfReference(a!, 30_000);
    await openTermsOfReference(b!, 90_000);
    const documentId = /\/d\/([^/?#]+)/.exec(a!.url())?.[1];
    if (!documentId) throw new Error(`no document id in ${a!.url()}`);
    const invite = parseInvite(inviteLink);
    // B has the whole document before anything is measured.
    const textOf = (page: Page) => page.locator(EDITOR).evaluate((element) => element.textContent ?? '');
    const expected = await textOf(a!);
    const deadline = Date.now() + 60_000;
    while ((await textOf(b!)) !== expected) {
      if (Date.now() > deadline) throw new Error('B did not receive the Terms of Reference');
      await sleep(200);
    }
    await installProbes(a!, b!);
    return { relay, host, a: a!, b: b!, inviteLink, workspaceId: invite.workspaceId, documentId, errors, setupMs: performance.now() - started, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A: capture-phase keydown stamps per token. B: a MutationObserver stamping when each token appears. */
async function installProbes(a: Page, b: Page): Promise<void> {
  await a.evaluate(() => {
    const state = { token: -1, lastKey: {} as Record<number, number> };
    (window as unknown as { __benchA: typeof state }).__benchA = state;
    document.addEventListener(
      'keydown',
      () => {
        if (state.token >= 0) state.lastKey[state.token] = performance.timeOrigin + performance.now();
      },
      true,
    );
  });
  await b.evaluate((selector) => {
    const editor = document.querySelector(selector)!;
    const seen: Record<number, number> = {};
    (window as unknown as { __benchSeen: typeof seen }).__benchSeen = seen;
    const pattern = /zq(\d+)w/g;
    new MutationObserver((records) => {
      const now = performance.timeOrigin + performance.now();
      const blocks = new Set<Node>();
      for (const record of records) {
        let node: Node | null = record.target;
        while (node && node.parentNode && node.parentNode !== editor) node = node.parentNode;
        if (node && node.parentNode === editor) blocks.add(node);
      }
      for (const block of blocks) {
        for (const match of (block.textContent ?? '').matchAll(pattern)) {
          const index = Number(match[1]);
          if (seen[index] === undefined) seen[index] = now;
        }
      }
    }).observe(editor, { subtree: true, childList: true, characterData: true });
  }, EDITOR);
}

interface TokenMeasure {
  latenciesMs: number[];
  transportMs: number[];
  missing: number;
  typingMs: number;
}

let nextToken = 0;

/** A types `count` unique tokens at the end of the document; each sample: last keydown at A -> token in B's DOM. */
async function measureTokens(session: SyncSession, count: number, seed: number): Promise<TokenMeasure> {
  const { a, b } = session;
  const random = seededRandom(seed);
  const editor = a.locator(EDITOR);
  await editor.focus();
  await a.keyboard.press('Control+End');
  await a.keyboard.press('Enter');
  const indexes: number[] = [];
  let missing = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const index = nextToken++;
    indexes.push(index);
    await a.evaluate((token) => ((window as unknown as { __benchA: { token: number } }).__benchA.token = token), index);
    await a.keyboard.type(`zq${index}w`, { delay: 25 });
    await a.evaluate(() => ((window as unknown as { __benchA: { token: number } }).__benchA.token = -1));
    try {
      await b.waitForFunction((token) => (window as unknown as { __benchSeen: Record<number, number> }).__benchSeen[token] !== undefined, index, { timeout: 10_000 });
    } catch {
      missing++;
    }
    await a.keyboard.type(' ', { delay: 25 });
    await sleep(100 + random() * 200);
  }
  const typingMs = performance.now() - started;
  const stamps = await a.evaluate(() => (window as unknown as { __benchA: { lastKey: Record<number, number> } }).__benchA.lastKey);
  const seen = await b.evaluate(() => (window as unknown as { __benchSeen: Record<number, number> }).__benchSeen);
  const arrivals = await b.evaluate(
    (documentId) =>
      (window as unknown as { __benchArrivals: { url: string; times: number[] }[] }).__benchArrivals
        .filter((entry) => entry.url.includes(`/${documentId}?`))
        .flatMap((entry) => entry.times),
    session.documentId,
  );
  arrivals.sort((x, y) => x - y);
  const latenciesMs: number[] = [];
  const transportMs: number[] = [];
  for (const index of indexes) {
    const key = stamps[index];
    const shown = seen[index];
    if (key === undefined || shown === undefined) continue;
    latenciesMs.push(shown - key);
    // The last record that reached B's socket between the keydown and the token's appearance.
    const arrival = arrivals.filter((time) => time >= key && time <= shown).at(-1);
    if (arrival !== undefined) transportMs.push(arrival - key);
  }
  return { latenciesMs, transportMs, missing, typingMs };
}

export async function benchSyncTwoPeers(session: SyncSession, plan: SyncPlan): Promise<SyncBenchOutcome> {
  await measureTokens(session, 3, 1); // warm-up
  const measure = await measureTokens(session, plan.tokens2Peers, 2);
  const stats = summarize(measure.latenciesMs);
  return {
    value: stats.p50,
    details: {
      measured:
        'Two Chromium browser contexts (own IndexedDB each) on one browser-shell host, two members of the example workspace shared through the UI (Connect to a relay: an ' +
        'in-process loopback relay with access "tokens", sealed; invite created and joined through the dialogs), both in the Terms of Reference. A types unique tokens ' +
        '(keyboard.type, 25 ms delay) in a new paragraph at the end; sample = performance.timeOrigin+now() at the capture-phase keydown of the token\'s last character in A -> ' +
        'the token in B\'s editor DOM (MutationObserver). One token at a time (the next after B saw it, then 100–300 ms). 3 warm-up tokens. Reported value: p50.',
      stats,
      p95Ms: stats.p95,
      samples: stats.count,
      missing: measure.missing,
      transportMs: summarize(measure.transportMs),
      transportNote: 'keydown at A -> the last sealed record (type 101) reaching B\'s WebSocket before the token appeared; the rest is decrypting, applying and rendering at B.',
      setupMs: Math.round(session.setupMs),
      pageErrors: { a: session.errors.a.slice(0, 5), b: session.errors.b.slice(0, 5), counts: [session.errors.a.length, session.errors.b.length] },
    },
  };
}

interface PeersChildReport {
  ready?: boolean;
  peers?: number;
  paragraphs?: number;
  spots?: number;
  connectMs?: number;
  typed?: number;
  closes?: Record<string, number>;
  cpuUserMs?: number;
  cpuSystemMs?: number;
  wallMs?: number;
  errors?: string[];
}

function startScriptedPeers(session: SyncSession, plan: SyncPlan): { child: ChildProcess; reports: PeersChildReport[]; output: () => string } {
  const config = { relayUrl: session.relay.url, inviteLink: session.inviteLink, documentId: session.documentId, peers: plan.scriptedPeers, charsPerSecond: plan.scriptedCharsPerSecond };
  // The same tsx loader as this process (its execArgv), this file as the entry.
  const child = spawn(process.execPath, [...process.execArgv, path.join(REPO_ROOT, 'tests/bench/sync-bench.ts')], {
    env: { ...process.env, ACCORD_BENCH_SCRIPTED_PEERS: JSON.stringify(config) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const reports: PeersChildReport[] = [];
  let output = '';
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      reports.push(JSON.parse(line) as PeersChildReport);
    } catch {
      output = (output + line + '\n').slice(-4_000);
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4_000)));
  return { child, reports, output: () => output };
}

export async function benchSyncManyPeers(session: SyncSession, plan: SyncPlan): Promise<SyncBenchOutcome> {
  const peers = startScriptedPeers(session, plan);
  const errorsBefore = { a: session.errors.a.length, b: session.errors.b.length };
  try {
    await waitUntil(() => peers.reports.some((report) => report.ready) || peers.child.exitCode !== null, 'the scripted peers ready', 180_000, 50).catch((error: Error) => {
      throw new Error(`${error.message}: ${peers.output()}`);
    });
    if (peers.child.exitCode !== null) throw new Error(`the scripted peers exited: ${peers.output()}`);
    const ready = peers.reports.find((report) => report.ready)!;
    await sleep(5_000); // typing under way everywhere before sampling
    const measure = await measureTokens(session, plan.tokens50Peers, 3);
    peers.child.stdin!.write('stop\n');
    await waitUntil(() => peers.reports.some((report) => report.typed !== undefined) || peers.child.exitCode !== null, 'the scripted peers report', 30_000, 50);
    const final = peers.reports.find((report) => report.typed !== undefined) ?? {};
    // What the peers typed is in A's editor, each peer's first 16 characters in one piece.
    await sleep(2_000);
    const shownA = await session.a.locator(EDITOR).evaluate((element) => element.textContent ?? '');
    const intact = Array.from({ length: plan.scriptedPeers }, (_, i) => peerText(i).slice(0, 16)).filter((prefix) => shownA.includes(prefix)).length;
    const stats = summarize(measure.latenciesMs);
    return {
      value: stats.p95,
      details: {
        measured:
          `As syncP50Ms2Peers (same session, same two browsers), while ${plan.scriptedPeers} scripted Node peers type into the same document: each a real ` +
          'WebsocketProvider over the app\'s relay socket (sealed, the invite\'s token and keys, room <workspace>/<document>), in one child process. Each types ' +
          `about ${plan.scriptedCharsPerSecond} characters/s (jittered) inside an existing text run (after a space, its own spot, round-robin over the paragraphs) of the document's root XmlText (as @lexical/yjs stores it: ` +
          'paragraph XmlText = [text-node Y.Map, string, …]), at a caret kept as a Y.RelativePosition. Reported value: p95.',
        stats,
        p50Ms: stats.p50,
        samples: stats.count,
        missing: measure.missing,
        scriptedPeers: { ...ready, ...final },
        peersTextShownInA: `${intact} of ${plan.scriptedPeers} peers' first 16 typed characters found intact in A's editor`,
        pageErrorsDuringRun: { a: session.errors.a.slice(errorsBefore.a, errorsBefore.a + 5), b: session.errors.b.slice(errorsBefore.b, errorsBefore.b + 5), counts: [session.errors.a.length - errorsBefore.a, session.errors.b.length - errorsBefore.b] },
        transportNote: 'Not split into transport and rendering here: with 48 peers B receives many records per token.',
      },
    };
  } finally {
    if (peers.child.exitCode === null) {
      peers.child.stdin!.end();
      await Promise.race([new Promise((resolve) => peers.child.once('exit', resolve)), sleep(5_000)]);
      if (peers.child.exitCode === null) peers.child.kill('SIGKILL');
    }
  }
}

// ---------------------------------------------------------------------------
// The scripted peers (child process).

interface PeersConfig {
  relayUrl: string;
  inviteLink: string;
  documentId: string;
  peers: number;
  charsPerSecond: number;
}

const PEER_WORDS = ['members', 'agree', 'to', 'share', 'the', 'minutes', 'within', 'two', 'weeks', 'and', 'review', 'the', 'budget', 'together'];
/** What scripted peer `i` types, starting with its marker «p<i+1»>. */
const peerText = (i: number) => `«p${i + 1}» ` + Array.from({ length: 200 }, (_, w) => PEER_WORDS[(w * 5 + i) % PEER_WORDS.length]).join(' ');

/**
 * Places to type: inside a string run (never at a structure boundary) of a paragraph-level
 * XmlText of the root, just after a space, at least 20 characters apart, so that each peer
 * has its own caret and its text stays contiguous. Round-robin across paragraphs.
 */
function typingSpots(root: Y.XmlText): { paragraph: Y.XmlText; index: number }[] {
  const blocks = root.toDelta() as { insert: unknown }[];
  const perParagraph: { paragraph: Y.XmlText; index: number }[][] = [];
  // The last blocks are left to the browser member who types at the end.
  for (const block of blocks.slice(0, -2)) {
    if (!(block.insert instanceof Y.XmlText)) continue;
    const spots: { paragraph: Y.XmlText; index: number }[] = [];
    let index = 0;
    for (const part of block.insert.toDelta() as { insert: unknown }[]) {
      if (typeof part.insert !== 'string') {
        index += 1;
        continue;
      }
      let last = -Infinity;
      for (let offset = 1; offset < part.insert.length - 1; offset++) {
        if (part.insert[offset - 1] === ' ' && offset - last >= 20) {
          spots.push({ paragraph: block.insert, index: index + offset });
          last = offset;
        }
      }
      index += part.insert.length;
    }
    if (spots.length > 0) perParagraph.push(spots);
  }
  const out: { paragraph: Y.XmlText; index: number }[] = [];
  for (let round = 0; perParagraph.some((spots) => spots.length > round); round++) {
    for (const spots of perParagraph) if (spots[round]) out.push(spots[round]!);
  }
  return out;
}

async function runScriptedPeers(config: PeersConfig): Promise<void> {
  const started = performance.now();
  const invite = parseInvite(config.inviteLink);
  const room = roomName(invite.workspaceId, config.documentId);
  const key = deriveRoomKey(invite.secret, invite.salt, room);
  const errors: string[] = [];
  const closes: Record<string, number> = {};
  const peers: AppPeer[] = [];
  for (let i = 0; i < config.peers; i++) {
    const peer = appPeer(invite.relayUrl, room, invite.token, key);
    peer.provider.on('connection-close', (event: CloseEvent | null) => {
      const code = String(event?.code ?? 'none');
      closes[code] = (closes[code] ?? 0) + 1;
    });
    peer.provider.awareness.setLocalState({ name: `Scripted ${i + 1}`, color: '#0f766e', focusing: false, anchorPos: null, focusPos: null, awarenessData: {} });
    peers.push(peer);
    await sleep(20);
  }
  const rootOf = (peer: AppPeer) => peer.doc.get(DOCUMENT_ROOT_NAME, Y.XmlText);
  await waitUntil(() => peers.every((peer) => peer.provider.synced && rootOf(peer).length > 0), 'every scripted peer synced', 150_000, 50);
  const connectMs = performance.now() - started;
  const timers: ReturnType<typeof setTimeout>[] = [];
  let typed = 0;
  let spotCount = 0;
  for (const [i, peer] of peers.entries()) {
    const spots = typingSpots(rootOf(peer));
    spotCount = spots.length;
    const spot = spots[i % spots.length];
    if (!spot) throw new Error('no paragraph to type in');
    // A caret that stays put while others type elsewhere in the paragraph.
    const caret = Y.createRelativePositionFromTypeIndex(spot.paragraph, spot.index);
    const text = peerText(i);
    const random = seededRandom(31 + i);
    let at = 0;
    const step = () => {
      const position = Y.createAbsolutePositionFromRelativePosition(caret, peer.doc);
      if (position && position.type === spot.paragraph) {
        spot.paragraph.insert(position.index, text[at % text.length]!);
        at++;
        typed++;
      } else {
        errors.push(`peer ${i + 1}: caret lost`);
      }
      timers[i] = setTimeout(step, (1000 / config.charsPerSecond) * (0.5 + random()));
    };
    timers[i] = setTimeout(step, random() * 1000);
  }
  const cpuAtStart = process.cpuUsage();
  const typingStarted = performance.now();
  console.log(JSON.stringify({ ready: true, peers: peers.length, spots: spotCount, paragraphs: new Set(typingSpots(rootOf(peers[0]!)).map((spot) => spot.paragraph)).size, connectMs: Math.round(connectMs) }));
  await new Promise<void>((resolve) => {
    const lines = createInterface({ input: process.stdin });
    lines.on('line', (line) => line.trim() === 'stop' && resolve());
    lines.on('close', () => resolve());
  });
  for (const timer of timers) clearTimeout(timer);
  const cpu = process.cpuUsage(cpuAtStart);
  console.log(
    JSON.stringify({ typed, closes, errors: errors.slice(0, 5), cpuUserMs: Math.round(cpu.user / 1000), cpuSystemMs: Math.round(cpu.system / 1000), wallMs: Math.round(performance.now() - typingStarted) }),
  );
  for (const peer of peers) peer.provider.destroy();
  process.exit(0);
}

if (process.env.ACCORD_BENCH_SCRIPTED_PEERS) {
  runScriptedPeers(JSON.parse(process.env.ACCORD_BENCH_SCRIPTED_PEERS) as PeersConfig).catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  });
}
