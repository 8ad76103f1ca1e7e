// A sealed room: the relay stores and forwards opaque encrypted blobs it cannot read
// (shared/sync/sealing.ts). Each stored update gets the next sequence number; a joining
// connection receives every stored record in order, then REPLAY_DONE, then the others'
// last presence. Clients may replace a prefix of the log with an encrypted SNAPSHOT.
// Log record payload: varUint seq, then the blob. Records are kept in memory while the
// room is loaded (rooms unload when their last connection leaves).
import {
  CloseCode,
  FrameError,
  encodePeerAwareness,
  encodePeerLeft,
  encodeReplayDone,
  encodeSealedRecord,
  type Frame,
} from '../../shared/sync/relay-protocol';
import { MIN_SEALED_BYTES } from '../../shared/sync/sealing';
import { ack, type LoadedRoom, type RoomConnection } from './room';
import type { RoomLog } from './room-store';

interface SealedRecord {
  seq: number;
  /** The SEALED_RECORD frame sent to clients. */
  frame: Uint8Array;
  /** A view of the blob inside `frame`. */
  blob: Uint8Array;
  /** The connection that sent it (not replayed back to it); null for records loaded from disk. */
  from: number | null;
}

export class SealedRoom implements LoadedRoom {
  readonly mode = 'sealed';
  readonly connections = new Set<RoomConnection>();
  private records: SealedRecord[] = [];
  private lastSeq = 0;
  /** Connections still receiving their join replay: live frames wait for them in `records`. */
  private readonly replaying = new Set<RoomConnection>();
  /** Each connection's last PEER_AWARENESS frame, replayed to newcomers. */
  private readonly awareness = new Map<RoomConnection, Uint8Array>();

  constructor(
    readonly name: string,
    private readonly log: RoomLog,
    payloads: Uint8Array[],
    onBadRecord: (message: string) => void,
  ) {
    for (const payload of payloads) {
      const parsed = parsePayload(payload);
      if (!parsed || parsed.seq <= this.lastSeq) {
        onBadRecord('skipped a sealed record with a bad sequence number');
        continue;
      }
      this.records.push(record(parsed.seq, parsed.blob, null));
      this.lastSeq = parsed.seq;
    }
  }

  join(connection: RoomConnection): void {
    this.connections.add(connection);
    this.replaying.add(connection);
    let nextSeq = 1;
    // Paced by the connection's buffer, so a large log does not trip the slow-consumer limit.
    // Records are looked up by seq on each resume: a SNAPSHOT may have rewritten the list meanwhile.
    const step = (): void => {
      if (!this.replaying.has(connection)) return;
      for (let index = this.indexOf(nextSeq); index < this.records.length; index++) {
        const { seq, frame, from } = this.records[index];
        nextSeq = seq + 1;
        if (from === connection.id) continue;
        if (!connection.sendPaced(frame, step)) return;
      }
      this.replaying.delete(connection);
      connection.send(encodeReplayDone(this.lastSeq));
      for (const [other, frame] of this.awareness) if (other !== connection) connection.send(frame);
    };
    step();
  }

  leave(connection: RoomConnection): void {
    this.connections.delete(connection);
    this.replaying.delete(connection);
    this.awareness.delete(connection);
    this.broadcast(connection, encodePeerLeft(connection.id));
  }

  handle(from: RoomConnection, frame: Frame): void {
    switch (frame.kind) {
      case 'sealed-update': {
        requireEdit(from);
        requireSealed(frame.blob);
        const seq = this.lastSeq + 1;
        const stored = record(seq, frame.blob, from.id);
        this.log.append(encodePayload(seq, stored.blob));
        this.records.push(stored);
        this.lastSeq = seq;
        ack(from);
        this.broadcast(from, stored.frame);
        return;
      }
      case 'sealed-awareness': {
        requireSealed(frame.blob);
        const peer = encodePeerAwareness(from.id, frame.blob);
        this.awareness.set(from, peer);
        // Echoed to the sender too: its client takes 30 s of silence for a dead connection.
        for (const connection of this.connections) connection.send(peer);
        return;
      }
      case 'snapshot': {
        requireEdit(from);
        requireSealed(frame.blob);
        this.applySnapshot(frame.coversSeq, frame.blob, from);
        ack(from);
        return;
      }
      case 'sync-step1':
      case 'sync-step2':
      case 'sync-update':
      case 'awareness':
      case 'query-awareness':
        throw new FrameError(CloseCode.modeMismatch, 'plain frame in a sealed room');
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

  /** Replaces every record with seq ≤ coversSeq by the snapshot; ignored unless firstSeq ≤ coversSeq ≤ lastSeq. */
  private applySnapshot(coversSeq: number, blob: Uint8Array, from: RoomConnection): void {
    if (this.records.length === 0 || coversSeq < this.records[0].seq || coversSeq > this.lastSeq) return;
    const next = [record(coversSeq, blob, from.id), ...this.records.slice(this.indexOf(coversSeq + 1))];
    // Atomic: on failure (StorageError) the old file and the in-memory records stay as they were.
    this.log.rewrite(next.map((r) => encodePayload(r.seq, r.blob)));
    this.records = next;
  }

  /** Sends to every other connection that has finished its replay (the others pick it up from `records`). */
  private broadcast(from: RoomConnection, frame: Uint8Array): void {
    for (const other of this.connections) if (other !== from && !this.replaying.has(other)) other.send(frame);
  }

  /** Index of the first record with seq ≥ `seq`. */
  private indexOf(seq: number): number {
    let low = 0;
    let high = this.records.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.records[middle].seq < seq) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function requireEdit(connection: RoomConnection): void {
  if (connection.access !== 'edit') throw new FrameError(CloseCode.readOnly, 'read-only connection');
}

function requireSealed(blob: Uint8Array): void {
  if (blob.length < MIN_SEALED_BYTES) throw new FrameError(CloseCode.malformed, 'sealed blob too short');
}

function record(seq: number, blob: Uint8Array, from: number | null): SealedRecord {
  const frame = encodeSealedRecord(seq, blob);
  return { seq, frame, blob: frame.subarray(frame.length - blob.length), from };
}

function encodePayload(seq: number, blob: Uint8Array): Uint8Array {
  const head: number[] = [];
  let value = seq;
  while (value > 0x7f) {
    head.push((value % 128) | 0x80);
    value = Math.floor(value / 128);
  }
  head.push(value);
  const out = new Uint8Array(head.length + blob.length);
  out.set(head, 0);
  out.set(blob, head.length);
  return out;
}

function parsePayload(payload: Uint8Array): { seq: number; blob: Uint8Array } | null {
  let seq = 0;
  let multiplier = 1;
  for (let pos = 0; pos < Math.min(payload.length, 8); pos++) {
    const byte = payload[pos];
    seq += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return seq > 0 ? { seq, blob: payload.subarray(pos + 1) } : null;
    multiplier *= 128;
  }
  return null;
}
