/**
 * Binds one Y.Doc to the `updates` rows of one docId.
 *
 * - load(): validates every stored row before applying; good rows are merged and
 *   applied in one update, bad rows are moved to `quarantine`.
 * - Every doc update (local or remote, except our own loads) is buffered and written
 *   as one merged `delta` row per flush; flushes are throttled, so continuous typing
 *   still reaches disk at least every `saveDelayMs`.
 * - When deltas pile up, all rows are replaced by one `snapshot` in one transaction.
 * - A failed write keeps the updates in memory, reports the error at once and retries
 *   with backoff.
 */
import * as Y from 'yjs';
import type { AccordDb, DocMetaRow, UpdateRow } from './db';
import { classifySaveError, type SaveStatus } from './save-status';
import { ownBytes, whyNotAnUpdate } from './update-bytes';

export type { SaveStatus } from './save-status';

export interface LoadReport {
  /** Rows found for the doc, corrupt ones included. */
  rows: number;
  /** Bytes of the rows that were applied. */
  bytes: number;
  /** Rows that could not be decoded or applied; they are in `quarantine`. */
  corruptRows: number;
  /** The stored updates refer to earlier updates that are not stored (the doc has pending structs or deletes). */
  missingHistory: boolean;
}

export interface YDexiePersistenceOptions {
  workspaceId?: string | null;
  /** Longest time an update waits in memory before it is written. Default 300 ms. */
  saveDelayMs?: number;
  /** Waits before retrying a failed write; the last one repeats. Default 1, 2, 4, 8, 15 s. */
  retryDelaysMs?: readonly number[];
  /** Compact once more delta rows than this are stored. Default 50. */
  maxDeltaRows?: number;
  /** Compact once delta bytes exceed max(this, half the snapshot). Default 4 KiB. */
  minCompactionBytes?: number;
  /**
   * Above this snapshot size compaction is not done in the save path but once the
   * document has been quiet for `quietCompactionDelayMs`: compacting a 200-page
   * agreement takes long enough to be felt if it happens mid-sentence. Default 256 KiB.
   */
  inlineCompactionMaxBytes?: number;
  /** Default 2 s. */
  quietCompactionDelayMs?: number;
  now?: () => number;
}

type StatusListener = (status: SaveStatus) => void;

const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000] as const;

export class YDexiePersistence {
  private readonly saveDelayMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly maxDeltaRows: number;
  private readonly minCompactionBytes: number;
  private readonly inlineCompactionMaxBytes: number;
  private readonly quietCompactionDelayMs: number;
  private readonly now: () => number;
  private readonly workspaceId: string | null | undefined;

  /** Updates not yet committed; after a failed write, its merged update goes back in front. */
  private buffer: Uint8Array[] = [];
  private pendingUpdates = 0;
  private pendingLocalChange = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private failures = 0;
  private destroyed = false;

  // What is on disk since the last snapshot, to decide when to compact.
  private deltaRows = 0;
  private deltaBytes = 0;
  private snapshotBytes = 0;
  private compactionRetryAtRows = 0;
  private quietCompactionTimer: ReturnType<typeof setTimeout> | null = null;

  private status: SaveStatus = { state: 'idle', pendingUpdates: 0 };
  private readonly listeners = new Set<StatusListener>();

  constructor(
    private readonly db: AccordDb,
    readonly docId: string,
    readonly doc: Y.Doc,
    options: YDexiePersistenceOptions = {},
  ) {
    this.saveDelayMs = options.saveDelayMs ?? 300;
    this.retryDelaysMs = options.retryDelaysMs?.length ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS;
    this.maxDeltaRows = options.maxDeltaRows ?? 50;
    this.minCompactionBytes = options.minCompactionBytes ?? 4 * 1024;
    this.inlineCompactionMaxBytes = options.inlineCompactionMaxBytes ?? 256 * 1024;
    this.quietCompactionDelayMs = options.quietCompactionDelayMs ?? 2_000;
    this.now = options.now ?? Date.now;
    this.workspaceId = options.workspaceId;

    // Listen from the start, so edits made while load() runs are saved too; content
    // written before this persistence existed (e.g. a template) is saved once here.
    doc.on('update', this.handleUpdate);
    if (doc.store.clients.size > 0) this.enqueue(Y.encodeStateAsUpdate(doc), true);
  }

