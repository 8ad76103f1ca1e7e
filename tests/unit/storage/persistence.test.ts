import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { YDexiePersistence } from '../../../renderer/storage/y-dexie-persistence';
import { freshDb, rowsOf, seededRandom, typeChars, waitForStatus } from './storage-test-helpers';

afterEach(() => {
  vi.useRealTimers();
});

async function reopen(db: ReturnType<typeof freshDb>, docId: string) {
  const doc = new Y.Doc();
  const persistence = new YDexiePersistence(db, docId, doc);
  const report = await persistence.load();
  return { doc, persistence, report };
}

describe('YDexiePersistence: save and reload', () => {
  it('brings back text typed in many small transactions, identical, in a new Y.Doc', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 5 });
    await persistence.load();

    const text = doc.getText('content');
    const random = seededRandom(7);
    for (let i = 0; i < 600; i += 1) {
      const position = Math.floor(random() * (text.length + 1));
      if (text.length > 0 && random() < 0.2) text.delete(Math.min(position, text.length - 1), 1);
      else text.insert(position, String.fromCharCode(65 + Math.floor(random() * 58)));
      if (i % 50 === 0) await persistence.flush();
    }
    text.format(0, 3, { bold: true });
    doc.getMap('meta').set('title', 'Terms of reference');
    await persistence.destroy();

    const reloaded = await reopen(db, 'doc-1');
    expect(reloaded.report.corruptRows).toBe(0);
    expect(reloaded.report.missingHistory).toBe(false);
    expect(reloaded.doc.getText('content').toDelta()).toEqual(text.toDelta());
    expect(reloaded.doc.getMap('meta').get('title')).toBe('Terms of reference');
    expect(Y.encodeStateVector(reloaded.doc)).toEqual(Y.encodeStateVector(doc));
  });

  it('does not write back the rows it loaded', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    const first = new YDexiePersistence(db, 'doc-1', doc);
    typeChars(doc.getText('t'), 20);
    await first.destroy();
    const rowsBefore = await rowsOf(db, 'doc-1');

    const { persistence } = await reopen(db, 'doc-1');
    expect(persistence.getStatus()).toMatchObject({ state: 'idle', pendingUpdates: 0 });
    await persistence.destroy();
    expect(await rowsOf(db, 'doc-1')).toEqual(rowsBefore);
  });

  it('saves content the doc already had before the persistence was attached (e.g. a template)', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'Template heading');
    const persistence = new YDexiePersistence(db, 'doc-1', doc);
    await persistence.load();
    await persistence.destroy();

    const { doc: reloaded } = await reopen(db, 'doc-1');
    expect(reloaded.getText('t').toString()).toBe('Template heading');
  });

  it('saves edits made while load() is still running', async () => {
    const db = freshDb();
    const seed = new Y.Doc();
    const seeding = new YDexiePersistence(db, 'doc-1', seed);
    seed.getText('t').insert(0, 'stored ');
    await seeding.destroy();

    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc);
    const loading = persistence.load();
    doc.getMap('m').set('early', true);
    await loading;
    await persistence.destroy();

    const { doc: reloaded } = await reopen(db, 'doc-1');
    expect(reloaded.getText('t').toString()).toBe('stored ');
    expect(reloaded.getMap('m').get('early')).toBe(true);
  });

  it('keeps docs apart by docId', async () => {
    const db = freshDb();
    for (const id of ['a', 'b']) {
      const doc = new Y.Doc();
      const persistence = new YDexiePersistence(db, id, doc);
      doc.getText('t').insert(0, `content of ${id}`);
      await persistence.destroy();
    }
    expect((await reopen(db, 'a')).doc.getText('t').toString()).toBe('content of a');
    expect((await reopen(db, 'b')).doc.getText('t').toString()).toBe('content of b');
  });
});

describe('YDexiePersistence: throttled writes', () => {
  it('writes at least every saveDelayMs while typing continues (throttle, not debounce)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const db = freshDb();
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 300 });
    await persistence.load();
    const text = doc.getText('t');

    const rowsAt: number[] = [];
    // 40 keystrokes, one every 50 ms: 2 seconds of continuous typing.
    for (let i = 0; i < 40; i += 1) {
      typeChars(text, 1, i);
      await vi.advanceTimersByTimeAsync(50);
      if (persistence.getStatus().state === 'saving') await waitForStatus(persistence, (s) => s.state !== 'saving');
      rowsAt.push((await rowsOf(db, 'doc-1')).length);
    }

    expect(rowsAt.slice(0, 5).every((count) => count === 0)).toBe(true); // nothing before 300 ms
    expect(rowsAt[5]).toBe(1); // first write at 300 ms although typing never paused
    expect(rowsAt[39]).toBeGreaterThanOrEqual(6); // 2000 ms / 300 ms
    expect(persistence.getStatus().pendingUpdates).toBeLessThanOrEqual(6);
    await persistence.destroy();
    expect((await reopen(db, 'doc-1')).doc.getText('t').toString()).toBe(text.toString());
  });

  it('merges the updates of one flush into one delta row', async () => {
    const db = freshDb();
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 60_000 });
    await persistence.load();
    typeChars(doc.getText('t'), 25);
    expect(persistence.getStatus()).toMatchObject({ state: 'pending', pendingUpdates: 25 });
    await persistence.flush();

    const rows = await rowsOf(db, 'doc-1');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'delta', docId: 'doc-1' });
    expect(persistence.getStatus()).toMatchObject({ state: 'saved', pendingUpdates: 0 });
    expect(await persistence.storedBytes()).toBe(rows[0]!.bytes.byteLength);
    await persistence.destroy();
  });
});

describe('YDexiePersistence: docMeta', () => {
  it('records lastEditAt for local edits only, and the workspace', async () => {
    const db = freshDb();
    let clock = 1_000;
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { workspaceId: 'ws-1', now: () => clock });
    await persistence.load();

    doc.getText('t').insert(0, 'local');
    await persistence.flush();
    expect(await db.docMeta.get('doc-1')).toMatchObject({ workspaceId: 'ws-1', lastEditAt: 1_000, updatedAt: 1_000 });

    clock = 5_000;
    const remote = new Y.Doc();
    remote.getText('t').insert(0, 'remote ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'network');
    await persistence.flush();
    expect(await db.docMeta.get('doc-1')).toMatchObject({ lastEditAt: 1_000, updatedAt: 5_000 });
    await persistence.destroy();
  });
});
