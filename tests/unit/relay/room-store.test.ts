import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { RoomLog, StorageError, roomFileName } from '../../../electron/relay/room-store';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relay-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function updates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  for (let i = 0; i < count; i++) doc.getText('t').insert(i, String.fromCharCode(97 + (i % 26)));
  return out;
}

describe('room log', () => {
  it('hashes room names into safe file names', () => {
    for (const room of ['../../etc/passwd', 'a/b', 'CON', '', 'é'.repeat(300)]) expect(roomFileName(room)).toMatch(/^[0-9a-f]{40}\.log$/);
    expect(roomFileName('a')).not.toBe(roomFileName('b'));
  });

  it('stores and reloads records', () => {
    const dir = tempDir();
    const { log } = RoomLog.open(dir, 'room');
    const written = updates(5);
    for (const u of written) log.append(u);
    log.close();
    const reopened = RoomLog.open(dir, 'room');
    expect(reopened.records).toEqual(written);
    expect(reopened.droppedBytes).toBe(0);
    reopened.log.close();
  });

  it('cuts off a truncated or corrupt last record and keeps what precedes it', () => {
    const dir = tempDir();
    const { log } = RoomLog.open(dir, 'room');
    const written = updates(4);
    for (const u of written) log.append(u);
    log.close();
    const file = path.join(dir, roomFileName('room'));
    const full = fs.readFileSync(file);
    fs.writeFileSync(file, full.subarray(0, full.length - 3));
    const reopened = RoomLog.open(dir, 'room');
    expect(reopened.records).toEqual(written.slice(0, 3));
    expect(reopened.droppedBytes).toBeGreaterThan(0);
    reopened.log.append(written[3]);
    reopened.log.close();
    expect(RoomLog.open(dir, 'room').records).toEqual(written);

    // A flipped byte in the last payload is caught by the checksum.
    const again = fs.readFileSync(file);
    again[again.length - 1] ^= 0xff;
    fs.writeFileSync(file, again);
    const checked = RoomLog.open(dir, 'room');
    expect(checked.records).toEqual(written.slice(0, 3));
    checked.log.close();
  });

  it('refuses a failed write without damaging what is stored', () => {
    const dir = tempDir();
    let fail = false;
    const { log } = RoomLog.open(dir, 'room', {
      writeSync: (fd, buffer) => {
        if (!fail) return fs.writeSync(fd, buffer);
        fs.writeSync(fd, buffer.subarray(0, 3)); // a partial write, then the disk is full
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    const written = updates(3);
    log.append(written[0]);
    log.append(written[1]);
    fail = true;
    expect(() => log.append(written[2])).toThrow(StorageError);
    fail = false;
    log.append(written[2]);
    log.close();
    const reopened = RoomLog.open(dir, 'room');
    expect(reopened.records).toEqual(written);
    expect(reopened.droppedBytes).toBe(0);
    reopened.log.close();
  });

  it('compacts atomically into one merged record', () => {
    const dir = tempDir();
    const { log } = RoomLog.open(dir, 'room');
    const written = updates(200);
    for (const u of written) log.append(u);
    expect(log.shouldCompact(1000)).toBe(true);
    log.compact(Y.mergeUpdates(written));
    expect(log.shouldCompact(1000)).toBe(false);
    log.append(updates(1)[0]);
    log.close();
    expect(fs.readdirSync(dir)).toEqual([roomFileName('room')]);
    const { records, log: reopened } = RoomLog.open(dir, 'room');
    expect(records).toHaveLength(2);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, records[0]);
    expect(doc.getText('t').length).toBe(200);
    reopened.close();
  });
});

describe('room log modes', () => {
  it('fixes the mode when the file is created and keeps it on reopen', () => {
    const dir = tempDir();
    const created = RoomLog.open(dir, 'sealed-room', {}, 'sealed');
    expect(created.mode).toBe('sealed');
    created.log.append(new Uint8Array([1, 2, 3]));
    created.log.close();
    const file = path.join(dir, roomFileName('sealed-room'));
    expect(fs.readFileSync(file).subarray(0, 8).toString('latin1')).toBe('ACRSEAL1');
    const reopened = RoomLog.open(dir, 'sealed-room', {}, 'plain');
    expect(reopened.mode).toBe('sealed');
    expect(reopened.records).toEqual([new Uint8Array([1, 2, 3])]);
    reopened.log.rewrite([new Uint8Array([9])]);
    reopened.log.close();
    expect(fs.readFileSync(file).subarray(0, 8).toString('latin1')).toBe('ACRSEAL1');
    expect(RoomLog.open(dir, 'sealed-room').records).toEqual([new Uint8Array([9])]);
  });

  it('refuses a file with an unknown magic instead of wiping it', () => {
    const dir = tempDir();
    const file = path.join(dir, roomFileName('room'));
    fs.writeFileSync(file, 'ACRLOG99 future format');
    expect(() => RoomLog.open(dir, 'room')).toThrow(StorageError);
    expect(fs.readFileSync(file, 'utf8')).toBe('ACRLOG99 future format');
  });
});
