/**
 * The socket y-websocket's WebsocketProvider uses (its `WebSocketPolyfill`): a real
 * WebSocket to the relay, with Accord's extension on top.
 *
 * - Both modes: the relay acknowledges each stored update (MESSAGE_ACK); the socket reports
 *   what it sends and what is acknowledged, which is how the app knows changes reached the
 *   relay. A read-only member's socket never sends updates.
 * - Sealed mode: the relay sees only ciphertext and cannot answer Yjs' sync handshake, so
 *   the socket plays the relay's part towards the provider: it decrypts the replay of stored
 *   records, hands the provider their merge as SyncStep2 and asks, with a SyncStep1 carrying
 *   the replay's state vector, for exactly what the relay lacks; it encrypts every update and
 *   presence message going out; and it asks the relay to replace a long replay by one
 *   encrypted snapshot.
 */
import * as Y from 'yjs';
import {
  decodeFrame,
  encodeAwareness,
  encodeSealedAwareness,
  encodeSealedUpdate,
  encodeSnapshot,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  type Frame,
} from '../../../shared/sync/relay-protocol';
import { seal, unseal } from '../../../shared/sync/sealing';
import type { RoomMode } from '../../../shared/sync/rooms';
import { nextTask } from '../next-task';
import { awarenessEntries, encodeAwarenessEntries, mergeBurst, type Received } from './burst-merge';

/** What the socket tells the doc's sync tracker. */
export interface RelaySocketHooks {
  opened(): void;
  /** An update-carrying frame went out ('handshake': the reply to the relay's state; 'empty': nothing needed sending). */
  sent(kind: 'handshake' | 'live' | 'snapshot', empty?: boolean): void;
  acked(): void;
  closed(code: number, reason: string): void;
  /** A stored record that does not open with this workspace's key was skipped. */
  undecryptable(): void;
  aclApplied(): void;
}

export interface RelaySocketConfig {
  mode: RoomMode;
  readOnly: boolean;
  /** The room's key (sealed mode). */
  key: Promise<CryptoKey> | null;
  hooks: RelaySocketHooks;
  /** The platform's WebSocket (the browser's, or `ws` in Node tests and benchmarks). */
  WebSocketImpl: new (url: string, protocols?: string | string[]) => WebSocket;
  /** Replays with more records than this are replaced by a snapshot. */
  compactAfterRecords?: number;
}

/** Closed locally: the first stored record does not open with this invite's key. */
export const WRONG_KEY_CLOSE_CODE = 4490;

type Listener = ((event: never) => void) | null;

/** A WebSocket-compatible class bound to one room's configuration, for `WebSocketPolyfill`. */
export function relaySocketClass(config: RelaySocketConfig): new (url: string, protocols?: string | string[]) => RelaySocket {
  return class extends RelaySocket {
    constructor(url: string, protocols?: string | string[]) {
      super(config, url, protocols);
    }
  };
}

