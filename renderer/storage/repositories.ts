/**
 * Small queries and removals the app needs. Content is never written here except as
 * snapshots of Y.Docs built in memory (a new workspace); edits go through Y.Docs and
 * their persistence; the rest touches derived rows or deletes whole docs.
 * Destroy a doc's YDexiePersistence before deleting its data, or its next flush writes it back.
 */
import type { AccordDb, DocMetaRow, WorkspaceIndexRow } from './db';

/** Workspaces for the home screen, most recently updated first. */
export function listWorkspaceIndex(db: AccordDb): Promise<WorkspaceIndexRow[]> {
  return db.workspaces.orderBy('updatedAt').reverse().toArray();
}

export async function putWorkspaceIndex(db: AccordDb, row: WorkspaceIndexRow): Promise<void> {
  await db.workspaces.put(row);
}

/**
 * Removes a workspace from this computer in one transaction: its index row and the
 * updates, docMeta, quarantine and search rows of `docIds` (the workspace doc and its
 * documents), of `workspaceId` itself (if the workspace doc uses it as its id), and of
 * any doc whose docMeta says it belongs to the workspace.
 */
export async function deleteWorkspaceData(db: AccordDb, workspaceId: string, docIds: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.workspaces, db.updates, db.docMeta, db.quarantine, db.sharing, db.syncState, db.docText], async () => {
    const linked = await db.docMeta.where('workspaceId').equals(workspaceId).primaryKeys();
    await db.docText.where('workspaceId').equals(workspaceId).delete();
    const ids = [...new Set([workspaceId, ...docIds, ...linked])];
    await db.updates.where('docId').anyOf(ids).delete();
    await db.quarantine.where('docId').anyOf(ids).delete();
    await db.docMeta.bulkDelete(ids);
    await db.docText.bulkDelete(ids);
    await db.syncState.bulkDelete(ids);
    await db.sharing.delete(workspaceId);
    await db.workspaces.delete(workspaceId);
  });
}

export async function deleteDocumentData(db: AccordDb, docId: string): Promise<void> {
  await db.transaction('rw', [db.updates, db.docMeta, db.quarantine, db.docText], async () => {
    await db.updates.where('docId').equals(docId).delete();
    await db.docText.delete(docId);
    await db.quarantine.where('docId').equals(docId).delete();
    await db.docMeta.delete(docId);
  });
}

/**
 * Stores a new workspace built in memory — one snapshot per Y.Doc, their docMeta rows
 * and the index row — in one transaction: one disk flush instead of one per document,
 * which is most of what a first launch waits for.
 */
export async function storeNewWorkspace(
  db: AccordDb,
  index: WorkspaceIndexRow,
  docs: ReadonlyArray<{ docId: string; bytes: Uint8Array }>,
): Promise<void> {
  const now = index.createdAt;
  await db.transaction('rw', [db.workspaces, db.updates, db.docMeta], async () => {
    await db.updates.bulkAdd(docs.map(({ docId, bytes }) => ({ docId, bytes, kind: 'snapshot' as const, createdAt: now })));
    await db.docMeta.bulkPut(
      docs.map(({ docId, bytes }) => ({ docId, workspaceId: index.id, lastEditAt: now, snapshotBytes: bytes.byteLength, updatedAt: now })),
    );
    await db.workspaces.put(index);
  });
}

/** docMeta rows by docId; docs without a row are absent from the map. */
export async function getDocMeta(db: AccordDb, docIds: readonly string[]): Promise<Map<string, DocMetaRow>> {
  const rows = await db.docMeta.bulkGet([...docIds]);
  const byId = new Map<string, DocMetaRow>();
  for (const row of rows) if (row) byId.set(row.docId, row);
  return byId;
}
