/**
 * What the comment pieces of one open document share, outside React state: the editor
 * plugin (inside the Lexical composer) tells the header button whether text is selected
 * and the panel which threads lost their passage; the panel tells the plugin which thread
 * is active. Listeners are told only when a value actually changes, so typing (which moves
 * the selection on every keystroke) does not make React commit.
 */
import type { LexicalEditor } from 'lexical';
import type { PassageAnchors } from '../../editor/collab/lexical-anchors';

export interface CommentsSnapshot {
  hasSelection: boolean;
  activeThreadId: string | null;
  /** Threads whose passage was deleted (shown with their quote, labelled orphaned). */
  orphaned: ReadonlySet<string>;
  /** The passage a new comment is being written on. */
  draft: PassageAnchors | null;
}

export class CommentsSession {
  editor: LexicalEditor | null = null;
  private snapshot: CommentsSnapshot = { hasSelection: false, activeThreadId: null, orphaned: new Set(), draft: null };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): CommentsSnapshot => this.snapshot;

  private patch(patch: Partial<CommentsSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  setHasSelection(value: boolean): void {
    if (this.snapshot.hasSelection !== value) this.patch({ hasSelection: value });
  }

  setActiveThread(id: string | null): void {
    if (this.snapshot.activeThreadId !== id) this.patch({ activeThreadId: id });
  }

  setOrphaned(ids: ReadonlySet<string>): void {
    const current = this.snapshot.orphaned;
    if (current.size === ids.size && [...ids].every((id) => current.has(id))) return;
    this.patch({ orphaned: ids });
  }

  setDraft(draft: PassageAnchors | null): void {
    if (this.snapshot.draft !== draft) this.patch({ draft });
  }
}
