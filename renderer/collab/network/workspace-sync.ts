/**
 * Carries one shared workspace over the relay while the app runs: the workspace doc, the
 * people doc and every document, each in its own room, through y-websocket providers whose
 * socket adds Accord's acknowledgements and, for sealed workspaces, encryption. Docs are
 * leased from the registry, so the editor and the network share one Y.Doc per document.
 */
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { listDocumentEntries, observeWorkspaceDoc } from '../../../shared/sync/workspace-doc';
import { newPeopleDoc, peopleDocId } from '../../../shared/sync/people-doc';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { connectionParams, roomName } from '../../../shared/sync/rooms';
import { deriveRoomKey } from '../../../shared/sync/sealing';
import { aclFromInvites, listInviteRecords, observeInvites } from '../../../shared/sync/invites-doc';
import { encodeAclUpdate, type AclUpdate } from '../../../shared/sync/relay-protocol';
import type { AccordDb, SharingRow } from '../../storage/db';
import { YDexiePersistence } from '../../storage/y-dexie-persistence';
import type { DocLease, DocRegistry } from '../doc-registry';
import { relaySocketClass, type RelaySocket } from './relay-socket';
import { SyncTracker, type LinkState } from './sync-tracker';

export interface WorkspaceSyncDeps {
  registry: DocRegistry;
  db: AccordDb;
  WebSocketImpl: new (url: string, protocols?: string | string[]) => WebSocket;
  /** Who this computer is in presence. */
  identity: () => PresenceUser;
}

export interface PresenceUser {
  name: string;
  color: string;
}

export interface PresenceEntry extends PresenceUser {
  clientId: number;
  /** The document that member has open, if any. */
  documentId: string | null;
  self: boolean;
}

export interface SyncSnapshot {
  link: LinkState;
  /** Local changes the relay has not confirmed storing, across the workspace's docs. */
  pending: number;
  readOnly: boolean;
  /** Stored records that did not open with this workspace's key (skipped). */
  undecryptable: number;
  docs: number;
}

interface Connection {
  lease: DocLease;
  provider: WebsocketProvider | null;
  tracker: SyncTracker;
  stop: () => void;
}

/** After a rate-limit close, y-websocket does not retry (44xx); the app does, after a pause. */
const RETRY_AFTER_RATE_LIMIT_MS = 5000;
const PERSIST_PENDING_MS = 1000;

export class WorkspaceSync {
  readonly workspaceId: string;
  private readonly connections = new Map<string, Connection>();
  private readonly keys = new Map<string, Promise<CryptoKey>>();
  private readonly listeners = new Set<() => void>();
  private readonly dirtyPending = new Set<string>();
  /** The pending count last written per doc (what syncState holds). */
  private readonly storedPending = new Map<string, number>();
  private persistTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private stopWorkspace: (() => void) | null = null;
  private location: string | null = null;
  private snapshotCache: SyncSnapshot | null = null;
  private lastSnapshot: SyncSnapshot | null = null;
  private aclWaiters: Array<() => void> = [];

  constructor(
    readonly sharing: SharingRow,
    private readonly deps: WorkspaceSyncDeps,
  ) {
    this.workspaceId = sharing.workspaceId;
  }

  get readOnly(): boolean {
    return this.sharing.access === 'read';
  }

  async start(): Promise<void> {
    const workspace = await this.connect(this.workspaceId);
    if (this.stopped || !workspace) return;
    const { doc } = workspace.lease;
    await this.connect(peopleDocId(this.workspaceId), () => newPeopleDoc(this.workspaceId));
    const followDocuments = () => {
      if (this.stopped) return;
      const wanted = new Set(listDocumentEntries(doc).map((entry) => entry.id));
      for (const id of wanted) if (!this.connections.has(id)) void this.connect(id, () => newDocumentDoc(id));
      for (const id of [...this.connections.keys()]) {
        if (id !== this.workspaceId && id !== peopleDocId(this.workspaceId) && !wanted.has(id)) this.disconnect(id);
      }
    };
    const stopDocs = observeWorkspaceDoc(doc, followDocuments);
    const stopInvites = observeInvites(doc, () => this.pushAcl());
    workspace.lease.awareness.on('change', this.changed);
    this.stopWorkspace = () => {
      stopDocs();
      stopInvites();
      workspace.lease.awareness.off('change', this.changed);
    };
    this.announce();
    followDocuments();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopWorkspace?.();
    await Promise.all([...this.connections.keys()].map((id) => this.disconnect(id)));
    await this.persistPending();
  }

