/**
 * The provider the Lexical collaboration plugin talks to while a document is
 * only on this computer: "connecting" means loading the doc from Dexie, after
 * which every change is saved. The network provider (sync) will sit beside it.
 */
import type * as Y from 'yjs';
import type { Provider } from '@lexical/yjs';
import { Awareness } from 'y-protocols/awareness';
import type { AccordDb } from '../storage/db';
import type { LoadReport } from '../storage/y-dexie-persistence';
import { openPersistedDoc, type PersistedDoc } from './persisted-doc';
import type { SaveStatusHub } from './save-status-hub';

type EventName = 'sync' | 'status' | 'update' | 'reload';
type AnyListener = (payload: never) => void;

export interface LocalProviderOptions {
  db: AccordDb;
  hub: SaveStatusHub;
  workspaceId: string;
  onLoaded: (report: LoadReport) => void;
  onLoadFailed: (error: unknown) => void;
}

export class LocalProvider implements Provider {
  readonly awareness: Provider['awareness'];
  private readonly listeners = new Map<EventName, Set<AnyListener>>();
  private opened: Promise<PersistedDoc | null> | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: LocalProviderOptions,
  ) {
    this.awareness = new Awareness(doc) as unknown as Provider['awareness'];
  }

  connect(): Promise<void> {
    if (this.opened) return this.opened.then(() => undefined);
    this.opened = openPersistedDoc(this.options.db, this.doc.guid, {
      workspaceId: this.options.workspaceId,
      hub: this.options.hub,
      doc: this.doc,
    }).then(
      (persisted) => {
        this.emit('status', { status: 'connected' });
        this.emit('sync', true);
        this.options.onLoaded(persisted.report);
        return persisted;
      },
      (error: unknown) => {
        this.options.onLoadFailed(error);
        return null;
      },
    );
    return this.opened.then(() => undefined);
  }

  disconnect(): void {
    const opened = this.opened;
    this.opened = null;
    // A failed final write stays visible in the save status; the doc keeps the text.
    void opened?.then((persisted) => persisted?.close()).catch((error: unknown) => console.error('closing a document failed', error));
    this.emit('status', { status: 'disconnected' });
  }

  on(type: EventName, listener: AnyListener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  off(type: EventName, listener: AnyListener): void {
    this.listeners.get(type)?.delete(listener);
  }

  private emit(type: EventName, payload: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) (listener as (value: unknown) => void)(payload);
  }
}
