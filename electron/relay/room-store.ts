// One append-only log file per room under the data folder.
// File: 8-byte magic, then records [u32le length][u32le FNV-1a checksum][payload]. The magic
// fixes the room's mode when the file is created: "ACRLOG01" plain (each payload a Yjs
// update), "ACRSEAL1" sealed (each payload varUint seq + opaque blob, see sealed-room.ts).
// A record is written with one write() before the relay forwards it, so a killed process
// loses nothing it forwarded; fdatasync runs in batches (flush()) for power loss.
// A short or corrupt tail (crash mid-write) is cut off on load.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { writeFileAtomic } from './atomic-file';

export type RoomMode = 'plain' | 'sealed';

const MAGIC: Record<RoomMode, Buffer> = {
  plain: Buffer.from('ACRLOG01', 'latin1'),
  sealed: Buffer.from('ACRSEAL1', 'latin1'),
};
const MAGIC_BYTES = 8;
const HEADER = 8;

export interface StorageHooks {
  /** Replaces fs.writeSync (tests inject a failing disk). */
  writeSync?: (fd: number, buffer: Uint8Array) => number;
}

export class StorageError extends Error {}

/** Room names are hashed into file names: no path traversal, no reserved names. */
export function roomFileName(room: string): string {
  return createHash('sha256').update(room, 'utf8').digest('hex').slice(0, 40) + '.log';
}

function checksum(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash >>> 0;
}

function encodeRecord(payload: Uint8Array): Buffer {
  const record = Buffer.allocUnsafe(HEADER + payload.length);
  record.writeUInt32LE(payload.length, 0);
  record.writeUInt32LE(checksum(payload), 4);
  record.set(payload, HEADER);
  return record;
}

/** The mode a file's magic declares; null for a file too short to hold one. Throws for a foreign file. */
function modeOf(file: Uint8Array): RoomMode | null {
  if (file.length < MAGIC_BYTES) return null;
  const magic = Buffer.from(file.buffer, file.byteOffset, MAGIC_BYTES);
  for (const mode of ['plain', 'sealed'] as const) if (MAGIC[mode].equals(magic)) return mode;
  // Not wiped: it may be a newer format or someone else's file.
  throw new StorageError('room file has an unknown format');
}

/** Parses a log (magic included); returns the records and the length of the valid prefix. */
export function parseLog(file: Uint8Array): { records: Uint8Array[]; validLength: number } {
  if (file.length < MAGIC_BYTES) return { records: [], validLength: 0 };
  const view = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const records: Uint8Array[] = [];
  let pos = MAGIC_BYTES;
  while (pos + HEADER <= file.length) {
    const length = view.readUInt32LE(pos);
    const sum = view.readUInt32LE(pos + 4);
    if (pos + HEADER + length > file.length) break;
    const payload = new Uint8Array(file.subarray(pos + HEADER, pos + HEADER + length));
    if (checksum(payload) !== sum) break;
    records.push(payload);
    pos += HEADER + length;
  }
  return { records, validLength: pos };
}

export interface OpenedLog {
  log: RoomLog;
  /** The stored mode, or `createMode` for a new room. */
  mode: RoomMode;
  records: Uint8Array[];
  /** Bytes cut off a damaged tail (0 when the file was intact). */
  droppedBytes: number;
}

export class RoomLog {
  private dirty = false;
  private compactedSize: number;

  private constructor(
    private readonly file: string,
    private fd: number,
    private length: number,
    private readonly hooks: StorageHooks,
    readonly mode: RoomMode,
  ) {
    this.compactedSize = length;
  }

  /** Opens (or creates, in `createMode`) a room's log; an existing file keeps its own mode. */
  static open(dataDir: string, room: string, hooks: StorageHooks = {}, createMode: RoomMode = 'plain'): OpenedLog {
    const file = path.join(dataDir, roomFileName(room));
    fs.rmSync(file + '.tmp', { force: true });
    let bytes: Uint8Array = new Uint8Array(0);
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const mode = modeOf(bytes) ?? createMode;
    const { records, validLength } = parseLog(bytes);
    const fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_APPEND, 0o600);
    let length = validLength;
    if (validLength === 0) {
      fs.ftruncateSync(fd, 0);
      fs.writeSync(fd, MAGIC[mode]);
      fs.fdatasyncSync(fd);
      length = MAGIC_BYTES;
    } else if (validLength < bytes.length) {
      fs.ftruncateSync(fd, validLength);
      fs.fdatasyncSync(fd);
    }
    const droppedBytes = validLength === 0 ? bytes.length : bytes.length - validLength;
    return { log: new RoomLog(file, fd, length, hooks, mode), mode, records, droppedBytes };
  }

  get size(): number {
    return this.length;
  }

  /** Appends one record; on failure the file is cut back to its previous length and StorageError thrown. */
  append(payload: Uint8Array): void {
    const record = encodeRecord(payload);
    const write = this.hooks.writeSync ?? ((fd: number, buffer: Uint8Array) => fs.writeSync(fd, buffer));
    try {
      let written = 0;
      while (written < record.length) written += write(this.fd, record.subarray(written));
    } catch (error) {
      try {
        fs.ftruncateSync(this.fd, this.length);
      } catch {
        // The record's checksum still makes the partial tail invisible on the next load.
      }
      throw new StorageError((error as Error).message);
    }
    this.length += record.length;
    this.dirty = true;
  }

  /** True when the log has grown well past its last compacted size. */
  shouldCompact(thresholdBytes: number): boolean {
    return this.length > thresholdBytes && this.length > 2 * this.compactedSize;
  }

  /** Replaces the log with one record `merged` (plain rooms). */
  compact(merged: Uint8Array): void {
    this.rewrite([merged]);
  }

  /** Replaces the whole log with `payloads`: temp file, fsync, rename, fsync the folder. */
  rewrite(payloads: Uint8Array[]): void {
    const content = Buffer.concat([MAGIC[this.mode], ...payloads.map(encodeRecord)]);
    try {
      writeFileAtomic(this.file, content);
    } catch (error) {
      throw new StorageError((error as Error).message);
    }
    fs.closeSync(this.fd);
    this.fd = fs.openSync(this.file, fs.constants.O_RDWR | fs.constants.O_APPEND);
    this.length = content.length;
    this.compactedSize = content.length;
    this.dirty = false;
  }

  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    fs.fdatasyncSync(this.fd);
  }

  close(): void {
    try {
      this.flush();
    } finally {
      fs.closeSync(this.fd);
    }
  }
}
