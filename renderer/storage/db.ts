/**
 * The local IndexedDB database (Dexie). Content lives in Yjs: `updates` holds a
 * document's Yjs updates (one compacted snapshot plus recent deltas); every other
 * table is derived from the Y.Docs and can be rebuilt from them.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { CollaborationForm } from '../../shared/model/workspace';

export type UpdateKind = 'snapshot' | 'delta';

export interface UpdateRow {
  id?: number;
  docId: string;
  bytes: Uint8Array;
  kind: UpdateKind;
  createdAt: number;
}

/** Derived from a document's updates; `lastEditAt` is when local content last changed. */
export interface DocMetaRow {
  docId: string;
  workspaceId: string | null;
  lastEditAt: number;
  /** Byte length of the document's latest snapshot row (drives compaction). */
  snapshotBytes: number;
  updatedAt: number;
}

/** Derived index of workspaces for the home screen (the workspace Y.Doc is the source). */
export interface WorkspaceIndexRow {
  id: string;
  name: string;
  purpose: string;
  form: CollaborationForm;
  createdAt: number;
  updatedAt: number;
  isExample: boolean;
}

/** An update row that could not be decoded, moved aside instead of deleted so it can be examined or recovered. */
export interface QuarantineRow {
  id?: number;
  docId: string;
  /** The row's original `bytes` value, whatever it was (not necessarily a Uint8Array). */
  bytes: unknown;
  reason: string;
  movedAt: number;
  originalKind?: unknown;
  originalCreatedAt?: unknown;
}

/**
 * How this computer shares a workspace (one row per shared workspace). The secret and
 * salt open a sealed workspace's traffic; they never leave this computer except in an
 * invite the user hands over.
 */
export interface SharingRow {
  workspaceId: string;
  relayUrl: string;
  /** This computer's invite token for the relay (the relay stores only its hash). */
  token: string;
  access: 'edit' | 'read';
  sealed: boolean;
  secret: Uint8Array;
  salt: Uint8Array;
  /** Off: the workspace stays on this computer; the settings are kept for turning it on again. */
  enabled: boolean;
  /** Whether this computer hosts the relay (Host on this computer). */
  hosting: boolean;
}

/**
 * A document's text for search, derived from its Y.Doc (rebuilt when missing or older than
 * the doc's last stored change). Blocks are joined with BLOCK_SEPARATOR (shared/model/search-text.ts);
 * `folded` is the same text folded for matching (case, accents), block by block.
 */
export interface DocTextRow {
  docId: string;
  workspaceId: string;
  text: string;
  /** Where each block starts in `text`. */
  starts: number[];
  folded: string;
  /** Where each block starts in `folded` (folding may change lengths). */
  foldedStarts: number[];
  indexedAt: number;
}

/** Changes of a doc not yet confirmed by the relay, kept across restarts. */
export interface SyncStateRow {
  docId: string;
  pending: number;
  updatedAt: number;
}

export class AccordDb extends Dexie {
  // `declare` so class-field semantics do not overwrite the tables Dexie installs.
  declare updates: EntityTable<UpdateRow, 'id'>;
  declare docMeta: EntityTable<DocMetaRow, 'docId'>;
  declare workspaces: EntityTable<WorkspaceIndexRow, 'id'>;
  declare quarantine: EntityTable<QuarantineRow, 'id'>;
  declare sharing: EntityTable<SharingRow, 'workspaceId'>;
  declare syncState: EntityTable<SyncStateRow, 'docId'>;
  declare docText: EntityTable<DocTextRow, 'docId'>;

  constructor(name = 'accord', options: DexieOptions = {}) {
    // Chromium commits IndexedDB writes "relaxed" by default: they survive a crash
    // of the app but not a power loss. 'strict' flushes to disk before a commit resolves.
    super(name, { chromeTransactionDurability: 'strict', ...options });

    // Schema history. Never edit a version that has shipped. To migrate, add
    // `this.version(N + 1).stores({ <only the tables whose indexes change> })`
    // with `.upgrade(async (tx) => { ... })` when existing rows must be rewritten;
    // `null` for a table deletes it. Derived tables (docMeta, workspaces) may
    // instead be cleared and rebuilt from the Y.Docs.
    this.version(1).stores({
      updates: '++id, docId',
      docMeta: 'docId, workspaceId',
      workspaces: 'id, updatedAt',
      quarantine: '++id, docId',
    });
    this.version(2).stores({
      sharing: 'workspaceId',
      syncState: 'docId',
    });
    // Derived search index: starts empty and fills itself from the Y.Docs.
    this.version(3).stores({
      docText: 'docId, workspaceId',
    });
  }
}

/** Tests pass `{ indexedDB, IDBKeyRange }` from fake-indexeddb. */
export function openAccordDb(name = 'accord', options?: DexieOptions): AccordDb {
  return new AccordDb(name, options);
}
