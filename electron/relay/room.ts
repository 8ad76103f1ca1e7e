// The connections of one plain room and its stored updates. The relay keeps no Y.Doc: it merges,
// diffs and replays updates with Yjs' update-level functions only.
import * as Y from 'yjs';
import {
  CloseCode,
  FrameError,
  encodeAck,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  type Frame,
} from '../../shared/sync/relay-protocol';
import { AwarenessOwners, decodeAwarenessUpdate, encodeAwarenessRemoval } from './awareness';
import type { RoomLog, RoomMode } from './room-store';

export type Access = 'edit' | 'read';

export interface RoomConnection {
  readonly id: number;
  /** Changes while connected when the space's ACL grants the token another access. */
  access: Access;
  /** Asked for Accord's extension frames (`proto=accord1`): only then does it receive ACKs etc. */
  readonly extended: boolean;
  /** Plain rooms: the last awareness frame this connection sent, replayed to newcomers. */
  awareness: Uint8Array | null;
  /** Sends a live frame; a connection with too much unsent data is closed (slow consumer). */
  send(frame: Uint8Array): void;
  /**
   * Sends a frame of a join replay, which may be far larger than the slow-consumer limit.
   * Returns false when the caller must stop and wait for `resume` (called once the
   * connection's buffer has drained; never called if it closes).
   */
  sendPaced(frame: Uint8Array, resume: () => void): boolean;
}

/** What the relay needs of a loaded room, plain or sealed. */
export interface LoadedRoom {
  readonly name: string;
  readonly mode: RoomMode;
  readonly connections: Set<RoomConnection>;
  join(connection: RoomConnection): void;
  leave(connection: RoomConnection): void;
  /** Handles one decoded frame; throws FrameError (close the sender) or StorageError (refuse the write). */
  handle(from: RoomConnection, frame: Frame, bytes: Uint8Array): void;
  flush(): void;
  close(): void;
}

/** Pending updates are folded into the merged state at the latest after this many. */
const MAX_PENDING = 256;

export function ack(connection: RoomConnection): void {
  if (connection.extended) connection.send(encodeAck());
}

export class PlainRoom implements LoadedRoom {
  readonly mode = 'plain';
  readonly connections = new Set<RoomConnection>();
  private merged: Uint8Array;
  private pending: Uint8Array[] = [];
  private readonly awarenessOwners = new AwarenessOwners<RoomConnection>();

  constructor(
    readonly name: string,
    private readonly log: RoomLog,
    records: Uint8Array[],
    private readonly compactBytes: number,
    private readonly onCompactError: (error: Error) => void,
  ) {
    this.merged = mergeSafely(Y.mergeUpdates([]), records);
  }

  /** Everything stored for the room, as one update. */
  state(): Uint8Array {
    if (this.pending.length > 0) {
      this.merged = mergeSafely(this.merged, this.pending);
      this.pending = [];
    }
    return this.merged;
  }

  join(connection: RoomConnection): void {
    this.connections.add(connection);
    // Ask editors for what the relay lacks (an unmodified client answers with SyncStep2);
    // readers are not asked, since anything they send would be refused.
    if (connection.access === 'edit') connection.send(encodeSyncStep1(Y.encodeStateVectorFromUpdate(this.state())));
    for (const other of this.connections) if (other !== connection && other.awareness) connection.send(other.awareness);
  }

  /** Tells the others that the leaving connection's awareness clients are gone. */
  leave(connection: RoomConnection): void {
    this.connections.delete(connection);
    const gone = this.awarenessOwners.release(connection);
    if (gone.size === 0) return;
    const removal = encodeAwarenessRemoval(gone);
    for (const other of this.connections) other.send(removal);
  }

  handle(from: RoomConnection, frame: Frame, bytes: Uint8Array): void {
    switch (frame.kind) {
      case 'sync-step1': {
        let diff: Uint8Array;
        try {
          diff = Y.diffUpdate(this.state(), frame.stateVector);
        } catch {
          throw new FrameError(CloseCode.invalidUpdate, 'invalid state vector');
        }
        from.send(encodeSyncStep2(diff));
        return;
      }
      case 'sync-step2':
      case 'sync-update': {
        if (from.access !== 'edit') throw new FrameError(CloseCode.readOnly, 'read-only connection');
        if (isEmptyUpdate(frame.update)) return ack(from);
        const update = frame.update.slice();
        this.log.append(update);
        ack(from);
        const forward = frame.kind === 'sync-update' ? bytes : encodeSyncUpdate(update);
        for (const other of this.connections) if (other !== from) other.send(forward);
        this.pending.push(update);
        this.afterWrite();
        return;
      }
      case 'awareness': {
        this.awarenessOwners.update(from, decodeAwarenessUpdate(frame.payload));
        const copy = bytes.slice();
        from.awareness = copy;
        // Echoed to the sender too, as y-websocket's server does: a client that hears nothing
        // for 30 s (its own presence renews every 15 s) takes the connection for dead.
        for (const other of this.connections) other.send(copy);
        return;
      }
      case 'query-awareness':
        for (const other of this.connections) if (other !== from && other.awareness) from.send(other.awareness);
        return;
      case 'sealed-update':
      case 'sealed-awareness':
      case 'snapshot':
        throw new FrameError(CloseCode.modeMismatch, 'sealed frame in a plain room');
      default:
        throw new FrameError(CloseCode.malformed, `unexpected ${frame.kind} frame`);
    }
  }

  flush(): void {
    this.log.flush();
  }

  close(): void {
    this.log.close();
  }

  private afterWrite(): void {
    if (this.pending.length >= MAX_PENDING) this.state();
    if (!this.log.shouldCompact(this.compactBytes)) return;
    try {
      this.log.compact(this.state());
    } catch (error) {
      this.onCompactError(error as Error);
    }
  }
}

/** Merges updates; one that decodes but cannot be merged is skipped rather than breaking the room. */
function mergeSafely(base: Uint8Array, updates: Uint8Array[]): Uint8Array {
  try {
    return Y.mergeUpdates([base, ...updates]);
  } catch {
    let merged = base;
    for (const update of updates) {
      try {
        merged = Y.mergeUpdates([merged, update]);
      } catch {
        // skipped: a frame Yjs could decode but not merge
      }
    }
    return merged;
  }
}

/** Rejects what Yjs cannot decode; true for an update that carries nothing. */
function isEmptyUpdate(update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new FrameError(CloseCode.invalidUpdate, 'invalid Yjs update');
  }
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}
