import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AccordDb, WorkspaceIndexRow } from '../../../renderer/storage/db';
import {
  deleteDocumentData,
  deleteWorkspaceData,
  getDocMeta,
  listWorkspaceIndex,
  putWorkspaceIndex,
} from '../../../renderer/storage/repositories';
import { YDexiePersistence } from '../../../renderer/storage/y-dexie-persistence';
import { freshDb, rowsOf } from './storage-test-helpers';

function workspaceRow(id: string, updatedAt: number): WorkspaceIndexRow {
  return { id, name: `Network ${id}`, purpose: '', form: 'network', createdAt: 1, updatedAt, isExample: false };
}

/** Saves a doc through the real persistence, plus one quarantined row, like the app would leave them. */
async function saveDoc(db: AccordDb, docId: string, workspaceId: string): Promise<void> {
  const doc = new Y.Doc();
  const persistence = new YDexiePersistence(db, docId, doc, { workspaceId });
  doc.getText('t').insert(0, `text of ${docId}`);
  await persistence.destroy();
  await db.quarantine.add({ docId, bytes: new Uint8Array([9]), reason: 'test', movedAt: 0 });
}

async function everyDocId(db: AccordDb) {
  return {
    updates: [...new Set((await db.updates.toArray()).map((row) => row.docId))].sort(),
    docMeta: (await db.docMeta.toCollection().primaryKeys()).sort(),
    quarantine: [...new Set((await db.quarantine.toArray()).map((row) => row.docId))].sort(),
    workspaces: (await db.workspaces.toCollection().primaryKeys()).sort(),
  };
}

describe('storage repositories', () => {
  it('lists the workspace index most recently updated first', async () => {
    const db = freshDb();
    await putWorkspaceIndex(db, workspaceRow('ws_a', 10));
    await putWorkspaceIndex(db, workspaceRow('ws_b', 30));
    await putWorkspaceIndex(db, workspaceRow('ws_c', 20));
    await putWorkspaceIndex(db, { ...workspaceRow('ws_a', 40), name: 'Renamed' });
    const rows = await listWorkspaceIndex(db);
    expect(rows.map((row) => row.id)).toEqual(['ws_a', 'ws_b', 'ws_c']);
    expect(rows[0]!.name).toBe('Renamed');
  });

  it('deleteWorkspaceData removes exactly that workspace’s rows', async () => {
    const db = freshDb();
    await putWorkspaceIndex(db, workspaceRow('ws_1', 1));
    await putWorkspaceIndex(db, workspaceRow('ws_2', 2));
    for (const id of ['wsdoc_1', 'doc_1a', 'doc_1b']) await saveDoc(db, id, 'ws_1');
    for (const id of ['wsdoc_2', 'doc_2a']) await saveDoc(db, id, 'ws_2');
    // A document of ws_1 the caller no longer lists: found through docMeta.workspaceId.
    await saveDoc(db, 'doc_1_orphan', 'ws_1');
    const ws2Rows = await rowsOf(db, 'doc_2a');

    await deleteWorkspaceData(db, 'ws_1', ['wsdoc_1', 'doc_1a', 'doc_1b']);

    expect(await everyDocId(db)).toEqual({
      updates: ['doc_2a', 'wsdoc_2'],
      docMeta: ['doc_2a', 'wsdoc_2'],
      quarantine: ['doc_2a', 'wsdoc_2'],
      workspaces: ['ws_2'],
    });
    expect(await rowsOf(db, 'doc_2a')).toEqual(ws2Rows);
  });

  it('deleteDocumentData removes one document’s rows only', async () => {
    const db = freshDb();
    await saveDoc(db, 'doc_a', 'ws_1');
    await saveDoc(db, 'doc_b', 'ws_1');
    await deleteDocumentData(db, 'doc_a');
    expect(await everyDocId(db)).toEqual({ updates: ['doc_b'], docMeta: ['doc_b'], quarantine: ['doc_b'], workspaces: [] });
  });

  it('getDocMeta returns the rows that exist, keyed by docId', async () => {
    const db = freshDb();
    await saveDoc(db, 'doc_a', 'ws_1');
    const meta = await getDocMeta(db, ['doc_a', 'doc_missing']);
    expect([...meta.keys()]).toEqual(['doc_a']);
    expect(meta.get('doc_a')).toMatchObject({ workspaceId: 'ws_1', snapshotBytes: 0 });
    expect(meta.get('doc_a')!.lastEditAt).toBeGreaterThan(0);
  });
});