  async load(): Promise<LoadReport> {
    const rows = await this.db.updates.where('docId').equals(this.docId).toArray();
    const good: UpdateRow[] = [];
    const bad: Array<{ row: UpdateRow; reason: string }> = [];
    for (const row of rows) {
      const reason = whyNotAnUpdate(row.bytes);
      if (reason === null) good.push(row);
      else bad.push({ row, reason });
    }

    const applied = this.applyRows(good);
    for (const row of good) if (!applied.includes(row)) bad.push({ row, reason: 'update could not be applied' });

    this.deltaRows = 0;
    this.deltaBytes = 0;
    this.snapshotBytes = 0;
    for (const row of applied) {
      if (row.kind === 'snapshot') this.snapshotBytes += row.bytes.byteLength;
      else {
        this.deltaRows += 1;
        this.deltaBytes += row.bytes.byteLength;
      }
    }
    // Not fatal: rows left in place are skipped again next time and retried by compaction.
    if (bad.length > 0) await this.quarantine(bad).catch(() => undefined);

    const store = this.doc.store;
    return {
      rows: rows.length,
      bytes: applied.reduce((sum, row) => sum + row.bytes.byteLength, 0),
      corruptRows: bad.length,
      missingHistory: store.pendingStructs !== null || store.pendingDs !== null,
    };
  }

