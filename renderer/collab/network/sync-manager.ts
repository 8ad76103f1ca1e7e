/**
 * Every shared workspace syncs while the app runs — not only the one on screen — so a
 * member's changes leave as soon as they are made and others' arrive in the background.
 * This is the one place that starts and stops workspace syncs.
 */
import type { AccordDb, SharingRow } from '../../storage/db';
import type { DocRegistry } from '../doc-registry';
import { WorkspaceSync, type PresenceUser } from './workspace-sync';

export interface SyncManagerDeps {
  db: AccordDb;
  registry: DocRegistry;
  WebSocketImpl: new (url: string, protocols?: string | string[]) => WebSocket;
  identity: () => PresenceUser;
}

export class SyncManager {
  private readonly syncs = new Map<string, WorkspaceSync>();
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribers = new Map<string, () => void>();

  constructor(private readonly deps: SyncManagerDeps) {}

  /** Starts the syncs of every workspace whose sharing is on. */
  async startAll(): Promise<void> {
    const rows = await this.deps.db.sharing.toArray();
    await Promise.all(rows.filter((row) => row.enabled).map((row) => this.run(row)));
  }

  running(): WorkspaceSync[] {
    return [...this.syncs.values()];
  }

  get(workspaceId: string): WorkspaceSync | null {
    return this.syncs.get(workspaceId) ?? null;
  }

  /** Stores the sharing settings and (re)starts the workspace's sync with them. */
  async enable(row: SharingRow): Promise<WorkspaceSync> {
    await this.deps.db.sharing.put({ ...row, enabled: true });
    return this.run({ ...row, enabled: true });
  }

  /** Stops syncing; the settings stay so sharing can be turned on again. */
  async disable(workspaceId: string): Promise<void> {
    await this.deps.db.sharing.update(workspaceId, { enabled: false });
    await this.halt(workspaceId);
  }

  /** Stops and forgets (the workspace is being deleted from this computer). */
  async forget(workspaceId: string): Promise<void> {
    await this.halt(workspaceId);
    await this.deps.db.sharing.delete(workspaceId);
  }

  /** Changes not yet on the relay, across all shared workspaces (the quit warning). */
  pendingTotal(): number {
    let total = 0;
    for (const sync of this.syncs.values()) total += sync.snapshot().pending;
    return total;
  }

  /** Presence names and colours changed: tell every relay. */
  announce(): void {
    for (const sync of this.syncs.values()) sync.announce();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.syncs.keys()].map((id) => this.halt(id)));
  }

  private async run(row: SharingRow): Promise<WorkspaceSync> {
    await this.halt(row.workspaceId);
    const sync = new WorkspaceSync(row, this.deps);
    this.syncs.set(row.workspaceId, sync);
    this.unsubscribers.set(row.workspaceId, sync.subscribe(this.changed));
    this.changed();
    await sync.start();
    return sync;
  }

  private async halt(workspaceId: string): Promise<void> {
    const sync = this.syncs.get(workspaceId);
    if (!sync) return;
    this.syncs.delete(workspaceId);
    this.unsubscribers.get(workspaceId)?.();
    this.unsubscribers.delete(workspaceId);
    this.changed();
    await sync.stop();
  }

  private readonly changed = (): void => {
    for (const listener of this.listeners) listener();
  };
}
