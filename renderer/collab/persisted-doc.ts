/**
 * A Y.Doc kept in step with its rows in Dexie. Every doc the app opens — the
 * workspace's own doc and each document's content — goes through here, so that
 * saving, status reporting and clean closing work the same way everywhere.
 */
import * as Y from 'yjs';
import type { AccordDb } from '../storage/db';
import { YDexiePersistence, type LoadReport } from '../storage/y-dexie-persistence';
import type { SaveStatusHub } from './save-status-hub';

export interface PersistedDoc {
  doc: Y.Doc;
  report: LoadReport;
  persistence: YDexiePersistence;
  /** Writes what is pending, then detaches. The doc stays readable. */
  close(): Promise<void>;
}

export interface OpenOptions {
  workspaceId: string | null;
  hub: SaveStatusHub;
  /** Attach to an existing (empty) doc, e.g. the one the editor binding created. */
  doc?: Y.Doc;
}

export async function openPersistedDoc(db: AccordDb, docId: string, options: OpenOptions): Promise<PersistedDoc> {
  const doc = options.doc ?? new Y.Doc({ guid: docId });
  const persistence = new YDexiePersistence(db, docId, doc, { workspaceId: options.workspaceId });
  const stopStatus = persistence.onStatus((status) => options.hub.set(docId, status));
  options.hub.setFlusher(docId, () => persistence.flush());
  const report = await persistence.load();
  let closed = false;
  return {
    doc,
    report,
    persistence,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await persistence.destroy();
      } finally {
        stopStatus();
        options.hub.remove(docId);
      }
    },
  };
}