  /** Tells the others which document this computer has open (null: the workspace's pages). */
  setLocation(documentId: string | null): void {
    this.location = documentId;
    this.announce();
  }

  /** Re-reads the presence identity (name or colour changed). */
  announce(): void {
    const awareness = this.connections.get(this.workspaceId)?.lease.awareness;
    awareness?.setLocalState({ user: this.deps.identity(), documentId: this.location });
  }

  presence(): PresenceEntry[] {
    const awareness = this.connections.get(this.workspaceId)?.lease.awareness;
    if (!awareness) return [];
    const out: PresenceEntry[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      const user = (state as { user?: Partial<PresenceUser> }).user;
      if (!user || typeof user.name !== 'string') continue;
      const documentId = (state as { documentId?: unknown }).documentId;
      out.push({
        clientId,
        name: user.name.slice(0, 100),
        color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#6b7280',
        documentId: typeof documentId === 'string' ? documentId : null,
        self: clientId === awareness.clientID,
      });
    }
    return out.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
  }

  snapshot(): SyncSnapshot {
    if (this.snapshotCache) return this.snapshotCache;
    const trackers = [...this.connections.values()].map((connection) => connection.tracker);
    const refused = trackers.find((tracker) => tracker.link.kind === 'refused');
    const offline = trackers.filter((tracker) => tracker.link.kind === 'offline');
    const connecting = trackers.some((tracker) => tracker.link.kind === 'connecting');
    let link: LinkState;
    if (refused) link = refused.link;
    else if (offline.length > 0) {
      link = { kind: 'offline', since: Math.min(...offline.map((tracker) => (tracker.link as { since: number }).since)) };
    } else if (connecting || trackers.length === 0) link = { kind: 'connecting' };
    else link = { kind: 'online' };
    const next: SyncSnapshot = {
      link,
      pending: this.readOnly ? 0 : trackers.reduce((sum, tracker) => sum + Math.max(0, tracker.pending), 0),
      readOnly: this.readOnly,
      undecryptable: trackers.reduce((sum, tracker) => sum + tracker.undecryptableCount, 0),
      docs: trackers.length,
    };
    // Same content, same object: views that compare by identity do not re-render.
    const previous = this.lastSnapshot;
    this.snapshotCache = previous && JSON.stringify(previous) === JSON.stringify(next) ? previous : next;
    this.lastSnapshot = this.snapshotCache;
    return this.snapshotCache;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends the relay the workspace's invites (grants and revocations) and resolves once it
   * has stored them; rejects when the relay cannot be reached now.
   */
  pushAcl(extra?: AclUpdate): Promise<void> {
    if (this.readOnly) return Promise.resolve();
    const connection = this.connections.get(this.workspaceId);
    const socket = connection?.provider?.ws as RelaySocket | null | undefined;
    if (!connection || !socket || !connection.provider?.wsconnected) return Promise.reject(new Error('offline'));
    const update = aclFromInvites(listInviteRecords(connection.lease.doc));
    if (extra) {
      update.grant = [...(update.grant ?? []), ...(extra.grant ?? [])];
      update.revoke = [...(update.revoke ?? []), ...(extra.revoke ?? [])];
    }
    return new Promise((resolve) => {
      this.aclWaiters.push(resolve);
      socket.sendControl(encodeAclUpdate(update));
    });
  }

  private async connect(docId: string, create?: () => Y.Doc): Promise<Connection | null> {
    const lease = this.deps.registry.acquire(docId, { workspaceId: this.workspaceId, create });
    const stored = await this.deps.db.syncState.get(docId).catch(() => undefined);
    this.storedPending.set(docId, stored?.pending ?? 0);
    const tracker = new SyncTracker(stored?.pending ?? 0, isRemoteOrigin, () => this.aclApplied(docId));
    const connection: Connection = { lease, provider: null, tracker, stop: () => {} };
    this.connections.set(docId, connection);
    try {
      await lease.ready;
    } catch (error) {
      console.error('A shared document could not be loaded; it is not synced', docId, error);
      tracker.markOffline();
      return connection;
    }
    if (this.stopped || this.connections.get(docId) !== connection) return null;

    // Counted before the provider sends: Yjs calls 'update' listeners in the order they were added.
    const onUpdate = tracker.onUpdate;
    lease.doc.on('update', onUpdate);
    const room = roomName(this.workspaceId, docId);
    const mode = this.sharing.sealed ? 'sealed' : 'plain';
    const provider = new WebsocketProvider(this.sharing.relayUrl, room, lease.doc, {
      awareness: lease.awareness,
      params: connectionParams(this.sharing.token, mode),
      WebSocketPolyfill: relaySocketClass({
        mode,
        readOnly: this.readOnly,
        key: this.sharing.sealed ? this.roomKey(room) : null,
        hooks: tracker,
        WebSocketImpl: this.deps.WebSocketImpl,
      }) as unknown as typeof WebSocket,
      disableBc: true,
      maxBackoffTime: 5000,
    });
    connection.provider = provider;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let wasOnline = false;
    const stopTracking = tracker.subscribe(() => {
      this.dirtyPending.add(docId);
      this.schedulePersist();
      // The relay learns the invites once per connection (later changes are pushed as they
      // are made), not on every change the tracker reports.
      const online = tracker.link.kind === 'online';
      if (online && !wasOnline && docId === this.workspaceId) this.pushAclQuietly();
      wasOnline = online;
      this.changed();
    });
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === 4429 && !retry) {
        retry = setTimeout(() => {
          retry = null;
          if (!this.stopped) provider.connect();
        }, RETRY_AFTER_RATE_LIMIT_MS);
      }
    };
    provider.on('connection-close', onClose);
    // Every doc keeps a (possibly empty) presence: its renewal every 15 s, echoed by the
    // relay, is what tells y-websocket the connection is alive.
    connection.stop = () => {
      if (retry) clearTimeout(retry);
      provider.off('connection-close', onClose);
      lease.doc.off('update', onUpdate);
      stopTracking();
      provider.destroy();
    };
    this.changed();
    return connection;
  }

  private disconnect(docId: string): Promise<void> {
    const connection = this.connections.get(docId);
    if (!connection) return Promise.resolve();
    this.connections.delete(docId);
    connection.stop();
    this.changed();
    return connection.lease.release();
  }

  private roomKey(room: string): Promise<CryptoKey> {
    let key = this.keys.get(room);
    if (!key) this.keys.set(room, (key = deriveRoomKey(this.sharing.secret, this.sharing.salt, room)));
    return key;
  }

  private pushAclQuietly(): void {
    if (this.readOnly || listInviteRecords(this.connections.get(this.workspaceId)!.lease.doc).length === 0) return;
    this.pushAcl().catch(() => {}); // pushed again on the next connection
  }

  private aclApplied(docId: string): void {
    if (docId !== this.workspaceId) return;
    this.aclWaiters.shift()?.();
  }

  private schedulePersist(): void {
    if (this.persistTimer) return;
    this.persistTimer = setTimeout(() => void this.persistPending(), PERSIST_PENDING_MS);
  }

  private async persistPending(): Promise<void> {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    // Only counts that changed since they were last stored: online typing confirms within
    // moments, so most seconds there is nothing to write.
    const rows = [...this.dirtyPending].flatMap((docId) => {
      const tracker = this.connections.get(docId)?.tracker;
      const pending = Math.max(0, tracker?.pending ?? 0);
      if (!tracker || this.storedPending.get(docId) === pending) return [];
      this.storedPending.set(docId, pending);
      return [{ docId, pending, updatedAt: Date.now() }];
    });
    this.dirtyPending.clear();
    if (rows.length > 0) await this.deps.db.syncState.bulkPut(rows).catch((error: unknown) => console.error('sync state not saved', error));
  }

  private readonly changed = (): void => {
    this.snapshotCache = null;
    for (const listener of this.listeners) listener();
  };
}

/** Changes the network or storage applied are not this computer's to send. */
function isRemoteOrigin(origin: unknown): boolean {
  return origin instanceof WebsocketProvider || origin instanceof YDexiePersistence;
}
