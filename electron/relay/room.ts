// The connections of one room and its stored updates. The relay keeps no Y.Doc: it merges,
// diffs and replays updates with Yjs' update-level functions only, so that the same path can
// later carry opaque (sealed) payloads.
import * as Y from 'yjs';
import { CloseCode, FrameError, decodeFrame, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from './protocol';
import type { RoomLog } from './room-store';

export type Access = 'edit' | 'read';

export interface RoomConnection {
  readonly id: number;
  readonly access: Access;
  /** The last awareness frame this connection sent, replayed to newcomers. */
  awareness: Uint8Array | null;
  send(frame: Uint8Array): void;
}

/** Pending updates are folded into the merged state at the latest after this many. */
const MAX_PENDING = 256;

export class Room {
  readonly connections = new Set<RoomConnection>();
  private merged: Uint8Array;
  private pending: Uint8Array[] = [];

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

  leave(connection: RoomConnection): void {
    this.connections.delete(connection);
  }

  /** Handles one binary frame; throws FrameError (close the sender) or StorageError (refuse the write). */
  handle(from: RoomConnection, bytes: Uint8Array): void {
    const frame = decodeFrame(bytes);
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
        if (isEmptyUpdate(frame.update)) return;
        const update = frame.update.slice();
        this.log.append(update);
        this.pending.push(update);
        const forward = frame.kind === 'sync-update' ? bytes : encodeSyncUpdate(update);
        for (const other of this.connections) if (other !== from) other.send(forward);
        this.afterWrite();
        return;
      }
      case 'awareness': {
        const copy = bytes.slice();
        from.awareness = copy;
        for (const other of this.connections) if (other !== from) other.send(copy);
        return;
      }
      case 'query-awareness':
        for (const other of this.connections) if (other !== from && other.awareness) from.send(other.awareness);
        return;
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