export class RelaySocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;

  binaryType: BinaryType = 'arraybuffer';
  onopen: Listener = null;
  onmessage: Listener = null;
  onclose: Listener = null;
  onerror: Listener = null;

  private readonly socket: WebSocket;
  private readonly sealed: boolean;
  /** Sealing and unsealing are asynchronous; one chain keeps every message in order. */
  private chain: Promise<void> = Promise.resolve();
  private isClosed = false;
  /** True while the provider handles a SyncStep1 from the relay (or ours): its SyncStep2 reply is the handshake. */
  private answeringStep1 = false;
  // Sealed mode: the join replay, the provider's state vector, presence per relay connection.
  private replay: Uint8Array[] | null = [];
  private replayed: Uint8Array | null = null;
  private clientStateVector: Uint8Array | null = null;
  private openedRecords = 0;
  private readonly peers = new Map<number, Map<number, number>>();
  /** Live updates and presence received and not yet handed to the provider (see deliverLive). */
  private pending: Received[] = [];

  constructor(
    private readonly config: RelaySocketConfig,
    url: string,
    protocols?: string | string[],
  ) {
    this.sealed = this.config.mode === 'sealed';
    this.socket = new this.config.WebSocketImpl(url, protocols);
    this.socket.binaryType = 'arraybuffer';
    this.socket.onopen = () => {
      this.config.hooks.opened();
      this.call(this.onopen, {});
    };
    this.socket.onmessage = (event: MessageEvent) => this.receive(new Uint8Array(event.data as ArrayBuffer));
    this.socket.onerror = (event: Event) => this.call(this.onerror, event);
    this.socket.onclose = (event: CloseEvent) => this.closed(event.code, event.reason);
  }

  get readyState(): number {
    return this.isClosed ? 3 : this.socket.readyState;
  }

  send(data: Uint8Array | ArrayBuffer): void {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch {
      return; // the provider only sends well-formed frames
    }
    if (frame.kind === 'sync-step2' || frame.kind === 'sync-update') {
      if (this.config.readOnly) return;
      const kind = frame.kind === 'sync-step2' && this.answeringStep1 ? 'handshake' : 'live';
      if (!this.sealed) {
        this.config.hooks.sent(kind);
        this.socket.send(bytes);
        return;
      }
      if (kind === 'handshake' && isEmptyUpdate(frame.update)) {
        this.config.hooks.sent(kind, true);
        return;
      }
      this.config.hooks.sent(kind);
      const update = frame.update.slice();
      this.enqueue(async () => this.socket.send(encodeSealedUpdate(await seal(await this.key(), 'update', update))));
      return;
    }
    if (!this.sealed) return this.socket.send(bytes);
    if (frame.kind === 'sync-step1') {
      this.clientStateVector = frame.stateVector.slice();
      if (this.replayed) this.enqueue(async () => this.answerClientStep1());
    } else if (frame.kind === 'awareness') {
      const payload = frame.payload.slice();
      this.enqueue(async () => this.socket.send(encodeSealedAwareness(await seal(await this.key(), 'awareness', payload))));
    }
    // query-awareness: the relay replays presence on join by itself.
  }

  /** Sends one of Accord's control frames (e.g. an ACL update) as is. */
  sendControl(bytes: Uint8Array): void {
    if (this.socket.readyState === 1) this.socket.send(bytes);
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
    // The provider has already let go of this socket and may open the next one at once: report
    // the close now, so the late close event cannot mark the next connection offline.
    this.closed(code ?? 1000, reason ?? '');
  }

  private receive(bytes: Uint8Array): void {
    if (this.isClosed) return; // a late ack would be counted against the next connection's frames
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch {
      return; // a malformed frame from the relay is ignored, never applied
    }
    if (frame.kind === 'ack') return this.config.hooks.acked();
    if (frame.kind === 'acl-applied') return this.config.hooks.aclApplied();
    if (!this.sealed) {
      if (frame.kind === 'sync-step1') return this.deliverStep1(bytes);
      if (frame.kind === 'sync-update') return this.deliverLive('update', frame.update.slice());
      if (frame.kind === 'awareness') return this.deliverLive('awareness', frame.payload.slice());
      if (frame.kind === 'sync-step2') this.deliver(bytes);
      return;
    }
    switch (frame.kind) {
      case 'sealed-record': {
        const blob = frame.blob.slice();
        return this.enqueue(async () => this.openRecord(blob));
      }
      case 'replay-done': {
        const { lastSeq } = frame;
        return this.enqueue(async () => this.finishReplay(lastSeq));
      }
      case 'peer-awareness': {
        const { connection } = frame;
        const blob = frame.blob.slice();
        return this.enqueue(async () => {
          let payload: Uint8Array;
          try {
            payload = await unseal(await this.key(), 'awareness', blob);
            this.remember(connection, payload);
          } catch {
            return; // presence that does not open is dropped
          }
          this.deliverLive('awareness', payload);
        });
      }
      case 'peer-left': {
        const { connection } = frame;
        return this.enqueue(async () => this.forget(connection));
      }
      default:
        return; // frames of the plain protocol have no place in a sealed room
    }
  }

  private async openRecord(blob: Uint8Array): Promise<void> {
    let update: Uint8Array;
    try {
      update = await unseal(await this.key(), 'update', blob);
    } catch {
      if (this.openedRecords === 0 && this.replay) {
        // The very first record does not open: this invite's key is not the workspace's.
        this.socket.close(WRONG_KEY_CLOSE_CODE, 'wrong key');
        this.closed(WRONG_KEY_CLOSE_CODE, 'wrong key');
      } else {
        this.config.hooks.undecryptable();
      }
      return;
    }
    this.openedRecords++;
    if (this.replay) this.replay.push(update);
    else this.deliverLive('update', update);
  }

  private async finishReplay(lastSeq: number): Promise<void> {
    const records = this.replay ?? [];
    this.replay = null;
    const merged = records.length === 0 ? new Uint8Array([0, 0]) : Y.mergeUpdates(records);
    this.replayed = merged;
    this.answerClientStep1();
    // Ask the provider for what the relay lacks: its reply is the handshake.
    this.deliverStep1(encodeSyncStep1(Y.encodeStateVectorFromUpdate(merged)));
    if (!this.config.readOnly && records.length > (this.config.compactAfterRecords ?? 200) && lastSeq > 0) {
      this.config.hooks.sent('snapshot');
      this.enqueue(async () => this.socket.send(encodeSnapshot(lastSeq, await seal(await this.key(), 'update', merged))));
    }
  }

  private answerClientStep1(): void {
    const replayed = this.replayed;
    const vector = this.clientStateVector;
    if (!replayed || !vector) return;
    this.clientStateVector = null;
    this.replayed = null;
    this.deliver(encodeSyncStep2(Y.diffUpdate(replayed, vector)));
  }

  private deliverStep1(bytes: Uint8Array): void {
    this.answeringStep1 = true;
    try {
      this.deliver(bytes);
    } finally {
      this.answeringStep1 = false;
    }
  }

  /**
   * Live updates and presence are handed over in bursts: what arrives together (many peers
   * typing at once) is merged (burst-merge.ts), so the document, the editor bound to it and the
   * presence list change once per burst rather than once per record. The burst ends with the
   * current run of socket messages (a message-channel task, which a hidden window does not
   * throttle as it does timers).
   */
  private deliverLive(kind: Received['kind'], bytes: Uint8Array): void {
    if (this.isClosed) return;
    this.pending.push({ kind, bytes });
    if (this.pending.length === 1) void nextTask().then(() => this.flushLive());
  }

  private flushLive(): void {
    if (this.pending.length === 0) return;
    const received = this.pending;
    this.pending = [];
    for (const { kind, bytes } of mergeBurst(received)) this.deliverNow(kind === 'update' ? encodeSyncUpdate(bytes) : encodeAwareness(bytes));
  }

  /** Any other message comes after what was received before it. */
  private deliver(bytes: Uint8Array): void {
    this.flushLive();
    this.deliverNow(bytes);
  }

  private deliverNow(bytes: Uint8Array): void {
    if (this.isClosed) return;
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    this.call(this.onmessage, { data });
  }

  /** Remembers which presence clients a relay connection speaks for, to clear them when it leaves. */
  private remember(connection: number, payload: Uint8Array): void {
    const clients = this.peers.get(connection) ?? new Map<number, number>();
    this.peers.set(connection, clients);
    for (const { clientId, clock, state } of awarenessEntries(payload)) {
      if (state === 'null') clients.delete(clientId);
      else clients.set(clientId, clock);
    }
  }

  private forget(connection: number): void {
    const clients = this.peers.get(connection);
    this.peers.delete(connection);
    if (!clients || clients.size === 0) return;
    // Each of its clients gone: a 'null' state one clock later than the last one seen.
    this.deliverLive('awareness', encodeAwarenessEntries([...clients].map(([clientId, clock]) => ({ clientId, clock: clock + 1, state: 'null' }))));
  }

  private key(): Promise<CryptoKey> {
    if (!this.config.key) throw new Error('sealed room without a key');
    return this.config.key;
  }

  private enqueue(task: () => Promise<void>): void {
    // Once closed, queued work (e.g. a replay's snapshot) must not report to the shared tracker.
    this.chain = this.chain.then(() => (this.isClosed ? undefined : task())).catch((error: unknown) => {
      console.error('relay socket', error);
      this.socket.close(4000, 'client error');
    });
  }

  private closed(code: number, reason: string): void {
    if (this.isClosed) return;
    // What arrived before the close is applied, not dropped.
    this.flushLive();
    this.isClosed = true;
    this.config.hooks.closed(code, reason);
    this.call(this.onclose, { code, reason });
  }

  private call(listener: Listener, event: unknown): void {
    (listener as ((event: unknown) => void) | null)?.(event);
  }
}

/** An update that carries nothing (no structs, no deletions), as Yjs encodes it. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
