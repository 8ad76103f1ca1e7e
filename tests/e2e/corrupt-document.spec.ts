/**
 * Bad input from storage: a document whose stored updates are damaged opens with
 * what can be recovered, says so, never hangs, and keeps the damaged rows aside.
 */
import { test, expect } from './support/fixtures';
import { exampleTermsOfReference, expectSaved, focusEditorEnd, waitForEditorReady } from './support/app';
import { saveScreenshot } from './support/screenshots';

/** Adds raw rows to the app's IndexedDB, the way a damaged disk or a bad copy would leave them. */
async function addRawRows(page: import('@playwright/test').Page, docId: string, rows: number[][]) {
  await page.evaluate(
    async ({ docId, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('accord');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('updates', 'readwrite');
        for (const bytes of rows) tx.objectStore('updates').add({ docId, bytes: new Uint8Array(bytes), kind: 'delta', createdAt: Date.now() });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { docId, rows },
  );
}

async function countQuarantined(page: import('@playwright/test').Page, docId: string): Promise<number> {
  return page.evaluate(async (docId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('accord');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ docId: string }[]>((resolve, reject) => {
      const request = db.transaction('quarantine').objectStore('quarantine').getAll();
      request.onsuccess = () => resolve(request.result as { docId: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.filter((row) => row.docId === docId).length;
  }, docId);
}

test('a document with damaged saves opens with what can be recovered, and says so', async ({ page, host }) => {
  const { workspaceId, documentId } = await exampleTermsOfReference(page, host.url);
  const marker = `Recovered clause ${Date.now()}`;
  await focusEditorEnd(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type(marker);
  await expectSaved(page);

  const random = Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256);
  await addRawRows(page, documentId, [random, [0, 1, 2], [], [255, 255, 255, 255, 255, 255, 255, 255, 255, 15]]);

  await page.goto(`${host.url}#/w/${workspaceId}/d/${documentId}`);
  await page.reload();
  const box = await waitForEditorReady(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(box).toContainText(marker);
  await expect(box).toContainText('Purpose and shared vision');
  expect(await countQuarantined(page, documentId)).toBe(4);
  await saveScreenshot(page, 'corrupt-document-recovered');

  // The damaged rows were set aside: the next open is clean, and editing still saves.
  await page.reload();
  await waitForEditorReady(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  await expect(page.getByTestId('editor')).toContainText(marker);
});
