/**
 * Steps a user takes in Accord, written once against the UI contract's accessible
 * names (English UI) so the specs read as walks through the app.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { CollaborationForm } from '../../../shared/model/workspace';
import type { DocumentKind } from '../../../shared/model/document';
import { exampleWorkspace } from '../../../shared/model/example-workspace';
import { en } from '../../../renderer/i18n/messages/en';
import { fr } from '../../../renderer/i18n/messages/fr';
import { ar } from '../../../renderer/i18n/messages/ar';

export const EXAMPLE_WORKSPACE_EN = exampleWorkspace('en').profile.name;

/** The app address with a hash route, e.g. `#/w/<id>`. */
export function appUrl(baseUrl: string, route = '#/'): string {
  const url = new URL(baseUrl);
  url.hash = route.startsWith('#') ? route.slice(1) : route;
  return url.toString();
}

export async function openHome(page: Page, baseUrl: string): Promise<void> {
  await page.goto(appUrl(baseUrl, '#/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();
}

export function workspaceList(page: Page): Locator {
  return page.getByTestId('workspace-list');
}

export function editor(page: Page): Locator {
  return page.getByTestId('editor');
}

export function saveStatus(page: Page): Locator {
  return page.getByTestId('save-status');
}

/** The Language select, found by its options so it works whatever the UI language is. */
export function languageSelect(page: Page): Locator {
  return page.getByRole('combobox').filter({ has: page.locator('option[value="ar"]') }).first();
}

/** "All changes saved" in any of the app's languages. */
const ALL_SAVED = new RegExp(
  `^\\s*(${[en, fr, ar].map((messages) => messages.save.saved.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*$`,
);

/**
 * Waits until every change is in IndexedDB, whatever the UI language. Two frames
 * first, so that a change just made has had the chance to turn the status to
 * "Saving…" before it is read.
 */
export async function expectSaved(page: Page, timeout = 10_000): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(saveStatus(page)).toHaveText(ALL_SAVED, { timeout });
}

export async function waitForEditorReady(page: Page, timeout = 15_000): Promise<Locator> {
  const box = editor(page);
  await expect(box).toHaveAttribute('data-ready', 'true', { timeout });
  return box;
}

/** Ids from the current hash route. */
export function routeIds(page: Page): { workspaceId?: string; documentId?: string } {
  const match = /#\/w\/([^/]+)(?:\/d\/([^/?#]+))?/.exec(page.url());
  return { workspaceId: match?.[1], documentId: match?.[2] };
}

export interface NewWorkspace {
  name: string;
  purpose?: string;
  form?: CollaborationForm;
}

/** From home: fills the create dialog and lands in the new workspace. Returns its id. */
export async function createWorkspace(page: Page, workspace: NewWorkspace): Promise<string> {
  await page.getByRole('button', { name: 'Create a workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a workspace' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(workspace.name);
  if (workspace.purpose !== undefined) await dialog.getByRole('textbox', { name: 'Shared purpose' }).fill(workspace.purpose);
  if (workspace.form !== undefined) await dialog.getByRole('combobox', { name: 'Form of collaboration' }).selectOption(workspace.form);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: workspace.name })).toBeVisible();
  await expect(dialog).toBeHidden();
  const { workspaceId } = routeIds(page);
  if (!workspaceId) throw new Error(`Creating a workspace did not open it (at ${page.url()}).`);
  return workspaceId;
}

/** From a workspace: creates a document of `kind` and waits for its editor. Returns its id. */
export async function createDocument(page: Page, kind: DocumentKind, title?: string): Promise<string> {
  await page.getByRole('button', { name: 'New document' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New document' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: en.kinds[kind], exact: true }).check();
  if (title !== undefined) await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await waitForEditorReady(page);
  const { documentId } = routeIds(page);
  if (!documentId) throw new Error(`Creating a document did not open it (at ${page.url()}).`);
  return documentId;
}

/**
 * Puts the caret at the very end of the document. Lexical places its own selection
 * shortly after the editor gains focus, so a Ctrl+End pressed at once can be
 * overridden; press it until the caret really is in the last block.
 */
export async function focusEditorEnd(page: Page): Promise<Locator> {
  const box = await waitForEditorReady(page);
  await box.focus();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect
    .poll(
      async () => {
        await page.keyboard.press('Control+End');
        return box.evaluate((element) => {
          const selection = element.ownerDocument.getSelection();
          const last = element.lastElementChild;
          return !!selection?.anchorNode && selection.isCollapsed && !!last && last.contains(selection.anchorNode);
        });
      },
      { timeout: 5_000, intervals: [50, 100, 250], message: 'the caret reaches the end of the document' },
    )
    .toBe(true);
  return box;
}

/** Opens the example workspace from the English home screen; returns its id. */
export async function openExampleWorkspace(page: Page, baseUrl: string): Promise<string> {
  await openHome(page, baseUrl);
  await workspaceList(page).getByRole('link', { name: EXAMPLE_WORKSPACE_EN }).click();
  await expect(page.getByRole('heading', { level: 1, name: EXAMPLE_WORKSPACE_EN })).toBeVisible();
  const { workspaceId } = routeIds(page);
  if (!workspaceId) throw new Error(`no workspace id in ${page.url()}`);
  return workspaceId;
}

/** The example workspace's id and its Terms of Reference's id, read from the links on the English home screen. */
export async function exampleTermsOfReference(page: Page, baseUrl: string): Promise<{ workspaceId: string; documentId: string }> {
  const workspaceId = await openExampleWorkspace(page, baseUrl);
  const documents = page.getByTestId('document-list');
  const row = documents.getByRole('row').filter({ hasText: 'Terms of Reference' }).first();
  await row.getByRole('link').first().click();
  await waitForEditorReady(page);
  const { documentId } = routeIds(page);
  if (!workspaceId || !documentId) throw new Error(`Could not open the example Terms of Reference (at ${page.url()}).`);
  return { workspaceId, documentId };
}

/** "Who am I" on this computer: `option` is the member's "Name · Role", or null for nobody (the public view). */
export async function chooseMe(page: Page, option: string | null): Promise<void> {
  await page.getByRole('button', { name: 'Change who you are on this computer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Who are you?' });
  await dialog.getByRole('combobox', { name: 'You are' }).selectOption({ label: option ?? 'Nobody: show what the public sees' });
  await dialog.getByRole('button', { name: 'Choose' }).click();
  await expect(dialog).toBeHidden();
}
