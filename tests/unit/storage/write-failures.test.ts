import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { type SaveStatus, YDexiePersistence } from '../../../renderer/storage/y-dexie-persistence';
import { freshDb, installFault, quotaError, rowsOf, typeChars, waitForStatus } from './storage-test-helpers';

afterEach(() => {
  vi.useRealTimers();
});

function failUpdateWrites(table: string): Error | null {
  return table === 'updates' ? quotaError() : null;
}

describe('YDexiePersistence: failing writes', () => {
  it('reports a full disk at once, loses nothing, and recovers when space is back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const db = freshDb();
    const fault = installFault(db);
    let clock = 0;
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 300, now: () => clock });
    await persistence.load();
    const seen: SaveStatus[] = [];
    persistence.onStatus((status) => seen.push(status));

    fault.failWith = failUpdateWrites;
    const text = doc.getText('t');
    typeChars(text, 5);
    const flushing = persistence.flush();
    await expect(flushing).rejects.toMatchObject({ name: expect.stringMatching(/Quota|Abort/) });
    // Emitted before the rejected flush was even observed: the UI can show it at once.
    expect(seen.at(-1)).toMatchObject({ state: 'error', error: { kind: 'quota' }, pendingUpdates: 5 });
    expect(persistence.getStatus().error?.message).toBeTruthy();

    // Keep typing while the disk is full: still buffered, still an error.
    typeChars(text, 5, 5);
    await vi.advanceTimersByTimeAsync(1_000); // first retry, fails again
    await waitForStatus(persistence, (s) => s.state === 'error' && s.pendingUpdates === 10);
    expect(await rowsOf(db, 'doc-1')).toHaveLength(0);

    fault.failWith = null;
    clock = 42;
    await vi.advanceTimersByTimeAsync(2_000); // second retry after a longer wait
    const saved = await waitForStatus(persistence, (s) => s.state === 'saved');
    expect(saved).toEqual({ state: 'saved', pendingUpdates: 0, lastSavedAt: 42 });

    await persistence.destroy();
    const reloaded = new Y.Doc();
    await new YDexiePersistence(db, 'doc-1', reloaded).load();
    expect(reloaded.getText('t').toString()).toBe(text.toString());
    expect(text.length).toBe(10);
  });

  it('backs off 1 s, 2 s, 4 s … up to 15 s between retries', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const db = freshDb();
    const fault = installFault(db);
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 300 });
    await persistence.load();
    fault.failWith = failUpdateWrites;

    let elapsed = 0;
    const attemptTimes: number[] = [];
    let failuresReported = 0;
    persistence.onStatus((status) => {
      if (status.state === 'error') failuresReported += 1;
    });
    const attempts = () => fault.attempts.filter((attempt) => attempt.table === 'updates').length;
    typeChars(doc.getText('t'), 1);
    while (elapsed < 60_000) {
      const before = attempts();
      await vi.advanceTimersByTimeAsync(100);
      elapsed += 100;
      if (attempts() === before) continue;
      attemptTimes.push(elapsed);
      // fake-indexeddb settles on real setImmediate: wait for the failure before moving the clock on.
      while (failuresReported < attemptTimes.length) await new Promise((resolve) => setImmediate(resolve));
    }
    const gaps = attemptTimes.slice(1).map((time, i) => time - attemptTimes[i]!);
    expect(attemptTimes[0]).toBe(300);
    expect(gaps.slice(0, 6)).toEqual([1_000, 2_000, 4_000, 8_000, 15_000, 15_000]);
    expect(persistence.getStatus()).toMatchObject({ state: 'error', pendingUpdates: 1 });
    fault.failWith = null;
    await persistence.destroy();
    expect(persistence.getStatus().state).toBe('saved');
  });

  it('classifies other failures as unknown, and a later successful write clears the error', async () => {
    const db = freshDb();
    const fault = installFault(db);
    const doc = new Y.Doc();
    const persistence = new YDexiePersistence(db, 'doc-1', doc, { saveDelayMs: 60_000 });
    await persistence.load();

    fault.failWith = (table) => (table === 'updates' ? new Error('something broke') : null);
    doc.getText('t').insert(0, 'x');
    await expect(persistence.flush()).rejects.toBeDefined();
    expect(persistence.getStatus()).toMatchObject({ state: 'error', error: { kind: 'unknown' } });

    fault.failWith = null;
    await persistence.flush(); // e.g. a "retry now" button
    expect(persistence.getStatus().state).toBe('saved');
    expect(persistence.getStatus().error).toBeUndefined();
    await persistence.destroy();
  });
});
