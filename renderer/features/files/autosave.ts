/**
 * Saves every workspace to its `.accord` file in the Accord folder, without being
 * asked: a few seconds after the last change to any of its docs (and at least every
 * `maxWaitMs` under continuous typing), when the window is hidden or closing (best
 * effort), and once at start-up for workspaces never saved or changed since their
 * last save. A failed save is retried with backoff and shown until it succeeds;
 * nothing is dropped silently. Saves run one at a time, off the typing path.
 */
import type { AccordBridge } from '../../../shared/ipc/contract';
import type { DocRegistry } from '../../collab/doc-registry';
import type { SaveStatusHub } from '../../collab/save-status-hub';
import type { AccordDb } from '../../storage/db';
import { collectWorkspace } from './collect-workspace';
import { encodeFile } from './file-codec';
import { call, saveWorkspaceFile } from './file-bridge';
import { FileFailure, reasonOf, type FileFailureReason } from './file-errors';

export interface LastSave {
  path: string;
  savedAt: number;
}

export type AutosaveStatus =
  | { state: 'idle'; last: LastSave | null }
  | { state: 'pending' | 'saving'; last: LastSave | null }
  | { state: 'failed'; last: LastSave | null; reason: FileFailureReason; retryAt: number };

export interface AutosaveDeps {
  db: AccordDb;
  docs: DocRegistry;
  bridge: AccordBridge;
  /** Lets a save write open docs' pending edits first, then read everything from storage. */
  hub?: SaveStatusHub;
}

export interface AutosaveOptions {
  quietMs?: number;
  maxWaitMs?: number;
  retryDelaysMs?: readonly number[];
  /** Wait after start-up before the first catch-up save (the app is busy opening). */
  startupDelayMs?: number;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  now?: () => number;
}

const STORAGE_PREFIX = 'accord:file-saved:';
const DEFAULT_RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000] as const;

interface WorkspaceState {
  status: AutosaveStatus;
  /** When the first change not yet saved happened; null when nothing waits. */
  firstChangeAt: number | null;
  timer: ReturnType<typeof setTimeout> | null;
  failures: number;
  /** A change arrived while a save was running. */
  changedWhileSaving: boolean;
}

type Listener = (workspaceId: string, status: AutosaveStatus) => void;

export class WorkspaceAutosave {
  private readonly quietMs: number;
  private readonly maxWaitMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly startupDelayMs: number;
  private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  private readonly now: () => number;
  private readonly workspaces = new Map<string, WorkspaceState>();
  private readonly listeners = new Set<Listener>();
  private queue: Promise<void> = Promise.resolve();
  private appVersion: Promise<string> | null = null;
  private stopped = false;

  constructor(
    private readonly deps: AutosaveDeps,
    options: AutosaveOptions = {},
  ) {
    this.quietMs = options.quietMs ?? 3_000;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
    this.retryDelaysMs = options.retryDelaysMs?.length ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS;
    this.startupDelayMs = options.startupDelayMs ?? 1_500;
    this.storage = options.storage ?? localStorage;
    this.now = options.now ?? Date.now;
  }

  /** Watches every doc the window opens, and catches up on unsaved workspaces. Returns the stop function. */
  start(): () => void {
    this.stopped = false;
    const stopLoaded = this.deps.docs.onLoaded((_docId, doc, workspaceId) => {
      if (!workspaceId) return;
      const onUpdate = () => this.markChanged(workspaceId);
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    });
    const startup = setTimeout(() => void this.catchUp(), this.startupDelayMs);
    return () => {
      this.stopped = true;
      clearTimeout(startup);
      stopLoaded();
      for (const state of this.workspaces.values()) if (state.timer) clearTimeout(state.timer);
    };
  }

