/**
 * Gathers the save status of every open document so the window can show one
 * honest summary ("All changes saved", "Saving…", or an error banner).
 */
import type { SaveStatus } from '../storage/y-dexie-persistence';

export type SaveSummary =
  | { state: 'saved' | 'saving' | 'pending' }
  | { state: 'error'; error: NonNullable<SaveStatus['error']> };

type Listener = (summary: SaveSummary) => void;

export class SaveStatusHub {
  private readonly statuses = new Map<string, SaveStatus>();
  private readonly flushers = new Map<string, () => Promise<void>>();
  private readonly listeners = new Set<Listener>();

  set(sourceId: string, status: SaveStatus): void {
    this.statuses.set(sourceId, status);
    this.emit();
  }

  remove(sourceId: string): void {
    this.flushers.delete(sourceId);
    if (this.statuses.delete(sourceId)) this.emit();
  }

  /** How to write `sourceId`'s pending changes at once (used when the window is hidden or closed). */
  setFlusher(sourceId: string, flush: () => Promise<void>): void {
    this.flushers.set(sourceId, flush);
  }

  /** Writes every open document's pending changes now; failures stay visible in the status. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.flushers.values()].map((flush) => flush().catch(() => undefined)));
  }

  summary(): SaveSummary {
    let saving = false;
    let pending = false;
    for (const status of this.statuses.values()) {
      if (status.state === 'error' && status.error) return { state: 'error', error: status.error };
      if (status.state === 'saving') saving = true;
      if (status.state === 'pending') pending = true;
    }
    if (saving) return { state: 'saving' };
    if (pending) return { state: 'pending' };
    return { state: 'saved' };
  }

  /** True while some change exists only in memory (used to warn before closing). */
  hasUnsavedChanges(): boolean {
    for (const status of this.statuses.values()) {
      if (status.pendingUpdates > 0 || status.state === 'error') return true;
    }
    return false;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    const summary = this.summary();
    for (const listener of this.listeners) listener(summary);
  }
}
