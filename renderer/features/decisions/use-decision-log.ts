import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listDecisions, observeDecisionLog, type NumberedEntry } from '../../../shared/sync/decision-log';
import { rememberHashes } from './remembered-log';

/**
 * The decision log in its order, live. Each entry's hash is remembered on this computer
 * the first time it is seen (see remembered-log.ts).
 */
export function useDecisionLog(doc: Y.Doc, workspaceId: string): NumberedEntry[] {
  const [entries, setEntries] = useState(() => listDecisions(doc));
  useEffect(() => {
    const refresh = () => {
      const listed = listDecisions(doc);
      rememberHashes(workspaceId, listed);
      setEntries(listed);
    };
    refresh();
    return observeDecisionLog(doc, refresh);
  }, [doc, workspaceId]);
  return entries;
}
