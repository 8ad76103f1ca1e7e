/**
 * Keeps a workspace's people doc (the member register) open while its screens are
 * shown, and derives the member list from it. Members an older version kept in the
 * workspace doc are moved here on first open; erasures made elsewhere reach storage here.
 */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { Member } from '../../../shared/model/members';
import { listPeople, newPeopleDoc, observePeople, peopleDocId, watchRemoteErasures } from '../../../shared/sync/people-doc';
import { moveLegacyMembers } from '../../../shared/sync/workspace-members';
import { useServices } from '../../app/services';
import { asyncEffect } from '../../app/async-effect';
import type { PersistedDoc } from '../../collab/persisted-doc';
import { rewriteDocStorage } from './erase-member';

export type PeopleSession =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; persisted: PersistedDoc; doc: Y.Doc; members: Member[] };

export function usePeopleSession(workspaceId: string, workspaceDoc: Y.Doc | null): PeopleSession {
  const services = useServices();
  const [session, setSession] = useState<PeopleSession>({ state: 'loading' });

  useEffect(() => {
    if (!workspaceDoc) return;
    setSession({ state: 'loading' });
    return asyncEffect(async (isCancelled) => {
      const lease = services.docs.acquire(peopleDocId(workspaceId), { workspaceId, create: () => newPeopleDoc(workspaceId) });
      let persisted: PersistedDoc;
      try {
        persisted = await lease.ready;
      } catch (error) {
        void lease.release();
        throw error;
      }
      if (isCancelled()) return () => void lease.release(); // never publish a register no longer shown
      const { doc } = persisted;
      moveLegacyMembers(workspaceDoc, doc);
      const publish = () => setSession({ state: 'ready', persisted, doc, members: listPeople(doc) });
      const stop = observePeople(doc, publish);
      // An erasure that arrives from another computer is carried down to this one's storage too.
      const stopErasures = watchRemoteErasures(doc, () => {
        void persisted.persistence
          .flush()
          .then(() => rewriteDocStorage(services.db, persisted.persistence.docId, doc))
          .catch((error: unknown) => console.error('Could not rewrite the register after an erasure', error));
      });
      publish();
      return () => {
        stop();
        stopErasures();
        void lease.release();
      };
    }, (error) => setSession({ state: 'failed', error }));
  }, [services, workspaceId, workspaceDoc]);

  return session;
}
