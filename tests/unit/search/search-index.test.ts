import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BlockList } from '../../../shared/model/template';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { writeBlocksToYDoc } from '../../../renderer/editor/blocks/blocks-to-ydoc';
import { DocRegistry } from '../../../renderer/collab/doc-registry';
import { SaveStatusHub } from '../../../renderer/collab/save-status-hub';
import { deleteDocumentData, deleteWorkspaceData, storeNewWorkspace } from '../../../renderer/storage/repositories';
import { docTextRow, loadIndex, searchRows } from '../../../renderer/features/search/search-index';
import { freshDb } from '../storage/storage-test-helpers';
import type { AccordDb } from '../../../renderer/storage/db';

const MOU: BlockList = [
  { type: 'heading', level: 1, text: 'Memorandum of Understanding' },
  { type: 'paragraph', text: 'The Parties agree to share information openly.' },
  { type: 'bullets', items: ['Décisions by consensus', 'A steering committee meets monthly'] },
  { type: 'paragraph', text: [{ text: 'Budget', formats: ['bold'] }, ' lines are decided by the steering committee.'] },
];
const TOR: BlockList = [{ type: 'paragraph', text: 'Terms of reference: the committee decides by consent.' }];

function contentDoc(id: string, blocks: BlockList): Y.Doc {
  const doc = newDocumentDoc(id);
  writeBlocksToYDoc(doc, blocks);
  return doc;
}

const dbs: AccordDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close();
});

async function workspaceWith(docs: Record<string, BlockList>): Promise<{ db: AccordDb; registry: DocRegistry }> {
  const db = freshDb();
  dbs.push(db);
  await storeNewWorkspace(
    db,
    { id: 'ws_1', name: 'W', purpose: '', form: 'network', createdAt: 1, updatedAt: 1, isExample: false },
    Object.entries(docs).map(([docId, blocks]) => ({ docId, bytes: Y.encodeStateAsUpdate(contentDoc(docId, blocks)) })),
  );
  return { db, registry: new DocRegistry(db, new SaveStatusHub()) };
}

describe('search index', () => {
  it('indexes a document block by block and finds matches with their block and snippet', () => {
    const row = docTextRow('mou', 'ws_1', contentDoc('mou', MOU));
    expect(row.starts).toHaveLength(4);
    const results = searchRows([{ id: 'mou', title: 'MoU 2025' }], [row], 'STEERING committee');
    expect(results).toHaveLength(1);
    expect(results[0]!.count).toBe(2);
    expect(results[0]!.hits.map((hit) => hit.block)).toEqual([2, 3]);
    expect(results[0]!.hits[1]!.parts).toEqual([
      { text: 'Budget lines are decided by the ', match: false },
      { text: 'steering committee', match: true },
      { text: '.', match: false },
    ]);
    // Accent-insensitive, and the highlight covers the original (accented) text.
    const accented = searchRows([{ id: 'mou', title: 'MoU' }], [row], 'decisions')[0]!;
    expect(accented.hits[0]!.parts.find((part) => part.match)?.text).toBe('Décisions');
  });

  it('matches titles, puts them first, and leaves out documents without a match', () => {
    const rows = [docTextRow('mou', 'ws_1', contentDoc('mou', MOU)), docTextRow('tor', 'ws_1', contentDoc('tor', TOR))];
    const entries = [
      { id: 'mou', title: 'Memorandum' },
      { id: 'tor', title: 'Committee terms' },
    ];
    const results = searchRows(entries, rows, 'committee');
    expect(results.map((result) => result.docId)).toEqual(['tor', 'mou']);
    expect(results[0]!.titleParts?.find((part) => part.match)?.text).toBe('Committee');
    expect(searchRows(entries, rows, 'nowhere')).toEqual([]);
    expect(searchRows(entries, rows, '   ')).toEqual([]);
  });

  it('builds missing rows through the registry, reuses fresh ones, and rebuilds stale ones', async () => {
    const { db, registry } = await workspaceWith({ mou: MOU, tor: TOR });
    const first = await loadIndex({ db, docs: registry }, 'ws_1', ['mou', 'tor']);
    expect(first.built).toBe(2);
    expect(await db.docText.count()).toBe(2);
    const second = await loadIndex({ db, docs: registry }, 'ws_1', ['mou', 'tor']);
    expect(second.built).toBe(0);
    expect(searchRows([{ id: 'tor', title: 'ToR' }], second.rows, 'consent')[0]?.count).toBe(1);
    // A change stored after the row was written makes it stale.
    await db.docMeta.update('tor', { updatedAt: Date.now() + 60_000 });
    expect((await loadIndex({ db, docs: registry }, 'ws_1', ['mou', 'tor'])).built).toBe(1);
  });

  it('deletes the rows with their document and with their workspace', async () => {
    const { db, registry } = await workspaceWith({ mou: MOU, tor: TOR });
    await loadIndex({ db, docs: registry }, 'ws_1', ['mou', 'tor']);
    await deleteDocumentData(db, 'mou');
    expect(await db.docText.toCollection().primaryKeys()).toEqual(['tor']);
    await deleteWorkspaceData(db, 'ws_1', []);
    expect(await db.docText.count()).toBe(0);
  });
});
