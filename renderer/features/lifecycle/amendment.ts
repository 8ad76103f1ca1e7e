/**
 * Starting an amendment: a new draft whose text is the adopted text as it stands, written
 * once into the new document's Y.Doc (like a template) before the draft is listed, and
 * listed together with its link to the adopted document.
 */
import type * as Y from 'yjs';
import type { DocumentEntry } from '../../../shared/model/document';
import { newId } from '../../../shared/model/ids';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { markAmendment } from '../../../shared/sync/document-lifecycle';
import { addDocumentEntry } from '../../../shared/sync/workspace-doc';
import type { DocRegistry } from '../../collab/doc-registry';
import { writeBlocksToYDoc } from '../../editor/blocks/blocks-to-ydoc';

export async function startAmendment(
  { docs }: { docs: DocRegistry },
  workspaceDoc: Y.Doc,
  workspaceId: string,
  original: { entry: DocumentEntry; doc: Y.Doc },
  title: string,
): Promise<string> {
  const id = newId('doc', (bytes) => crypto.getRandomValues(bytes));
  const blocks = documentBlocks(original.doc);
  const lease = docs.acquire(id, { workspaceId, create: () => newDocumentDoc(id) });
  try {
    writeBlocksToYDoc((await lease.ready).doc, blocks);
  } finally {
    await lease.release();
  }
  workspaceDoc.transact(() => {
    addDocumentEntry(workspaceDoc, { id, title: title.trim(), kind: original.entry.kind, createdAt: Date.now() });
    markAmendment(workspaceDoc, id, original.entry.id);
  });
  return id;
}
