/**
 * Keyboard navigation over a whole agreement: Ctrl+End and Ctrl+Home reach the real
 * end and start even though off-screen blocks are not laid out.
 */
import { test, expect } from './support/fixtures';
import { exampleTermsOfReference, expectSaved, waitForEditorReady } from './support/app';
import { saveScreenshot } from './support/screenshots';

test('Ctrl+End and Ctrl+Home put the caret at the very end and start of the document', async ({ page, host }) => {
  await exampleTermsOfReference(page, host.url);
  const box = await waitForEditorReady(page);
  await box.focus();

  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Reviewed again in 2026.');
  await expect(box.locator(':scope > :last-child')).toHaveText(/Reviewed again in 2026\.$/);

  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Draft: ');
  await expect(box.locator(':scope > :first-child')).toHaveText(/^Draft: /);

  await expectSaved(page);
  await saveScreenshot(page, 'editor-navigation');
});
