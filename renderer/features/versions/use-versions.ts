/** Live lists of a document's versions and endorsements, and the endorsements' checks. */
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { versionHash } from '../../../shared/model/version-hash';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import {
  ENDORSEMENTS_NAME,
  VERSIONS_NAME,
  endorsementStates,
  listEndorsements,
  listVersions,
  type EndorsementRecord,
  type EndorsementState,
  type VersionRecord,
} from '../../../shared/sync/document-versions';

function useArray<T>(doc: Y.Doc, name: string, read: (doc: Y.Doc) => T[]): T[] {
  const [items, setItems] = useState(() => read(doc));
  useEffect(() => {
    const array = doc.getArray(name);
    const refresh = () => setItems(read(doc));
    refresh();
    array.observeDeep(refresh);
    return () => array.unobserveDeep(refresh);
  }, [doc, name, read]);
  return items;
}

export function useVersions(doc: Y.Doc): VersionRecord[] {
  return useArray(doc, VERSIONS_NAME, listVersions);
}

export function useEndorsements(doc: Y.Doc): EndorsementRecord[] {
  return useArray(doc, ENDORSEMENTS_NAME, listEndorsements);
}

/** Rechecking reads and hashes the whole text: wait for a pause in typing. */
const RECHECK_DELAY_MS = 600;

/**
 * Each endorsement's state, rechecked after the text or the endorsements change; null until
 * the first check. Costs nothing for a document without endorsements.
 */
export function useEndorsementStates(doc: Y.Doc, endorsements: readonly EndorsementRecord[]): Map<string, EndorsementState> | null {
  const [states, setStates] = useState<Map<string, EndorsementState> | null>(null);
  const any = endorsements.length > 0;
  useEffect(() => {
    if (!any) {
      setStates(new Map());
      return;
    }
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Versions never change: each is read and hashed once; only the current text is rehashed.
    const recomputed = new Map<string, string>();
    let running = false;
    let again = false;
    const check = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const next = await endorsementStates(doc, await versionHash(documentBlocks(doc)), recomputed);
        if (live) setStates(next);
      } finally {
        running = false;
        if (again && live) {
          again = false;
          void check();
        }
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), RECHECK_DELAY_MS);
    };
    void check();
    doc.on('update', schedule);
    return () => {
      live = false;
      clearTimeout(timer);
      doc.off('update', schedule);
    };
  }, [doc, any, endorsements]);
  return states;
}
