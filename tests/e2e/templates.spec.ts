/**
 * The template library, its guidance and workspace templates, walked as a
 * secretary would: start an action plan and a theory of change from the toolkit's
 * templates, watch each section's advice leave once it is written, then save a
 * document as a template of the workspace and start a new one from it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { createDocument, createWorkspace, editor, expectSaved, languageSelect, waitForEditorReady } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot } from './support/screenshots';
import { en } from '../../renderer/i18n/messages/en';
import { ar } from '../../renderer/i18n/messages/ar';

test.use({ bypassCSP: true });

const notes = (page: Page) => editor(page).getByRole('note');

/** Puts the caret at the end of the paragraph that reads `text`, then types. */
async function writeAfter(page: Page, text: string, addition: string): Promise<void> {
  await editor(page).getByText(text, { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(addition);
}

test.describe('template library', () => {
  test('lists the toolkit templates with a description, in English and Arabic, accessibly', async ({ page }) => {
    await createWorkspace(page, { name: 'Lyon Refugee Network' });
    await page.getByRole('button', { name: en.workspace.newDocument }).first().click();
    const dialog = page.getByRole('dialog', { name: en.documentForm.newTitle });
    const template = dialog.getByRole('group', { name: en.templateLibrary.template });
    await expect(template.getByRole('radio')).toHaveCount(6);
    // Keyboard: the first template has focus; arrows move through the library and the title follows.
    await expect(template.getByRole('radio', { name: en.kinds['terms-of-reference'] })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(template.getByRole('radio', { name: en.kinds.mou })).toBeChecked();
    await expect(dialog.getByRole('textbox', { name: en.documentForm.title })).toHaveValue(en.kinds.mou);
    await expect(template.getByRole('radio', { name: en.kinds['theory-of-change'] })).toHaveAccessibleDescription(
      en.templateLibrary.descriptions['theory-of-change'],
    );
    await saveScreenshot(page, 'template-library');
    await expectNoSeriousA11yViolations(page, { screen: 'template library (en)' });
    await dialog.getByRole('button', { name: en.documentForm.cancel }).click();

    await languageSelect(page).selectOption('ar');
    await page.getByRole('button', { name: ar.workspace.newDocument }).first().click();
    const arabic = page.getByRole('dialog', { name: ar.documentForm.newTitle });
    await expect(arabic.getByRole('radio', { name: ar.kinds['action-plan'] })).toHaveAccessibleDescription(ar.templateLibrary.descriptions['action-plan']);
    await saveScreenshot(page, 'template-library-ar');
    await expectNoSeriousA11yViolations(page, { screen: 'template library (ar)' });

    // An Arabic theory of change carries Arabic guidance, labelled in Arabic.
    await arabic.getByRole('radio', { name: ar.kinds['theory-of-change'] }).check();
    await arabic.getByRole('button', { name: ar.documentForm.create }).click();
    await waitForEditorReady(page);
    await expect(notes(page)).toHaveCount(7);
    await expect(notes(page).first()).toHaveAccessibleName(ar.templateLibrary.guidanceLabel);
    await expect(notes(page).nth(2)).toContainText('إذا نظّمنا ورش عمل');
  });

  test('guidance leaves a section once it is written, and only that section', async ({ page }) => {
    await createWorkspace(page, { name: 'Berlin Diaspora Alliance' });

    await createDocument(page, 'action-plan', 'Spring campaign');
    const box = editor(page);
    for (const column of ['Action', 'Who', 'By when', 'Resources', 'Status']) {
      await expect(box.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    }
    await expect(notes(page)).toHaveCount(4);

    // Straight from the open action plan, as a secretary would.
    await createDocument(page, 'theory-of-change', 'Voting rights');
    for (const heading of ['If … (our action)', 'Then … (the change we expect)', 'Because … (our reasons)', 'Assumptions', 'Indicators']) {
      await expect(box.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(notes(page)).toHaveCount(7);
    const ifAdvice = notes(page).filter({ hasText: 'Name the action you will take' });
    const thenAdvice = notes(page).filter({ hasText: 'Name the goal this action will achieve' });
    await expect(ifAdvice).toBeVisible();
    await expect(ifAdvice).toHaveAccessibleName('Guidance');
    // Guidance is not text: the caret cannot go into it, and it is not editable.
    await expect(box.locator('.ed-guidance').first()).toHaveAttribute('contenteditable', 'false');
    await saveScreenshot(page, 'guidance');
    await expectNoSeriousA11yViolations(page, { screen: 'document with guidance' });

    await writeAfter(page, 'If we […]', ' conduct workshops on voting rights');
    await expect(ifAdvice).toHaveCount(0);
    await expect(thenAdvice).toBeVisible();
    // The document's introduction goes too (the document has been written in); the other five stay.
    await expect(notes(page)).toHaveCount(5);
    await expect(box).toContainText('If we […] conduct workshops on voting rights');
    await expectSaved(page);

    await page.reload();
    await waitForEditorReady(page);
    await expect(notes(page)).toHaveCount(5);
    await expect(notes(page).filter({ hasText: 'Name the action you will take' })).toHaveCount(0);
  });

  test('save a document as a workspace template and start a new document from it', async ({ page }) => {
    await createWorkspace(page, { name: 'Marseille Solidarity Network' });
    await createDocument(page, 'theory-of-change', 'Voting rights');
    await writeAfter(page, 'If we […]', ' conduct workshops on voting rights');
    await expect(notes(page)).toHaveCount(5);

    await page.getByRole('button', { name: en.templateLibrary.saveAsTemplate }).click();
    const save = page.getByRole('dialog', { name: en.templateLibrary.saveTitle });
    const name = save.getByRole('textbox', { name: en.templateLibrary.name });
    await expect(name).toHaveValue('Voting rights');
    await name.fill('');
    await save.getByRole('button', { name: en.templateLibrary.save }).click();
    await expect(save.getByText(en.templateLibrary.nameRequired)).toBeVisible();
    await name.fill('Campaign theory of change');
    await save.getByRole('button', { name: en.templateLibrary.save }).click();
    await expect(save).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Saved as the template “Campaign theory of change”.' })).toBeVisible();


    await page.getByRole('button', { name: en.workspace.newDocument }).first().click();
    const dialog = page.getByRole('dialog', { name: en.documentForm.newTitle });
    const mine = dialog.getByRole('radio', { name: 'Campaign theory of change', exact: true });
    await expect(mine).toHaveAccessibleDescription(/^Theory of change · Saved by /);
    await mine.check();
    await expect(dialog.getByRole('textbox', { name: en.documentForm.title })).toHaveValue('Campaign theory of change');
    await dialog.getByRole('textbox', { name: en.documentForm.title }).fill('Second campaign');
    await dialog.getByRole('button', { name: en.documentForm.create }).click();
    await waitForEditorReady(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Second campaign' }).first()).toBeVisible();
    const box = editor(page);
    await expect(box.getByRole('heading', { level: 1 })).toHaveText('Second campaign');
    await expect(box).toContainText('If we […] conduct workshops on voting rights');
    // The advice for the sections nobody had written comes along; the written one's does not.
    await expect(notes(page)).toHaveCount(5);
    await expect(notes(page).filter({ hasText: 'Name the goal this action will achieve' })).toBeVisible();

    // Back to the first document, straight from the second: its text is shown once, as written.
    await page.getByRole('navigation').getByRole('link', { name: 'Voting rights', exact: true }).click();
    await waitForEditorReady(page);
    await expect(box.getByRole('heading', { level: 1 })).toHaveText('Voting rights');
    await expect(box.getByText('If we […] conduct workshops on voting rights', { exact: true })).toHaveCount(1);
  });
});
