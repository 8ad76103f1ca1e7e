/**
 * Keeps a workspace's Y.Doc open (loaded from and saved to Dexie) while its
 * screens are shown, and derives what they display from it.
 */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { DocumentEntry } from '../../../shared/model/document';
import type { WorkspaceProfile } from '../../../shared/model/workspace';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import { listDocumentEntries, observeWorkspaceDoc, readDecisionRules, readProfile } from '../../../shared/sync/workspace-doc';
import { useServices } from '../../app/services';
import { asyncEffect } from '../../app/async-effect';
import { refreshWorkspaceIndex } from '../workspaces/workspace-actions';

export type WorkspaceSession =
  | { state: 'loading' }
  | { state: 'missing' }
  /** Joined through an invite: known here, its content still on the way from the relay. */
  | { state: 'arriving'; doc: Y.Doc }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; doc: Y.Doc; profile: WorkspaceProfile; documents: DocumentEntry[]; rules: DecisionRules };

export function useWorkspaceSession(workspaceId: string): WorkspaceSession {
  const services = useServices();
  const [session, setSession] = useState<WorkspaceSession>({ state: 'loading' });

  useEffect(() => {
    setSession({ state: 'loading' });
    return asyncEffect(async (isCancelled) => {
      const known = await services.db.workspaces.get(workspaceId);
      if (!known) {
        if (!isCancelled()) setSession({ state: 'missing' });
        return;
      }
      const lease = services.docs.acquire(workspaceId, { workspaceId });
      let doc: Y.Doc;
      try {
        doc = (await lease.ready).doc;
      } catch (error) {
        void lease.release();
        throw error;
      }
      if (isCancelled()) return () => void lease.release(); // never publish a workspace no longer shown
      const publish = () => {
        const profile = readProfile(doc);
        if (!profile) return setSession({ state: 'arriving', doc });
        setSession({ state: 'ready', doc, profile, documents: listDocumentEntries(doc), rules: readDecisionRules(doc) });
      };
      const stopObserving = observeWorkspaceDoc(doc, () => {
        publish();
        void refreshWorkspaceIndex(services.db, workspaceId, doc);
      });
      publish();
      return () => {
        stopObserving();
        void lease.release();
      };
    }, (error) => setSession({ state: 'failed', error }));
  }, [services, workspaceId]);

  return session;
}
