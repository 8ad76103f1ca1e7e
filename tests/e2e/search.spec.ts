/**
 * Finding text across a workspace: a word in two documents, found whatever its case and
 * accents, shown with highlighted snippets per document; a result opens the document at
 * the passage, scrolled into view and highlighted. New text is found after an edit.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectSaved, focusEditorEnd, languageSelect, openExampleWorkspace, routeIds, waitForEditorReady } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot } from './support/screenshots';

test.use({ bypassCSP: true });
test.setTimeout(180_000);

const MOU = 'Memorandum of Understanding 2025–2027';

function searchField(page: Page) {
  return page.getByRole('searchbox', { name: 'Search documents' });
}

/** The live highlight of the opened passage: its text and whether it is on screen. */
async function foundPassage(page: Page): Promise<{ count: number; text: string; inView: boolean }> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('accord-find');
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    const rect = range?.getBoundingClientRect();
    return {
      count: highlight?.size ?? 0,
      text: range?.toString() ?? '',
      inView: !!rect && rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight,
    };
  });
}

test('search a word across documents and open a result at the passage', async ({ page, host }) => {
  await openExampleWorkspace(page, host.url);

  // Ctrl+Shift+F goes to the search field; case and accents do not count.
  await page.keyboard.press('Control+Shift+F');
  await expect(searchField(page)).toBeFocused();
  await searchField(page).fill('QUÓRUM');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Results for “QUÓRUM”' })).toBeVisible();
  const results = page.getByTestId('search-results');
  await expect(results.locator(':scope > li')).toHaveCount(2);
  await expect(page.getByTestId('search-status')).toContainText('2 documents, 3 matches in the text');
  const marks = results.locator('mark');
  await expect(marks).toHaveCount(3);
  for (const mark of await marks.allInnerTexts()) expect(mark.toLowerCase()).toBe('quorum');
  await saveScreenshot(page, 'search-results');
  await expectNoSeriousA11yViolations(page, { screen: 'search results (en)' });

  await languageSelect(page).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'نتائج «QUÓRUM»' })).toBeVisible();
  await expect(results.locator('mark')).toHaveCount(3);
  await saveScreenshot(page, 'search-results-ar');
  await expectNoSeriousA11yViolations(page, { screen: 'search results (ar)' });
  await languageSelect(page).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Results for “QUÓRUM”' })).toBeVisible();

  // A result opens its document at the passage, highlighted and in view.
  const mouResult = results.locator(':scope > li').filter({ has: page.getByRole('heading', { name: MOU }) });
  await mouResult.getByRole('link').filter({ has: page.locator('mark') }).first().click();
  await expect(page.locator('#document-title')).toHaveText(MOU);
  expect(page.url()).toMatch(/\?find=QU%C3%93RUM&block=\d+$/);
  await waitForEditorReady(page);
  await expect.poll(() => foundPassage(page), { timeout: 10_000 }).toEqual({ count: 1, text: 'quorum', inView: true });
  await saveScreenshot(page, 'search-opened-at-passage');

  // Text typed a moment ago is found (the index follows edits).
  await page.getByRole('navigation', { name: 'Workspace', exact: true }).getByRole('link', { name: 'Terms of Reference' }).click();
  await waitForEditorReady(page);
  const { documentId } = routeIds(page);
  await focusEditorEnd(page);
  await page.keyboard.type(' The Zanzibar clause applies.');
  await expectSaved(page);
  await searchField(page).fill('zanzibar');
  await searchField(page).press('Enter');
  await expect(results.locator(':scope > li')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText(['Zanzibar']);
  await results.getByRole('link').filter({ has: page.locator('mark') }).click();
  expect(routeIds(page).documentId).toBe(documentId);
  await expect.poll(() => foundPassage(page), { timeout: 10_000 }).toMatchObject({ count: 1, text: 'Zanzibar' });

  // Nothing found says so.
  await searchField(page).fill('xylophone');
  await searchField(page).press('Enter');
  await expect(page.getByTestId('search-status')).toContainText('Nothing found for “xylophone”.');
});
