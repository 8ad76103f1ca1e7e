/**
 * One Y.Doc per document id in this window. The editor, the workspace screens and the
 * sync engine all lease docs from here, so that what the network brings in is what the
 * editor shows, and one persistence saves it. A doc is loaded on first lease and saved
 * and closed when the last lease is released.
 */
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { AccordDb } from '../storage/db';
import { openPersistedDoc, type PersistedDoc } from './persisted-doc';
import type { SaveStatusHub } from './save-status-hub';

export interface DocLease {
  readonly doc: Y.Doc;
  /** Presence for this doc (cursors in a document, who is where in the workspace doc). */
  readonly awareness: Awareness;
  /** Resolves once the doc holds what is stored on this computer. */
  readonly ready: Promise<PersistedDoc>;
  /** Idempotent; the last release saves what is pending and closes the doc. */
  release(): Promise<void>;
}

export interface LeaseOptions {
  workspaceId: string | null;
  /** Builds the doc on first lease (e.g. the people doc, which has its own gc setting). */
  create?: () => Y.Doc;
}

/**
 * Told about each doc once it is loaded (the search indexer watches documents this way);
 * what it returns is called when the doc closes.
 */
export type LoadedListener = (docId: string, doc: Y.Doc, workspaceId: string | null) => (() => void) | void;

interface Entry {
  doc: Y.Doc;
  workspaceId: string | null;
  /** What loaded-listeners asked to run when the doc closes. */
  onClose: Array<() => void>;
  awareness: Awareness;
  opened: Promise<PersistedDoc>;
  leases: number;
  closing: Promise<void> | null;
  loaded: boolean;
}

export class DocRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly loadedListeners = new Set<LoadedListener>();

  constructor(
    private readonly db: AccordDb,
    private readonly hub: SaveStatusHub,
  ) {}

  acquire(docId: string, options: LeaseOptions): DocLease {
    let entry = this.entries.get(docId);
    if (!entry || entry.closing) {
      // A doc still closing is saved and detached first, so two persistences never overlap.
      const previous = entry?.closing ?? Promise.resolve();
      const doc = options.create?.() ?? new Y.Doc({ guid: docId });
      const fresh: Entry = {
        doc,
        workspaceId: options.workspaceId,
        onClose: [],
        awareness: new Awareness(doc),
        leases: 0,
        closing: null,
        loaded: false,
        opened: previous.then(() => openPersistedDoc(this.db, docId, { workspaceId: options.workspaceId, hub: this.hub, doc })),
      };
      fresh.opened.then(
        () => {
          fresh.loaded = true;
          if (!fresh.closing) for (const listener of this.loadedListeners) this.tell(listener, docId, fresh);
        },
        () => {}, // reported through each lease's `ready`
      );
      this.entries.set(docId, fresh);
      entry = fresh;
    }
    const leased = entry;
    leased.leases++;
    let released = false;
    return {
      doc: leased.doc,
      awareness: leased.awareness,
      ready: leased.opened,
      release: () => {
        if (released) return leased.closing ?? Promise.resolve();
        released = true;
        return this.release(docId, leased);
      },
    };
  }

  /** The doc if some lease holds it (sync uses this to find a doc the editor already has open). */
  peek(docId: string): Y.Doc | null {
    const entry = this.entries.get(docId);
    return entry && !entry.closing ? entry.doc : null;
  }

  /** Calls `listener` for every doc loaded from now on and, at once, for those already loaded. Returns the unsubscribe. */
  onLoaded(listener: LoadedListener): () => void {
    this.loadedListeners.add(listener);
    for (const [docId, entry] of this.entries) if (entry.loaded && !entry.closing) this.tell(listener, docId, entry);
    return () => this.loadedListeners.delete(listener);
  }

  private tell(listener: LoadedListener, docId: string, entry: Entry): void {
    const onClose = listener(docId, entry.doc, entry.workspaceId);
    if (onClose) entry.onClose.push(onClose);
  }

  /** Releases everything (window closing): pending saves are written. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((docId) => this.forceClose(docId)));
  }

  private release(docId: string, entry: Entry): Promise<void> {
    entry.leases--;
    if (entry.leases > 0) return Promise.resolve();
    return this.forceClose(docId, entry);
  }

  private forceClose(docId: string, entry = this.entries.get(docId)): Promise<void> {
    if (!entry) return Promise.resolve();
    if (entry.closing) return entry.closing;
    entry.awareness.setLocalState(null);
    for (const onClose of entry.onClose.splice(0)) onClose();
    entry.closing = entry.opened
      .then((persisted) => persisted.close(), () => undefined)
      .finally(() => {
        entry.awareness.destroy();
        if (this.entries.get(docId) === entry) this.entries.delete(docId);
      });
    return entry.closing;
  }
}
