/**
 * A Memorandum of Understanding through its lifecycle, as a committee adopts it: opened for
 * comment, adopted by a recorded decision, then protected — it changes only through an
 * amendment, whose adoption supersedes the original.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { editor, expectSaved, focusEditorEnd, openExampleWorkspace, routeIds, waitForEditorReady } from './support/app';
import { saveScreenshot } from './support/screenshots';

const MOU = 'Memorandum of Understanding 2025–2027';
const AMENDMENT = `${MOU} — amendment`;

function statusButton(page: Page) {
  return page.getByTestId('document-status');
}

async function adopt(page: Page, date: string, decision: string): Promise<void> {
  await statusButton(page).click();
  await page.getByRole('button', { name: 'Adopt…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Adopt this document' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Date of adoption').fill(date);
  await dialog.getByRole('textbox', { name: 'Decision' }).fill(decision);
  await dialog.getByRole('button', { name: 'Adopt' }).click();
  await expect(dialog).toBeHidden();
}

test.setTimeout(180_000);

test('an MoU is adopted, then changed only through an amendment', async ({ page, host }) => {
  await openExampleWorkspace(page, host.url);
  await page.getByTestId('document-list').getByRole('link', { name: MOU }).click();
  const box = await waitForEditorReady(page);
  const { documentId: mouId } = routeIds(page);
  const originalText = await box.textContent();

  // Draft -> open for comment; a draft can go back, and forth again.
  await expect(statusButton(page)).toHaveText('Status: Draft');
  await statusButton(page).click();
  await page.getByRole('button', { name: 'Open for comment' }).click();
  await expect(statusButton(page)).toHaveText('Status: Open for comment');
  await expect(statusButton(page)).toBeFocused();

  // Adopting needs the decision that adopted it.
  await statusButton(page).click();
  await page.getByRole('button', { name: 'Adopt…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Adopt this document' });
  await expect(dialog.getByLabel('Date of adoption')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await dialog.getByRole('button', { name: 'Adopt' }).click();
  await expect(dialog).toContainText('Say which decision adopted the document.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(statusButton(page)).toHaveText('Status: Open for comment');

  await adopt(page, '2025-01-14', 'Decision 2025-04, Steering Committee 14 Jan 2025');
  await expect(statusButton(page)).toHaveText('Status: Adopted');
  const notice = page.getByTestId('lifecycle-notice');
  await expect(notice).toContainText('Adopted on Jan 14, 2025 by Decision 2025-04, Steering Committee 14 Jan 2025.');
  await expect(notice).toContainText('This text is protected');
  await notice.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'lifecycle-adopted');

  // Read-only: no toolbar, typing changes nothing.
  await expect(box).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await box.click();
  await page.keyboard.type('Sneaky change');
  await page.keyboard.press('Enter');
  await expect(box).not.toContainText('Sneaky change');
  expect(await box.textContent()).toBe(originalText);

  // The list and the navigation show the status.
  const listRow = page.getByRole('navigation', { name: 'Workspace', exact: true }).getByRole('listitem').filter({ hasText: MOU });
  await expect(listRow).toContainText('Adopted');

  // An amendment starts as a draft with the adopted text, linked to the original.
  await notice.getByRole('button', { name: 'Start an amendment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: AMENDMENT })).toBeVisible();
  const amendmentBox = await waitForEditorReady(page);
  const { documentId: amendmentId } = routeIds(page);
  expect(amendmentId).not.toBe(mouId);
  await expect(statusButton(page)).toHaveText('Status: Draft');
  await expect(page.getByTestId('lifecycle-notice')).toContainText(`This document amends: ${MOU}`);
  await expect(amendmentBox).toHaveAttribute('contenteditable', 'true');
  expect(await amendmentBox.textContent()).toBe(originalText);

  await focusEditorEnd(page);
  await page.keyboard.type(' Amended: the Parties meet twice a year.');
  await expect(amendmentBox).toContainText('Amended: the Parties meet twice a year.');
  await expectSaved(page);

  // The original shows the amendment in progress.
  await page.getByTestId('lifecycle-notice').getByRole('link', { name: MOU }).click();
  await expect(page.getByTestId('lifecycle-notice')).toContainText(`An amendment is being drafted: ${AMENDMENT}`);
  await page.getByTestId('lifecycle-notice').getByRole('link', { name: AMENDMENT }).click();
  await waitForEditorReady(page);

  await adopt(page, '2026-03-02', 'Decision 2026-01, General Assembly');
  await expect(statusButton(page)).toHaveText('Status: Adopted');
  await expect(editor(page)).toHaveAttribute('contenteditable', 'false');

  // Adopting the amendment superseded the original, which links to it.
  await page.getByTestId('lifecycle-notice').getByRole('link', { name: MOU }).click();
  await waitForEditorReady(page);
  expect(routeIds(page).documentId).toBe(mouId);
  await expect(statusButton(page)).toHaveText('Status: Superseded');
  const superseded = page.getByTestId('lifecycle-notice');
  await expect(superseded).toContainText('Superseded: this text was replaced by an adopted amendment.');
  await expect(superseded).toContainText('Adopted on Jan 14, 2025');
  await expect(editor(page)).toHaveAttribute('contenteditable', 'false');
  await expect(superseded.getByRole('button', { name: 'Start an amendment' })).toHaveCount(0);
  await superseded.getByRole('link', { name: AMENDMENT }).click();
  await expect(page.getByRole('heading', { level: 1, name: AMENDMENT })).toBeVisible();

  // The overview lists both with their status, and it survives a reload.
  await page.reload();
  await page.getByRole('link', { name: 'Overview' }).click();
  const documents = page.getByTestId('document-list');
  await expect(documents.getByRole('row').filter({ has: page.getByRole('link', { name: MOU, exact: true }) })).toContainText('Superseded');
  await expect(documents.getByRole('row').filter({ has: page.getByRole('link', { name: AMENDMENT, exact: true }) })).toContainText('Adopted');
  await saveScreenshot(page, 'lifecycle-list');
});
