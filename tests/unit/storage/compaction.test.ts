import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { YDexiePersistence } from '../../../renderer/storage/y-dexie-persistence';
import { freshDb, installFault, rowsOf, typeChars } from './storage-test-helpers';

async function reload(db: ReturnType<typeof freshDb>, docId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const persistence = new YDexiePersistence(db, docId, doc);
  await persistence.load();
  await persistence.destroy();
  return doc;
}

describe('YDexiePersistence: compaction', () => {
  it('replaces many delta rows with one snapshot, content identical', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 60_000, maxDeltaRows: 10 });
    await persistence.load();
    const text = doc.getText('t');

    for (let i = 0; i < 10; i += 1) {
      typeChars(text, 3, i);
      await persistence.flush();
    }
    expect((await rowsOf(db, 'doc-1')).map((row) => row.kind)).toEqual(Array(10).fill('delta'));

    typeChars(text, 3);
    await persistence.flush(); // the 11th row would exceed 10: compacts instead
    const rows = await rowsOf(db, 'doc-1');
    expect(rows.map((row) => row.kind)).toEqual(['snapshot']);
    expect((await db.docMeta.get('doc-1'))?.snapshotBytes).toBe(rows[0]!.bytes.byteLength);

    expect((await reload(db, 'doc-1')).getText('t').toString()).toBe(text.toString());
    await persistence.destroy();
  });

  it('compacts a large document only once it has been quiet, never in the middle of typing', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    const options = { saveDelayMs: 60_000, maxDeltaRows: 3, inlineCompactionMaxBytes: 512, quietCompactionDelayMs: 1_000 };
    const first = new YDexiePersistence(db, 'big', doc, options);
    await first.load();
    const text = doc.getText('t');
    typeChars(text, 2_000);
    await first.flush();
    await first.destroy(); // one snapshot-sized row, bigger than inlineCompactionMaxBytes

    const reopened = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'big', reopened, options);
    await persistence.load();
    for (let i = 0; i < 8; i += 1) {
      typeChars(reopened.getText('t'), 2, i);
      await persistence.flush(); // due by row count, but deferred: only deltas are appended
      await new Promise((resolve) => setTimeout(resolve, 100)); // typing goes on, the quiet period restarts
    }
    expect((await rowsOf(db, 'big')).length).toBe(9);

    await new Promise((resolve) => setTimeout(resolve, 1_500)); // quiet: compaction runs
    const rows = await rowsOf(db, 'big');
    expect(rows.map((row) => row.kind)).toEqual(['snapshot']);
    expect((await reload(db, 'big')).getText('t').toString()).toBe(reopened.getText('t').toString());
    await persistence.destroy();
  });

  it('keeps rows another tab wrote, by merging what is on disk into the snapshot', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 60_000, maxDeltaRows: 3 });
    await persistence.load();

    const otherTab = new Y.Doc();
    otherTab.getMap('m').set('fromOtherTab', 'kept');
    await db.updates.add({ docId: 'doc-1', bytes: Y.encodeStateAsUpdate(otherTab), kind: 'delta', createdAt: 0 });

    for (let i = 0; i < 5; i += 1) {
      doc.getText('t').insert(0, 'x');
      await persistence.flush();
    }
    expect((await rowsOf(db, 'doc-1')).some((row) => row.kind === 'snapshot')).toBe(true);
    expect(doc.getMap('m').get('fromOtherTab')).toBeUndefined(); // this doc never saw it

    const reloaded = await reload(db, 'doc-1');
    expect(reloaded.getMap('m').get('fromOtherTab')).toBe('kept');
    expect(reloaded.getText('t').toString()).toBe('xxxxx');
    await persistence.destroy();
  });

  it('leaves rows as they were when compaction fails, and still saves the edits', async () => {
    const db = freshDb();
    const fault = installFault(db);
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 60_000, maxDeltaRows: 4 });
    await persistence.load();
    for (let i = 0; i < 4; i += 1) {
      typeChars(doc.getText('t'), 2, i);
      await persistence.flush();
    }
    const before = await rowsOf(db, 'doc-1');

    // Compaction deletes rows and adds a snapshot; make the snapshot write fail.
    fault.failWith = (table, request) =>
      table === 'updates' && request.type === 'add' && request.values.some((row) => row.kind === 'snapshot')
        ? new Error('disk trouble')
        : null;
    typeChars(doc.getText('t'), 2);
    await persistence.flush();

    const after = await rowsOf(db, 'doc-1');
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((row) => row.kind)).toEqual(['delta']);
    expect(persistence.getStatus().state).toBe('saved');
    expect((await reload(db, 'doc-1')).getText('t').toString()).toBe(doc.getText('t').toString());
    await persistence.destroy();
  });

  it('keeps stored bytes within 2x the encoded doc after 10,000 single-character keystrokes', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 60_000 });
    await persistence.load();
    const text = doc.getText('t');

    // A flush every 10 keystrokes (a fast typist at the 300 ms throttle): 1,000 delta writes.
    for (let i = 0; i < 10_000; i += 1) {
      typeChars(text, 1, i);
      if (i % 10 === 9) await persistence.flush();
    }
    await persistence.flush();

    const stored = await persistence.storedBytes();
    const encoded = Y.encodeStateAsUpdate(doc).byteLength;
    expect(stored / encoded).toBeLessThanOrEqual(2);
    expect((await rowsOf(db, 'doc-1')).length).toBeLessThanOrEqual(51);
    expect((await reload(db, 'doc-1')).getText('t').toString()).toBe(text.toString());
    await persistence.destroy();
  });
});