  status(workspaceId: string): AutosaveStatus {
    return this.state(workspaceId).status;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A doc of the workspace changed: save once it has been quiet a moment (or waited long enough). */
  markChanged(workspaceId: string): void {
    if (this.stopped) return;
    const state = this.state(workspaceId);
    if (state.status.state === 'saving') {
      state.changedWhileSaving = true;
      return;
    }
    const now = this.now();
    state.firstChangeAt ??= now;
    if (state.status.state === 'failed') return; // its retry is scheduled and will save the change too
    const delay = Math.max(0, Math.min(this.quietMs, state.firstChangeAt + this.maxWaitMs - now));
    this.schedule(workspaceId, delay);
    if (state.status.state !== 'pending') this.setStatus(workspaceId, { state: 'pending', last: state.status.last });
  }

  /** Saves now (what is waiting, or a save the user asked for). Resolves when written or failed. */
  saveNow(workspaceId: string): Promise<void> {
    const state = this.state(workspaceId);
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
    state.firstChangeAt ??= this.now();
    return this.enqueue(workspaceId);
  }

  /** Best effort when the window is hidden or closing: starts every waiting save at once. */
  flushPending(): void {
    for (const [workspaceId, state] of this.workspaces) {
      if (state.firstChangeAt !== null && state.status.state !== 'saving') void this.saveNow(workspaceId);
    }
  }

  /** Start-up: saves the workspaces never saved, or changed since their last save (e.g. closed before it ran). */
  async catchUp(): Promise<void> {
    const rows = await this.deps.db.workspaces.toArray();
    for (const row of rows) {
      if (this.stopped) return;
      const last = this.lastSave(row.id);
      let due = last === null;
      if (!due && last) {
        const metas = await this.deps.db.docMeta.where('workspaceId').equals(row.id).toArray();
        due = metas.some((meta) => meta.lastEditAt > last.savedAt) || row.updatedAt > last.savedAt;
      }
      if (due && this.state(row.id).firstChangeAt === null) void this.saveNow(row.id);
    }
  }

  private state(workspaceId: string): WorkspaceState {
    let state = this.workspaces.get(workspaceId);
    if (!state) {
      state = { status: { state: 'idle', last: this.lastSave(workspaceId) }, firstChangeAt: null, timer: null, failures: 0, changedWhileSaving: false };
      this.workspaces.set(workspaceId, state);
    }
    return state;
  }

  private schedule(workspaceId: string, delay: number): void {
    const state = this.state(workspaceId);
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = null;
      void this.enqueue(workspaceId);
    }, delay);
  }

  private enqueue(workspaceId: string): Promise<void> {
    const run = this.queue.then(() => this.save(workspaceId));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async save(workspaceId: string): Promise<void> {
    const state = this.state(workspaceId);
    if (this.stopped || state.firstChangeAt === null || state.status.state === 'saving') return;
    state.changedWhileSaving = false;
    state.firstChangeAt = null;
    const last = state.status.last;
    this.setStatus(workspaceId, { state: 'saving', last });
    try {
      const row = await this.deps.db.workspaces.get(workspaceId);
      if (!row) {
        // Deleted from this computer: nothing to save any more.
        this.workspaces.delete(workspaceId);
        this.storage.removeItem(STORAGE_PREFIX + workspaceId);
        return;
      }
      const content = await collectWorkspace(this.deps, workspaceId, { appVersion: await this.version() });
      const { base64 } = await encodeFile({ ...content, name: content.name || row.name });
      const saved = await saveWorkspaceFile(this.deps.bridge, workspaceId, content.name || row.name, base64);
      const record: LastSave = { path: saved.path, savedAt: saved.savedAt };
      this.storage.setItem(STORAGE_PREFIX + workspaceId, JSON.stringify(record));
      state.failures = 0;
      this.setStatus(workspaceId, { state: 'idle', last: record });
    } catch (error) {
      const reason = error instanceof FileFailure ? error.reason : reasonOf(error);
      console.warn(`Could not save the file of ${workspaceId}`, error);
      const delay = this.retryDelaysMs[Math.min(state.failures, this.retryDelaysMs.length - 1)]!;
      state.failures++;
      state.firstChangeAt ??= this.now();
      this.setStatus(workspaceId, { state: 'failed', last, reason, retryAt: this.now() + delay });
      this.schedule(workspaceId, delay);
      return;
    }
    if (state.changedWhileSaving) this.markChanged(workspaceId);
  }

  private version(): Promise<string> {
    this.appVersion ??= call(this.deps.bridge, 'app:get-info', undefined).then(
      (info) => info.version,
      () => '',
    );
    return this.appVersion;
  }

  private lastSave(workspaceId: string): LastSave | null {
    try {
      const value: unknown = JSON.parse(this.storage.getItem(STORAGE_PREFIX + workspaceId) ?? 'null');
      if (typeof value !== 'object' || value === null) return null;
      const { path, savedAt } = value as Record<string, unknown>;
      return typeof path === 'string' && typeof savedAt === 'number' ? { path, savedAt } : null;
    } catch {
      return null;
    }
  }

  private setStatus(workspaceId: string, status: AutosaveStatus): void {
    this.state(workspaceId).status = status;
    for (const listener of this.listeners) listener(workspaceId, status);
  }
}
