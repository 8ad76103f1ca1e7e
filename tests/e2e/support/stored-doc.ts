/**
 * Reads and edits a Y.Doc as this browser's IndexedDB stores it — the rows the app wrote —
 * as someone editing the stored data by hand would. The page must be reloaded for the app
 * to read an edit.
 */
import type { Page } from '@playwright/test';
import * as Y from 'yjs';

/** Every stored update row of `docId`, merged into a fresh Y.Doc. */
export async function readStoredDoc(page: Page, docId: string): Promise<Y.Doc> {
  const rows = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('accord');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const result = await new Promise<Array<{ bytes: unknown }>>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').index('docId').getAll(id);
      request.onsuccess = () => resolve(request.result as Array<{ bytes: unknown }>);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return result.flatMap((row) => (row.bytes instanceof Uint8Array ? [Array.from(row.bytes)] : []));
  }, docId);
  const doc = new Y.Doc();
  for (const bytes of rows) Y.applyUpdate(doc, Uint8Array.from(bytes));
  return doc;
}

/** Applies `edit` to the stored doc and appends what changed as one more update row. */
export async function editStoredDoc(page: Page, docId: string, edit: (doc: Y.Doc) => void): Promise<void> {
  const doc = await readStoredDoc(page, docId);
  const before = Y.encodeStateVector(doc);
  edit(doc);
  const bytes = Array.from(Y.encodeStateAsUpdate(doc, before));
  await page.evaluate(
    async ({ id, update }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('accord');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('updates', 'readwrite');
        transaction.objectStore('updates').add({ docId: id, bytes: Uint8Array.from(update), kind: 'delta', createdAt: Date.now() });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { id: docId, update: bytes },
  );
}
