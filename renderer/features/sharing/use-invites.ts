import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listInviteRecords, observeInvites, type InviteRecord } from '../../../shared/sync/invites-doc';

/** The workspace's invites, live (another editor may create or revoke one). */
export function useInvites(doc: Y.Doc): InviteRecord[] {
  const [records, setRecords] = useState(() => listInviteRecords(doc));
  useEffect(() => {
    setRecords(listInviteRecords(doc));
    return observeInvites(doc, () => setRecords(listInviteRecords(doc)));
  }, [doc]);
  return records;
}
