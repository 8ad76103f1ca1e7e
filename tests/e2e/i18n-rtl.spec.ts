/**
 * Arabic (right to left) and French: the whole layout mirrors, each paragraph takes
 * the direction of its own text, and the language choice survives a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { appUrl, exampleTermsOfReference, expectSaved, focusEditorEnd, languageSelect, openHome, waitForEditorReady, editor } from './support/app';
import { saveScreenshot } from './support/screenshots';

const ARABIC_PARAGRAPH = 'تلتزم الشبكة بالشفافية في جميع قراراتها';
const ENGLISH_PARAGRAPH = 'The network commits to transparency in all its decisions.';

async function centreX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${String(locator)} is not visible`);
  return box.x + box.width / 2;
}

/** Where things sit on the editor screen: the side navigation, the editor, the app name. */
async function layout(page: Page) {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  return {
    middle: viewport.width / 2,
    sideNavigation: await centreX(page.getByRole('main').getByRole('navigation').first()),
    editor: await centreX(editor(page)),
    appName: await centreX(page.getByRole('banner').getByRole('link').first()),
  };
}

async function expectDocumentLanguage(page: Page, lang: string, dir: 'ltr' | 'rtl'): Promise<void> {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', lang);
  await expect(html).toHaveAttribute('dir', dir);
}

async function paragraphDirection(box: Locator, text: string): Promise<string> {
  const paragraph = box.locator('p').filter({ hasText: text }).last();
  await expect(paragraph).toBeVisible();
  return paragraph.evaluate((element) => getComputedStyle(element).direction);
}

test.describe('languages and right-to-left', () => {
  test('Arabic mirrors the layout and each paragraph follows its own direction; French too', async ({ page, host }) => {
    const { workspaceId, documentId } = await exampleTermsOfReference(page, host.url);
    const editorRoute = appUrl(host.url, `#/w/${workspaceId}/d/${documentId}`);
    await expectDocumentLanguage(page, 'en', 'ltr');
    const ltr = await layout(page);
    expect(ltr.sideNavigation).toBeLessThan(ltr.editor);
    expect(ltr.appName).toBeLessThan(ltr.middle);

    // Arabic.
    await openHome(page, host.url);
    await languageSelect(page).selectOption('ar');
    await expectDocumentLanguage(page, 'ar', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Workspaces');
    await expect(page.getByRole('button', { name: 'Create a workspace' })).toHaveCount(0);
    await saveScreenshot(page, 'home-ar');

    await page.goto(editorRoute);
    await waitForEditorReady(page);
    const rtl = await layout(page);
    expect(rtl.sideNavigation, 'the side navigation moves to the right').toBeGreaterThan(rtl.editor);
    expect(rtl.appName, 'the app name moves to the right').toBeGreaterThan(rtl.middle);

    const box = await focusEditorEnd(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type(ARABIC_PARAGRAPH);
    await page.keyboard.press('Enter');
    await page.keyboard.type(ENGLISH_PARAGRAPH);
    expect(await paragraphDirection(box, ARABIC_PARAGRAPH)).toBe('rtl');
    expect(await paragraphDirection(box, ENGLISH_PARAGRAPH)).toBe('ltr');
    await expectSaved(page);
    await saveScreenshot(page, 'editor-ar');

    // The choice and the text survive a reload.
    await page.reload();
    await expectDocumentLanguage(page, 'ar', 'rtl');
    const reloaded = await waitForEditorReady(page);
    expect(await paragraphDirection(reloaded, ARABIC_PARAGRAPH)).toBe('rtl');
    expect(await paragraphDirection(reloaded, ENGLISH_PARAGRAPH)).toBe('ltr');

    // French.
    await page.goto(appUrl(host.url, '#/'));
    await languageSelect(page).selectOption('fr');
    await expectDocumentLanguage(page, 'fr', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Workspaces');
    await saveScreenshot(page, 'home-fr');
    await page.reload();
    await expectDocumentLanguage(page, 'fr', 'ltr');
    await expect(languageSelect(page)).toHaveValue('fr');
  });
});
