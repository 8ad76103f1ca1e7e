/**
 * The provider the Lexical collaboration plugin talks to. It leases the document's Y.Doc
 * from the registry: "connecting" means waiting until the doc is loaded from Dexie. When
 * the workspace is shared, the sync engine has leased the same doc and carries it over the
 * network; this provider's awareness is that doc's presence, so cursors travel with it.
 */
import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME, newDocumentDoc } from '../../shared/sync/document-doc';
import { hasContent, replayContentToObservers } from '../editor/collab/hydrate-from-yjs';
import type { Provider } from '@lexical/yjs';
import type { LoadReport } from '../storage/y-dexie-persistence';
import type { DocLease, DocRegistry } from './doc-registry';

type EventName = 'sync' | 'status' | 'update' | 'reload';
type AnyListener = (payload: never) => void;

export interface LocalProviderOptions {
  registry: DocRegistry;
  workspaceId: string;
  onLoaded: (report: LoadReport) => void;
  onLoadFailed: (error: unknown) => void;
}

export class LocalProvider implements Provider {
  readonly doc: Y.Doc;
  readonly awareness: Provider['awareness'];
  private readonly listeners = new Map<EventName, Set<AnyListener>>();
  private lease: DocLease | null;
  private connectedBefore = false;

  constructor(
    docId: string,
    private readonly options: LocalProviderOptions,
  ) {
    this.lease = options.registry.acquire(docId, { workspaceId: options.workspaceId, create: () => newDocumentDoc(docId) });
    this.doc = this.lease.doc;
    this.awareness = this.lease.awareness as unknown as Provider['awareness'];
  }

  connect(): Promise<void> {
    // Connecting again after a disconnect leases the same Y.Doc (the editor is bound to it).
    const lease = (this.lease ??= this.options.registry.acquire(this.doc.guid, { workspaceId: this.options.workspaceId, create: () => this.doc }));
    // The editor's binding attached its observers in the same commit, just before connecting:
    // whatever the doc holds now (loaded by sync, another screen, or a load that applied its
    // rows but has not finished) it has not seen, so it is replayed now. What arrives later
    // reaches the binding as ordinary events. Only on the first connect: after that the binding
    // has seen everything.
    const root = this.doc.get(DOCUMENT_ROOT_NAME, Y.XmlText);
    if (!this.connectedBefore && hasContent(root)) replayContentToObservers(this.doc, root, this);
    this.connectedBefore = true;
    return lease.ready.then(
      (persisted) => {
        if (this.lease !== lease) return;
        this.emit('status', { status: 'connected' });
        this.emit('sync', true);
        this.options.onLoaded(persisted.report);
      },
      (error: unknown) => this.options.onLoadFailed(error),
    );
  }

  disconnect(): void {
    const lease = this.lease;
    this.lease = null;
    // A failed final write stays visible in the save status; the doc keeps the text.
    void lease?.release().catch((error: unknown) => console.error('closing a document failed', error));
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
