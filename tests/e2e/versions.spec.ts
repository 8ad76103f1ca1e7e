/**
 * Named versions: save one, change the text, compare (English and Arabic), open the past
 * version read-only, restore it with the history kept. Endorsements of an MoU by two member
 * organisations, and the warning once the text moves on.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { exampleTermsOfReference, expectSaved, focusEditorEnd, languageSelect, openExampleWorkspace, waitForEditorReady, editor } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot } from './support/screenshots';

test.use({ bypassCSP: true });

const DRAFT = 'Draft for the general assembly';
const NEW_CLAUSE = 'The Steering Committee reports to the general assembly every quarter.';

function versionsPanel(page: Page): Locator {
  return page.getByTestId('versions-panel');
}

async function saveVersion(page: Page, name: string): Promise<void> {
  const panel = versionsPanel(page);
  await panel.getByLabel('Version name').fill(name);
  await panel.getByRole('button', { name: 'Save a version' }).click();
  await expect(panel.getByTestId('version-list').getByText(name, { exact: true })).toBeVisible();
}

test.describe('versions', () => {
  test('a named version is saved, compared with the changed text, viewed and restored', async ({ page, host }) => {
    // The name this computer signs with (as set when sharing).
    await page.evaluate(() => localStorage.setItem('accord:display-name', 'Rania Khoury'));
    await exampleTermsOfReference(page, host.url);
    await page.getByRole('button', { name: 'Versions', exact: true }).click();
    const panel = versionsPanel(page);
    await expect(panel).toBeVisible();

    // A name is required.
    await panel.getByRole('button', { name: 'Save a version' }).click();
    await expect(panel.getByText('Give the version a name.')).toBeVisible();
    await saveVersion(page, DRAFT);
    await expect(panel.getByTestId('version-list')).toContainText(/Saved by Rania Khoury, .+/);

    // The text changes: the end of the last paragraph goes, a clause is added.
    const box = await focusEditorEnd(page);
    // textContent, not innerText: blocks scrolled out of view are skipped by innerText (content-visibility).
    const before = await box.evaluate((element) => element.textContent);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await page.keyboard.type(NEW_CLAUSE);
    await expect(box).toContainText(NEW_CLAUSE);
    await expectSaved(page);

    // Compare the draft with the current text.
    await expect(panel.getByLabel('Older')).toHaveValue(/^ver_/);
    await expect(panel.getByLabel('Newer')).toHaveValue('current');
    await panel.getByRole('button', { name: 'Compare', exact: true }).click();
    const compare = page.getByTestId('version-compare');
    await expect(compare.getByRole('heading', { name: `Comparing “${DRAFT}” with “Current text”` })).toBeVisible();
    await expect(compare.getByTestId('diff-summary')).toHaveText('Insertions: 2 · Deletions: 1');
    await expect(compare.locator('ins').filter({ hasText: NEW_CLAUSE })).toHaveCount(1);
    await expect(compare.locator('del')).toHaveCount(1);
    // Marked in words too, not by colour alone.
    await expect(compare.locator('ins').first()).toContainText('[inserted:');
    // Next change walks through the marks (deleted "2026.", inserted "2", the new clause).
    for (let i = 0; i < 3; i++) await compare.getByRole('button', { name: 'Next change' }).click();
    await expect(compare.getByText('Change 3 of 3')).toBeVisible();
    await expect(compare.locator('ins').filter({ hasText: NEW_CLAUSE })).toBeInViewport();
    await saveScreenshot(page, 'versions-compare');
    await expectNoSeriousA11yViolations(page, { screen: 'version comparison (en)' });
    await compare.getByRole('button', { name: 'Back to the document' }).click();
    await expect(compare).toHaveCount(0);

    // The past version, read-only.
    await panel.getByRole('button', { name: `View “${DRAFT}”` }).click();
    const past = page.getByTestId('past-version');
    await expect(past.getByRole('heading', { name: `Past version: “${DRAFT}”` })).toBeVisible();
    await expect(past).toContainText('shown read-only');
    await expect(past.getByRole('document')).not.toContainText(NEW_CLAUSE);
    await expect(past.locator('[contenteditable]')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(past).toHaveCount(0);

    // Restore the draft: the text comes back, and no version is lost.
    await panel.getByRole('button', { name: `Restore “${DRAFT}”` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Restore “${DRAFT}”?` });
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await expect(panel.getByTestId('versions-message')).toContainText(`“${DRAFT}” is now the current text.`);
    await expect(editor(page)).not.toContainText(NEW_CLAUSE);
    expect(await editor(page).evaluate((element) => element.textContent)).toBe(before);
    const list = panel.getByTestId('version-list').getByRole('listitem');
    await expect(list).toHaveCount(2);
    await expect(list.nth(0)).toContainText(`Before restoring ${DRAFT}`);
    await expect(list.nth(1)).toContainText(DRAFT);
    await expectSaved(page);

    // The restore survives a reload (it was stored as ordinary edits).
    await page.reload();
    await waitForEditorReady(page);
    await expect(editor(page)).not.toContainText(NEW_CLAUSE);

    // In Arabic: the comparison of the text before restoring with the current one.
    await languageSelect(page).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('button', { name: 'النسخ', exact: true }).click();
    const arabicPanel = versionsPanel(page);
    await arabicPanel.getByLabel('الأقدم').selectOption({ label: `Before restoring ${DRAFT}` });
    await arabicPanel.getByRole('button', { name: 'مقارنة', exact: true }).click();
    const arabicCompare = page.getByTestId('version-compare');
    await expect(arabicCompare.getByTestId('diff-summary')).toHaveText('الإضافات: 1 · الحذوفات: 2');
    await arabicCompare.locator('del').filter({ hasText: NEW_CLAUSE }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'versions-compare-ar');
    await expectNoSeriousA11yViolations(page, { screen: 'version comparison (ar)' });
  });
});

test.describe('endorsements', () => {
  test('an MoU is endorsed by two organisations through their delegates; a later edit is flagged', async ({ page, host }) => {
    await openExampleWorkspace(page, host.url);
    await page.getByTestId('document-list').getByRole('row').filter({ hasText: 'Memorandum of Understanding' }).first().getByRole('link').first().click();
    await waitForEditorReady(page);

    await page.getByRole('button', { name: 'Versions', exact: true }).click();
    await saveVersion(page, 'Text for signature');

    await page.getByRole('button', { name: 'Endorsements', exact: true }).click();
    const panel = page.getByTestId('endorsements-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByText('No organisation has endorsed a version yet.')).toBeVisible();

    const endorse = async (organisation: string, delegate: string, date: string) => {
      await panel.getByLabel('Member organisation').selectOption({ label: organisation });
      await expect(panel.getByLabel('Through (delegate or alternate)')).toHaveValue(/.+/);
      await panel.getByLabel('Through (delegate or alternate)').selectOption({ label: delegate });
      await expect(panel.getByLabel('Version endorsed')).toHaveValue(/^ver_/);
      await panel.getByLabel('Date of endorsement').fill(date);
      await panel.getByRole('button', { name: 'Record endorsement' }).click();
      await expect(panel.getByRole('status')).toContainText(`Endorsement by ${organisation} recorded.`);
    };
    await endorse('Jisr Community Association', 'Karim Saleh', '2026-11-10');
    await endorse('Passerelles Exil', 'Julien Moreau', '2026-11-12');

    const entries = panel.getByTestId('endorsement-list').getByRole('listitem');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toContainText(/^Jisr Community Association endorsed “Text for signature” through Karim Saleh on (10 November 2026|November 10, 2026)\./);
    await expect(entries.nth(1)).toContainText(/^Passerelles Exil endorsed “Text for signature” through Julien Moreau on (12 November 2026|November 12, 2026)\./);
    await expect(entries.nth(0)).toContainText('Matches the current text');
    const notice = page.getByTestId('endorsement-notice');
    await expect(notice).toContainText('Endorsed by Jisr Community Association, Passerelles Exil.');
    await notice.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'endorsements');

    // The text moves on: both endorsements now point at an older text.
    await focusEditorEnd(page);
    await page.keyboard.type(' Amended after signature.');
    await expect(notice.getByRole('alert')).toHaveText('The current text differs from the version endorsed by Jisr Community Association, Passerelles Exil.');
    await expect(entries.nth(0)).toContainText('The text has changed since');
    await notice.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'endorsements-text-changed');
  });
});
