/**
 * Workspaces and documents, walked as a committee secretary would: find the example,
 * create, rename and delete workspaces; write a Terms of Reference from the template
 * with formatting, lists and undo; reload and find everything still there.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import {
  EXAMPLE_WORKSPACE_EN,
  createDocument,
  createWorkspace,
  editor,
  expectSaved,
  focusEditorEnd,
  openHome,
  routeIds,
  waitForEditorReady,
  workspaceList,
} from './support/app';
import { saveScreenshot } from './support/screenshots';

/** Lexical merges edits made close together into one undo step; a pause keeps steps apart. */
const UNDO_STEP_GAP_MS = 1_200;

/** The cell of `row` under the column header `header` of `table`. */
async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((text) => text.trim() === header);
  expect(index, `column "${header}" in ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(0);
  return row.locator('th, td').nth(index);
}

function documentRow(page: Page, title: string): Locator {
  return page
    .getByTestId('document-list')
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

test.describe('workspaces', () => {
  test('list, create, rename and delete workspaces', async ({ page, host }) => {
    const list = workspaceList(page);
    await expect(list.getByRole('link', { name: EXAMPLE_WORKSPACE_EN })).toBeVisible();
    await saveScreenshot(page, 'home');

    // An empty name is refused with a message, and the dialog stays open.
    await page.getByRole('button', { name: 'Create a workspace' }).click();
    const createDialog = page.getByRole('dialog', { name: 'Create a workspace' });
    await createDialog.getByRole('button', { name: 'Create' }).click();
    await expect(createDialog).toContainText('Give the workspace a name.');
    await createDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(createDialog).toBeHidden();

    await createWorkspace(page, {
      name: 'Lyon Reception Coalition',
      purpose: 'Coordinate the reception of newly arrived refugees across Lyon.',
      form: 'campaign-coalition',
    });
    await expect(page.getByRole('main')).toContainText('Coordinate the reception of newly arrived refugees across Lyon.');
    await saveScreenshot(page, 'workspace-new');

    await openHome(page, host.url);
    await expect(list.getByRole('link', { name: 'Lyon Reception Coalition' })).toBeVisible();
    await expect(list.getByRole('link', { name: EXAMPLE_WORKSPACE_EN })).toBeVisible();

    // Rename.
    await page.getByRole('button', { name: 'Rename Lyon Reception Coalition' }).click();
    const renameDialog = page.getByRole('dialog', { name: 'Rename workspace' });
    await renameDialog.getByRole('textbox', { name: 'Name' }).fill('Lyon Welcome Coalition');
    await renameDialog.getByRole('button', { name: 'Rename' }).click();
    await expect(renameDialog).toBeHidden();
    await expect(list.getByRole('link', { name: 'Lyon Welcome Coalition' })).toBeVisible();
    await expect(list.getByRole('link', { name: 'Lyon Reception Coalition' })).toHaveCount(0);

    // Delete another one: Cancel keeps it, Delete removes it.
    await createWorkspace(page, { name: 'Short-lived Campaign' });
    await openHome(page, host.url);
    await page.getByRole('button', { name: 'Delete Short-lived Campaign' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete workspace?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(list.getByRole('link', { name: 'Short-lived Campaign' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete Short-lived Campaign' }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(list.getByRole('link', { name: 'Short-lived Campaign' })).toHaveCount(0);
    await expect(list.getByRole('link', { name: 'Lyon Welcome Coalition' })).toBeVisible();

    // What was done is stored, not only shown.
    await expectSaved(page);
    await page.reload();
    await expect(list.getByRole('link', { name: 'Lyon Welcome Coalition' })).toBeVisible();
    await expect(list.getByRole('link', { name: 'Short-lived Campaign' })).toHaveCount(0);
    await expect(list.getByRole('link', { name: EXAMPLE_WORKSPACE_EN })).toBeVisible();
  });
});

test.describe('documents', () => {
  test('write a Terms of Reference from the template, format it, undo, reload', async ({ page }) => {
    await createWorkspace(page, { name: 'Berlin Diaspora Alliance', form: 'strategic-alliance' });
    await saveScreenshot(page, 'workspace');
    await createDocument(page, 'terms-of-reference');
    const box = editor(page);
    await expect(box).toHaveAttribute('role', 'textbox');
    await expect(box).toHaveAttribute('aria-label', 'Document text');

    // The template's sections.
    for (const heading of ['Purpose', 'Membership', 'Decision-making']) {
      await expect(box.getByRole('heading', { name: new RegExp(heading) }).first()).toBeVisible();
    }

    await focusEditorEnd(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Our coalition meets every month in Berlin.');

    // Bold by shortcut.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Decisions need ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('two thirds');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' of the members.');
    await expect(box.locator('strong', { hasText: 'two thirds' })).toBeVisible();
    await expect(box.locator('strong', { hasText: 'of the members' })).toHaveCount(0);

    // Bold from the toolbar, on a selection.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Quorum is half of the members');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' }).click();
    await expect(box.locator('strong', { hasText: 'Quorum is half of the members' })).toBeVisible();
    await focusEditorEnd(page);

    // A bulleted list from the toolbar.
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('Chair rotates yearly');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Minutes within a week');
    const lastList = box.locator('ul').last();
    await expect(lastList.locator('li').filter({ hasText: 'Chair rotates yearly' })).toHaveCount(1);
    await expect(lastList.locator('li').filter({ hasText: 'Minutes within a week' })).toHaveCount(1);

    // Undo removes the last step only (earlier text and formatting stay); redo brings it back.
    const earlierWorkIsIntact = async (step: string) => {
      await expect(box.locator('strong', { hasText: 'two thirds' }), `bold by shortcut, after ${step}`).toBeVisible();
      await expect(box.locator('strong', { hasText: 'Quorum is half of the members' }), `bold from the toolbar, after ${step}`).toBeVisible();
      await expect(lastList.locator('li').filter({ hasText: 'Chair rotates yearly' }), `the list, after ${step}`).toHaveCount(1);
    };
    await earlierWorkIsIntact('making the list');
    await page.waitForTimeout(UNDO_STEP_GAP_MS);
    await page.keyboard.type(' (draft)');
    await expect(box).toContainText('Minutes within a week (draft)');
    await page.waitForTimeout(UNDO_STEP_GAP_MS);
    await page.keyboard.press('Control+Z');
    await expect(box).not.toContainText('(draft)');
    await expect(box).toContainText('Minutes within a week');
    await earlierWorkIsIntact('Ctrl+Z');
    await page.keyboard.press('Control+Shift+Z');
    await expect(box).toContainText('Minutes within a week (draft)');
    await earlierWorkIsIntact('Ctrl+Shift+Z');
    // The toolbar's buttons do the same.
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await toolbar.getByRole('button', { name: 'Undo' }).click();
    await expect(box).not.toContainText('(draft)');
    await earlierWorkIsIntact('Undo');
    await toolbar.getByRole('button', { name: 'Redo' }).click();
    await expect(box).toContainText('Minutes within a week (draft)');
    await earlierWorkIsIntact('Redo');

    await expectSaved(page);
    await saveScreenshot(page, 'editor');

    // Everything survives a reload: text, bold runs, the list.
    await page.reload();
    const reloaded = await waitForEditorReady(page);
    await expect(reloaded).toContainText('Our coalition meets every month in Berlin.');
    await expect(reloaded.locator('strong', { hasText: 'two thirds' })).toBeVisible();
    await expect(reloaded.locator('strong', { hasText: 'Quorum is half of the members' })).toBeVisible();
    await expect(reloaded.locator('ul').last().locator('li').filter({ hasText: 'Minutes within a week (draft)' })).toHaveCount(1);
    await expect(reloaded.getByRole('heading', { name: /Decision-making/ }).first()).toBeVisible();
  });

  test('the document list shows kind and last edit; rename and delete a document', async ({ page }) => {
    const workspaceId = await createWorkspace(page, { name: 'Nairobi Returnee Network' });
    await createDocument(page, 'terms-of-reference');
    await focusEditorEnd(page);
    await page.keyboard.type(' Edited once.');
    await expectSaved(page);
    await page.goto(new URL(`#/w/${workspaceId}`, page.url()).toString());
    await createDocument(page, 'note', 'Scratch notes');
    await expectSaved(page);
    expect(routeIds(page).workspaceId).toBe(workspaceId);
    await page.goto(new URL(`#/w/${workspaceId}`, page.url()).toString());

    const table = page.getByTestId('document-list');
    await expect(table.getByRole('columnheader', { name: 'Title' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Kind' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Last edited' })).toBeVisible();

    const tor = documentRow(page, 'Terms of Reference');
    await expect(await cellUnder(table, tor, 'Kind')).toHaveText('Terms of Reference');
    await expect(await cellUnder(table, tor, 'Last edited')).not.toHaveText('');
    const note = documentRow(page, 'Scratch notes');
    await expect(await cellUnder(table, note, 'Kind')).toHaveText('Note');
    await expect(await cellUnder(table, note, 'Last edited')).not.toHaveText('');
    await saveScreenshot(page, 'document-list');

    // Rename.
    await page.getByRole('button', { name: 'Rename Terms of Reference' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename document' });
    await rename.getByRole('textbox', { name: 'Title' }).fill('Terms of Reference 2026');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(rename).toBeHidden();
    await expect(documentRow(page, 'Terms of Reference 2026')).toHaveCount(1);
    await expect(documentRow(page, 'Terms of Reference')).toHaveCount(0);

    // Delete, with confirmation.
    await page.getByRole('button', { name: 'Delete Scratch notes' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(documentRow(page, 'Scratch notes')).toHaveCount(0);

    await expectSaved(page);
    await page.reload();
    await expect(documentRow(page, 'Terms of Reference 2026')).toHaveCount(1);
    await expect(documentRow(page, 'Scratch notes')).toHaveCount(0);
    await documentRow(page, 'Terms of Reference 2026').getByRole('link').click();
    await expect(await waitForEditorReady(page)).toContainText('Edited once.');
  });
});
