/**
 * Collects a workspace into a `.accord` file's content: every Y.Doc of the workspace
 * — its own doc, its people doc, each listed document. Pending edits of open docs are
 * written to storage first, then each doc's stored rows are read; merging them into
 * one update per doc (`mergeCollected`) happens in the file worker with the encoding,
 * so the main thread only waits on IndexedDB and typing is never held up. When some
 * change could not be stored (a write failing), open docs are taken from memory
 * instead. Stops between documents when cancelled.
 */
import * as Y from 'yjs';
import type { AccordFileContent, AccordFilePart, AccordPartKind } from '../../../shared/files/accord-file';
import { peopleDocId } from '../../../shared/sync/people-doc';
import { listDocumentEntries, readProfile } from '../../../shared/sync/workspace-doc';
import type { DocRegistry } from '../../collab/doc-registry';
import { nextTask } from '../../collab/next-task';
import type { SaveStatusHub } from '../../collab/save-status-hub';
import type { AccordDb } from '../../storage/db';
import { whyNotAnUpdate } from '../../storage/update-bytes';
import { FileFailure, throwIfCancelled } from './file-errors';

export interface CollectDeps {
  db: AccordDb;
  docs: DocRegistry;
  /** Writes what open docs hold in memory; without it, open docs are read from memory. */
  hub?: SaveStatusHub;
}

export interface Progress {
  done: number;
  total: number;
}

export interface CollectOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  appVersion?: string;
}

/** One doc as collected: its stored rows (or its state from memory), merged later. */
export interface CollectedPart {
  docId: string;
  kind: AccordPartKind;
  updates: Uint8Array[];
}

export interface CollectedWorkspace extends Omit<AccordFileContent, 'parts'> {
  parts: CollectedPart[];
}

async function storedRows(db: AccordDb, docId: string): Promise<Uint8Array[]> {
  const rows = await db.updates.where('docId').equals(docId).toArray();
  return rows.map((row) => row.bytes).filter((bytes): bytes is Uint8Array => bytes instanceof Uint8Array && bytes.byteLength > 0);
}

/**
 * One update per doc from its rows. Rows are what the app wrote (a row that fails to
 * load is quarantined when its doc opens), so they are not parsed one by one first —
 * that would cost as much as the merge; only when merging fails are the rows that are
 * not updates left out.
 */
export function mergeRows(updates: readonly Uint8Array[]): Uint8Array | null {
  if (updates.length === 0) return null;
  if (updates.length === 1) return updates[0]!;
  try {
    return Y.mergeUpdates([...updates]);
  } catch {
    const good = updates.filter((bytes) => whyNotAnUpdate(bytes) === null);
    if (good.length === 0) return null;
    return good.length === 1 ? good[0]! : Y.mergeUpdates(good);
  }
}

/** The file content of what was collected (run in the file worker; here in tests). */
export function mergeCollected(collected: CollectedWorkspace): AccordFileContent {
  const parts: AccordFilePart[] = [];
  for (const part of collected.parts) {
    const update = mergeRows(part.updates);
    if (update) parts.push({ docId: part.docId, kind: part.kind, update });
  }
  return { ...collected, parts };
}

export async function collectWorkspace(deps: CollectDeps, workspaceId: string, options: CollectOptions = {}): Promise<CollectedWorkspace> {
  const { signal, onProgress } = options;
  if (deps.hub) await deps.hub.flushAll();
  const fromMemory = !deps.hub || deps.hub.hasUnsavedChanges();
  const read = async (docId: string): Promise<Uint8Array[]> => {
    const live = fromMemory ? deps.docs.peek(docId) : null;
    return live ? [Y.encodeStateAsUpdate(live)] : storedRows(deps.db, docId);
  };

  // The list of documents, from the open workspace doc or from storage.
  const workspaceRows = await read(workspaceId);
  const open = deps.docs.peek(workspaceId);
  let documentIds: string[];
  let name: string;
  if (open) {
    documentIds = listDocumentEntries(open).map((entry) => entry.id);
    name = readProfile(open)?.name ?? '';
  } else {
    const merged = mergeRows(workspaceRows);
    if (!merged) throw new FileFailure('not-found', `workspace ${workspaceId} has no stored state`);
    const doc = new Y.Doc({ guid: workspaceId });
    Y.applyUpdate(doc, merged);
    documentIds = listDocumentEntries(doc).map((entry) => entry.id);
    name = readProfile(doc)?.name ?? '';
    doc.destroy();
  }

  const parts: CollectedPart[] = [{ docId: workspaceId, kind: 'workspace', updates: workspaceRows }];
  const others: Array<{ docId: string; kind: 'people' | 'document' }> = [
    { docId: peopleDocId(workspaceId), kind: 'people' },
    ...documentIds.map((docId) => ({ docId, kind: 'document' as const })),
  ];
  const total = others.length + 1;
  onProgress?.({ done: 1, total });
  for (const [index, { docId, kind }] of others.entries()) {
    await nextTask();
    throwIfCancelled(signal);
    const updates = await read(docId);
    if (updates.length > 0) parts.push({ docId, kind, updates });
    onProgress?.({ done: index + 2, total });
  }
  throwIfCancelled(signal);
  return { workspaceId, name, savedAt: new Date().toISOString(), appVersion: options.appVersion ?? '', parts };
}
