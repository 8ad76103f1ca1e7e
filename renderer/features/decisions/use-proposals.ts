import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listProposals, observeProposals, readProposal, type StoredProposal } from '../../../shared/sync/proposals-doc';

/** The workspace's proposals, live: others answer and close them from their computers. */
export function useProposals(doc: Y.Doc): StoredProposal[] {
  const [proposals, setProposals] = useState(() => listProposals(doc));
  useEffect(() => {
    setProposals(listProposals(doc));
    return observeProposals(doc, () => setProposals(listProposals(doc)));
  }, [doc]);
  return proposals;
}

/** One proposal, live; null when there is none (or it cannot be read). */
export function useProposal(doc: Y.Doc, id: string): StoredProposal | null {
  const [proposal, setProposal] = useState(() => readProposal(doc, id));
  useEffect(() => {
    setProposal(readProposal(doc, id));
    return observeProposals(doc, () => setProposal(readProposal(doc, id)));
  }, [doc, id]);
  return proposal;
}
