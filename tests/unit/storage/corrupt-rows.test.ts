import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AccordDb, UpdateRow } from '../../../renderer/storage/db';
import { YDexiePersistence } from '../../../renderer/storage/y-dexie-persistence';
import { freshDb, rowsOf, seededRandom } from './storage-test-helpers';

/** Stores a row as-is, even with a `bytes` value of the wrong type (as a bug or another version might). */
function putRawRow(db: AccordDb, docId: string, bytes: unknown, kind: UpdateRow['kind'] = 'delta') {
  return db.updates.add({ docId, bytes: bytes as Uint8Array, kind, createdAt: 0 });
}

function textUpdate(content: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, content);
  return Y.encodeStateAsUpdate(doc);
}

describe('YDexiePersistence: corrupt rows', () => {
  it('loads what is recoverable and quarantines random, truncated, empty and wrongly typed rows', { timeout: 5_000 }, async () => {
    const db = freshDb();
    const good = textUpdate('recoverable text');
    const random = seededRandom(42);
    const noise = Uint8Array.from({ length: 300 }, () => Math.floor(random() * 256));
    const truncated = textUpdate('a longer update that gets cut off').slice(0, 20);

    await putRawRow(db, 'doc-1', good, 'snapshot');
    await putRawRow(db, 'doc-1', noise);
    await putRawRow(db, 'doc-1', truncated);
    await putRawRow(db, 'doc-1', new Uint8Array(0));
    await putRawRow(db, 'doc-1', 'not bytes at all');
    await putRawRow(db, 'doc-1', good.buffer);
    await putRawRow(db, 'doc-1', undefined);
    await putRawRow(db, 'other-doc', noise);

    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc);
    const report = await persistence.load();

    expect(report).toEqual({ rows: 7, bytes: good.byteLength, corruptRows: 6, missingHistory: false });
    expect(doc.getText('t').toString()).toBe('recoverable text');

    const remaining = await rowsOf(db, 'doc-1');
    expect(remaining.map((row) => row.bytes)).toEqual([good]);
    const quarantined = await db.quarantine.where('docId').equals('doc-1').toArray();
    expect(quarantined).toHaveLength(6);
    expect(quarantined.map((row) => row.bytes)).toContainEqual(noise); // moved, not lost
    expect(quarantined.every((row) => row.reason.length > 0)).toBe(true);
    expect(await db.quarantine.where('docId').equals('other-doc').count()).toBe(0);

    // The next load is clean, and saving keeps working.
    doc.getText('t').insert(0, '» ');
    await persistence.destroy();
    const again = new Y.Doc();
    const second = new YDexiePersistence(db, 'doc-1', again);
    expect((await second.load()).corruptRows).toBe(0);
    expect(again.getText('t').toString()).toBe('» recoverable text');
    await second.destroy();
  });

  it('never throws or hangs on many rows of random garbage', { timeout: 10_000 }, async () => {
    const db = freshDb();
    const random = seededRandom(2024);
    for (let i = 0; i < 300; i += 1) {
      const length = Math.floor(random() * 400);
      await putRawRow(db, 'doc-1', Uint8Array.from({ length }, () => Math.floor(random() * 256)));
    }
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc);
    const report = await persistence.load();

    expect(report.rows).toBe(300);
    const quarantined = await db.quarantine.count();
    const kept = (await rowsOf(db, 'doc-1')).length;
    expect(quarantined).toBe(report.corruptRows);
    expect(quarantined + kept).toBe(300);
    await persistence.destroy();
  });

  it('compaction moves aside a corrupt row written after load instead of failing forever', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 60_000, maxDeltaRows: 3 });
    await persistence.load();
    await putRawRow(db, 'doc-1', new Uint8Array([1, 2, 3]));
    for (let i = 0; i < 4; i += 1) {
      doc.getText('t').insert(0, 'y');
      await persistence.flush();
    }
    expect((await rowsOf(db, 'doc-1')).map((row) => row.kind)).toContain('snapshot');
    expect(await db.quarantine.count()).toBe(1);
    await persistence.destroy();
  });
});

describe('YDexiePersistence: missing history', () => {
  it('reports updates whose earlier updates are not stored, keeps them, and recovers once they arrive', async () => {
    const db = freshDb();
    const author = new Y.Doc();
    const updates: Uint8Array[] = [];
    author.on('update', (update: Uint8Array) => updates.push(update));
    author.getText('t').insert(0, 'first ');
    author.getText('t').insert(6, 'second');
    await db.updates.add({ docId: 'doc-1', bytes: updates[1]!, kind: 'delta', createdAt: 0 });

    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc);
    const report = await persistence.load();
    expect(report).toMatchObject({ rows: 1, corruptRows: 0, missingHistory: true });
    expect(doc.getText('t').toString()).toBe('');

    Y.applyUpdate(doc, updates[0]!, 'network'); // the missing part arrives later
    expect(doc.getText('t').toString()).toBe('first second');
    await persistence.destroy();

    const reloaded = new Y.Doc();
    const second = new YDexiePersistence(db, 'doc-1', reloaded);
    expect((await second.load()).missingHistory).toBe(false);
    expect(reloaded.getText('t').toString()).toBe('first second');
    await second.destroy();
  });
});
