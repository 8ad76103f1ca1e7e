/**
 * Accessibility: axe finds no serious or critical problem on the main screens in
 * English and Arabic, and a person using only the keyboard can create a workspace,
 * create a document and write in it.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { appUrl, exampleTermsOfReference, expectSaved, languageSelect, openHome, routeIds, waitForEditorReady, editor } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot } from './support/screenshots';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reachable with Tab within ${limit} presses`).toBeFocused();
}

test.describe('accessibility', () => {
  test('axe: home, workspace and editor, in English and Arabic', async ({ page, host }) => {
    const { workspaceId, documentId } = await exampleTermsOfReference(page, host.url);
    const screens = {
      home: appUrl(host.url, '#/'),
      workspace: appUrl(host.url, `#/w/${workspaceId}`),
      editor: appUrl(host.url, `#/w/${workspaceId}/d/${documentId}`),
    };
    for (const language of ['en', 'ar'] as const) {
      if (language === 'ar') {
        await openHome(page, host.url);
        await languageSelect(page).selectOption('ar');
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      }
      for (const [name, url] of Object.entries(screens)) {
        await page.goto(url);
        if (name === 'editor') await waitForEditorReady(page);
        else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSeriousA11yViolations(page, { screen: `${name} (${language})`, soft: true });
      }
    }
  });

  test('keyboard only: create a workspace and a document, and type in it', async ({ page }) => {
    // Start from the top of the page, as after opening the app.
    await page.locator('body').focus();

    await tabTo(page, page.getByRole('button', { name: 'Create a workspace' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create a workspace' });
    await expect(dialog).toBeVisible();
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await expect(name, 'the dialog puts the focus on its first field').toBeFocused();
    await page.keyboard.type('Keyboard Collective');

    // Through the dialog's fields to its Create button; focus never leaves the dialog.
    const create = dialog.getByRole('button', { name: 'Create' });
    for (let presses = 0; presses < 10 && !(await create.evaluate((element) => element === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement)), 'focus stays in the dialog').toBe(true);
    }
    await expect(create).toBeFocused();
    await saveScreenshot(page, 'keyboard-create-dialog');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Keyboard Collective' })).toBeVisible();
    expect(routeIds(page).workspaceId).toBeTruthy();

    await tabTo(page, page.getByRole('button', { name: 'New document' }).first());
    await page.keyboard.press('Enter');
    const newDocument = page.getByRole('dialog', { name: 'New document' });
    await expect(newDocument).toBeVisible();
    await tabTo(page, newDocument.getByRole('button', { name: 'Create' }), 10);
    await page.keyboard.press('Enter');
    const box = await waitForEditorReady(page);

    await tabTo(page, box);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Written without a mouse.');
    await expect(editor(page)).toContainText('Written without a mouse.');
    await expectSaved(page);
    await saveScreenshot(page, 'keyboard-editor');
  });
});