  /** Writes buffered updates now (page hide, before close, "retry now"). Rejects if the write fails; the updates stay buffered. */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.writing) await this.writing.catch(() => undefined);
    if (this.buffer.length === 0) return;
    const write = this.writeBuffer();
    this.writing = write;
    try {
      await write;
    } finally {
      this.writing = null;
      if (this.buffer.length > 0) this.schedule();
    }
  }

  /** Flushes, then stops listening. Rejects if the last flush failed (those edits are then only in the Y.Doc). */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    try {
      await this.flush();
    } finally {
      this.doc.off('update', this.handleUpdate);
      this.destroyed = true;
      this.clearTimer();
      this.clearQuietCompaction(); // done next time the document is open
    }
    if (this.buffer.length > 0) await this.flush();
  }

  getStatus(): SaveStatus {
    return this.status;
  }

  onStatus(listener: StatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sum of the stored update bytes of this doc. */
  async storedBytes(): Promise<number> {
    const rows = await this.db.updates.where('docId').equals(this.docId).toArray();
    return rows.reduce((sum, row) => sum + (row.bytes instanceof Uint8Array ? row.bytes.byteLength : 0), 0);
  }

  private readonly handleUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    if (origin === this) return;
    // `local` is false for updates applied from elsewhere (network, other tabs).
    this.enqueue(update, transaction.local);
  };

  private enqueue(update: Uint8Array, local: boolean): void {
    this.buffer.push(update);
    this.pendingUpdates += 1;
    if (this.quietCompactionTimer !== null) this.scheduleQuietCompaction(); // still busy: wait longer
    if (local) this.pendingLocalChange = true;
    this.setStatus({ state: this.status.state === 'error' || this.writing ? this.status.state : 'pending' });
    this.schedule();
  }

  /** Throttle, not debounce: a scheduled write is never pushed back by newer updates. */
  private schedule(): void {
    if (this.timer !== null || this.writing || this.destroyed || this.buffer.length === 0) return;
    const delay =
      this.failures > 0
        ? this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length) - 1]
        : this.saveDelayMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(() => undefined); // reported through the status; retried by schedule()
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async writeBuffer(): Promise<void> {
    const merged = ownBytes(Y.mergeUpdates(this.buffer));
    const count = this.pendingUpdates;
    const local = this.pendingLocalChange;
    this.buffer = [];
    this.pendingLocalChange = false;
    if (this.status.state !== 'error') this.setStatus({ state: 'saving' });
    try {
      if (!(await this.compactIfDue(merged.byteLength, local))) await this.appendDelta(merged, local);
    } catch (error) {
      this.buffer.unshift(merged);
      this.pendingLocalChange ||= local;
      this.failures += 1;
      this.setStatus({ state: 'error', error: classifySaveError(error) });
      throw error;
    }
    this.failures = 0;
    this.pendingUpdates -= count;
    this.setStatus({
      state: this.pendingUpdates > 0 ? 'pending' : 'saved',
      error: undefined,
      lastSavedAt: this.now(),
    });
  }

  private async appendDelta(bytes: Uint8Array, local: boolean): Promise<void> {
    const now = this.now();
    await this.db.transaction('rw', this.db.updates, this.db.docMeta, async () => {
      await this.db.updates.add({ docId: this.docId, bytes, kind: 'delta', createdAt: now });
      await this.writeMeta(now, local);
    });
    this.deltaRows += 1;
    this.deltaBytes += bytes.byteLength;
  }

  /**
   * Replaces all rows of the doc with one snapshot when deltas pile up. Returns false
   * when not due or when it failed (then nothing changed on disk: one transaction),
   * so the caller appends a delta instead and saving never depends on compaction.
   */
  private async compactIfDue(nextDeltaBytes: number, local: boolean): Promise<boolean> {
    const byteLimit = Math.max(this.minCompactionBytes, this.snapshotBytes / 2);
    const due =
      this.deltaRows + 1 > this.maxDeltaRows || this.deltaBytes + nextDeltaBytes > byteLimit;
    if (!due || this.deltaRows < this.compactionRetryAtRows) return false;
    if (this.snapshotBytes > this.inlineCompactionMaxBytes) {
      if (this.quietCompactionTimer === null) this.scheduleQuietCompaction();
      return false;
    }
    try {
      await this.compact(local);
      this.compactionRetryAtRows = 0;
      return true;
    } catch {
      this.compactionRetryAtRows = this.deltaRows + this.maxDeltaRows;
      return false;
    }
  }

  private scheduleQuietCompaction(): void {
    this.clearQuietCompaction();
    this.quietCompactionTimer = setTimeout(() => {
      this.quietCompactionTimer = null;
      void this.compactWhenIdle();
    }, this.quietCompactionDelayMs);
  }

  private clearQuietCompaction(): void {
    if (this.quietCompactionTimer !== null) clearTimeout(this.quietCompactionTimer);
    this.quietCompactionTimer = null;
  }

  /** Runs under the same lock as writes, so rows never change under a compaction. */
  private async compactWhenIdle(): Promise<void> {
    if (this.destroyed) return;
    while (this.writing) await this.writing.catch(() => undefined);
    if (this.destroyed || this.buffer.length > 0) return this.scheduleQuietCompaction();
    const run = this.compact(false);
    this.writing = run;
    try {
      await run;
      this.compactionRetryAtRows = 0;
    } catch {
      this.compactionRetryAtRows = this.deltaRows + this.maxDeltaRows; // rows unchanged; try again later
    } finally {
      this.writing = null;
      if (this.buffer.length > 0) this.schedule();
    }
  }

  private async compact(local: boolean): Promise<void> {
    const now = this.now();
    let snapshotBytes = 0;
    await this.db.transaction('rw', this.db.updates, this.db.docMeta, this.db.quarantine, async () => {
      const rows = await this.db.updates.where('docId').equals(this.docId).toArray();
      // The doc's state goes first: on equal clocks mergeUpdates keeps the first
      // update's structs, and the doc's are already merged (≈1 byte per typed char).
      // Rows on disk are merged too, in case another tab wrote what this doc lacks.
      const state = Y.encodeStateAsUpdate(this.doc);
      let snapshot: Uint8Array;
      try {
        snapshot = Y.mergeUpdates([state, ...rows.map((row) => row.bytes)]);
      } catch {
        const bad = rows.flatMap((row) => {
          const reason = whyNotAnUpdate(row.bytes);
          return reason === null ? [] : [{ row, reason }];
        });
        await this.quarantine(bad);
        const good = rows.filter((row) => !bad.some((entry) => entry.row === row));
        snapshot = Y.mergeUpdates([state, ...good.map((row) => row.bytes)]);
      }
      snapshot = ownBytes(snapshot);
      await this.db.updates.bulkDelete(rows.map((row) => row.id as number));
      await this.db.updates.add({ docId: this.docId, bytes: snapshot, kind: 'snapshot', createdAt: now });
      snapshotBytes = snapshot.byteLength;
      await this.writeMeta(now, local, snapshotBytes);
    });
    this.snapshotBytes = snapshotBytes;
    this.deltaRows = 0;
    this.deltaBytes = 0;
  }

  /** Call inside a transaction that includes docMeta. */
  private async writeMeta(now: number, local: boolean, snapshotBytes?: number): Promise<void> {
    const previous = await this.db.docMeta.get(this.docId);
    const row: DocMetaRow = {
      docId: this.docId,
      workspaceId: this.workspaceId !== undefined ? this.workspaceId : (previous?.workspaceId ?? null),
      lastEditAt: local ? now : (previous?.lastEditAt ?? 0),
      snapshotBytes: snapshotBytes ?? previous?.snapshotBytes ?? 0,
      updatedAt: now,
    };
    await this.db.docMeta.put(row);
  }

  /** Applies decodable rows in one update; if that throws, row by row, and returns the rows that applied. */
  private applyRows(rows: UpdateRow[]): UpdateRow[] {
    // Row by row inside one transaction: observers (the editor) see one change, and no
    // merge pass is needed — merging would decode and re-encode a large snapshot again.
    const applied: UpdateRow[] = [];
    // Not listening meanwhile: Yjs encodes an 'update' event's bytes only when someone
    // listens, and re-encoding a 200-page snapshot we are reading anyway is wasted time.
    // Applying is synchronous, so no other edit can slip through unsaved.
    this.doc.off('update', this.handleUpdate);
    try {
      this.doc.transact(() => {
        for (const row of rows) {
          try {
            Y.applyUpdate(this.doc, row.bytes, this);
            applied.push(row);
          } catch {
            // Rare: decodable but not applicable. Left out; quarantined by the caller.
          }
        }
      }, this);
    } finally {
      if (!this.destroyed) this.doc.on('update', this.handleUpdate);
    }
    return applied;
  }

  /** Moves rows aside in one transaction: never deleted, so a bad row can still be examined or recovered. */
  private async quarantine(entries: Array<{ row: UpdateRow; reason: string }>): Promise<void> {
    if (entries.length === 0) return;
    const movedAt = this.now();
    await this.db.transaction('rw', this.db.updates, this.db.quarantine, async () => {
      await this.db.quarantine.bulkAdd(
        entries.map(({ row, reason }) => ({
          docId: this.docId,
          bytes: row.bytes,
          reason,
          movedAt,
          originalKind: row.kind,
          originalCreatedAt: row.createdAt,
        })),
      );
      await this.db.updates.bulkDelete(entries.map(({ row }) => row.id as number));
    });
  }

  private setStatus(patch: Partial<SaveStatus>): void {
    const next: SaveStatus = { ...this.status, ...patch, pendingUpdates: this.pendingUpdates };
    if (next.error === undefined) delete next.error;
    this.status = next;
    for (const listener of this.listeners) listener(next);
  }
}
