/**
 * A full disk, as the browser reports it (QuotaExceededError): the user is told at
 * once that changes could not be saved, keeps what they typed, and the app saves it
 * by itself once space is back.
 */
import type { CDPSession, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { createDocument, createWorkspace, editor, expectSaved, focusEditorEnd, waitForEditorReady } from './support/app';
import { saveScreenshot } from './support/screenshots';

const PROBE_DATABASE = 'accord-e2e-quota-probe';

/** One small write to a throwaway database of the same origin (so the same storage bucket). */
function probeWrite(page: Page): Promise<string> {
  return page.evaluate(
    (name) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => request.result.createObjectStore('probe', { autoIncrement: true });
        request.onerror = () => resolve(request.error?.name ?? 'open-error');
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('probe', 'readwrite');
          transaction.objectStore('probe').add(new Uint8Array(256));
          const finish = (outcome: string) => {
            db.close();
            resolve(outcome);
          };
          transaction.oncomplete = () => finish('ok');
          transaction.onabort = () => finish(transaction.error?.name ?? 'aborted');
        };
      }),
    PROBE_DATABASE,
  );
}

/**
 * Chromium caches a storage bucket's remaining space for up to 30 s, so a quota
 * override bites only once that cache expires. Probing until a write fails makes
 * the test wait exactly as long as needed.
 */
async function restrictQuota(cdp: CDPSession, page: Page, origin: string): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await expect
    .poll(() => probeWrite(page), { timeout: 45_000, intervals: [500, 1_000], message: 'the quota override takes effect' })
    .toBe('QuotaExceededError');
}

test.describe('storage failure', () => {
  test.setTimeout(120_000);

  test('a full disk shows an alert, keeps the text, and saves once space is back', async ({ page, host }) => {
    await createWorkspace(page, { name: 'Quota Test Coalition' });
    await createDocument(page, 'note', 'Quota notes');
    await focusEditorEnd(page);
    await page.keyboard.type('Saved before the disk filled up.');
    await expectSaved(page);

    const cdp = await page.context().newCDPSession(page);
    await restrictQuota(cdp, page, host.origin);

    await focusEditorEnd(page);
    await page.keyboard.type(' Typed while the disk was full.');
    const typedAt = Date.now();
    const alert = page.getByRole('alert').filter({ hasText: /could not be saved/ });
    await expect(alert).toBeVisible({ timeout: 2_000 });
    console.log(`storage failure: alert shown ${Date.now() - typedAt} ms after the last keystroke`);
    await expect(editor(page)).toContainText('Saved before the disk filled up. Typed while the disk was full.');
    await saveScreenshot(page, 'storage-failure-banner');

    // Space is back: the app retries by itself.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: host.origin });
    await expect(alert).toBeHidden({ timeout: 30_000 });
    await expectSaved(page, 30_000);
    await saveScreenshot(page, 'storage-failure-recovered');

    await page.reload();
    await expect(await waitForEditorReady(page)).toContainText('Saved before the disk filled up. Typed while the disk was full.');
  });
});
