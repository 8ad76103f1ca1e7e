/**
 * Erasing a member on request (GDPR), all the way down to storage. The people doc
 * garbage-collects what is deleted, so after `eraseMember` its state no longer
 * holds the member's personal data; but the update rows stored before still do,
 * and compaction merges old rows back in. So the doc's rows are replaced by one
 * snapshot encoded from the doc's own state.
 */
import * as Y from 'yjs';
import { eraseMember } from '../../../shared/sync/people-doc';
import type { AccordDb } from '../../storage/db';
import type { PersistedDoc } from '../../collab/persisted-doc';

/**
 * In one transaction: deletes every stored update row of `docId` (and any rows set
 * aside as damaged, which may hold the same data) and stores `doc`'s state as the
 * only snapshot. The state is encoded inside the transaction, so an update that
 * reached storage before it is in the snapshot; later ones are written after it.
 */
export async function rewriteDocStorage(db: AccordDb, docId: string, doc: Y.Doc): Promise<void> {
  await db.transaction('rw', db.updates, db.quarantine, async () => {
    const snapshot = Y.encodeStateAsUpdate(doc);
    await db.updates.where('docId').equals(docId).delete();
    await db.quarantine.where('docId').equals(docId).delete();
    await db.updates.add({ docId, bytes: snapshot, kind: 'snapshot', createdAt: Date.now() });
  });
}

/**
 * Erases the member in the open people doc, writes what is pending (so no buffered
 * update with the old data is written later), then rewrites the doc's storage.
 * Rejects when storage fails; the doc is erased already and a retry only needs the rewrite.
 */
export async function eraseMemberAndStorage(
  db: AccordDb,
  persisted: PersistedDoc,
  memberId: string,
  options: { placeholder: string; erasedOn: string },
): Promise<boolean> {
  const erased = eraseMember(persisted.doc, memberId, options);
  if (!erased) return false;
  await persisted.persistence.flush();
  await rewriteDocStorage(db, persisted.persistence.docId, persisted.doc);
  return true;
}
