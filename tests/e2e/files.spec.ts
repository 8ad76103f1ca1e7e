/**
 * Workspace files in the browser shell: autosave writes the `.accord` file into the
 * Accord folder; a second member opens it through the app's own picker; both copies
 * are edited apart; one is merged into the other (both edits kept, a summary shown);
 * a backup is restored as a new workspace; bad files get a clear message and change
 * nothing.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { appUrl, createDocument, createWorkspace, expectSaved, focusEditorEnd, languageSelect, openHome, routeIds, waitForEditorReady, workspaceList } from './support/app';
import { startHost } from './support/host';
import { saveScreenshot } from './support/screenshots';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { decodeAccordFile } from '../../shared/files/accord-file';

const NAME = 'Riverside Tenants Alliance';

test.use({ bypassCSP: true });

async function openFilePage(page: Page, baseUrl: string, workspaceId: string): Promise<void> {
  await page.goto(appUrl(baseUrl, `#/w/${workspaceId}/file`));
  await expect(page.getByTestId('file-page')).toBeVisible();
}

/** Waits for autosave to have written the workspace's file; returns its path on disk. */
async function savedFile(page: Page, folder: string, workspaceId: string): Promise<string> {
  await expect(page.getByTestId('file-status')).toContainText(/Saved to .+\.accord at/, { timeout: 30_000 });
  const name = (await page.getByTestId('file-name').textContent())?.trim() ?? '';
  const file = path.join(folder, name);
  const decoded = await decodeAccordFile(new Uint8Array(await readFile(file)));
  expect(decoded.ok && decoded.content.workspaceId).toBe(workspaceId);
  return file;
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await focusEditorEnd(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await expect(page.getByTestId('editor')).toContainText(text);
  await expectSaved(page);
}

test('autosave writes the workspace file and the File page says where', async ({ page, host }) => {
  const workspaceId = await createWorkspace(page, { name: NAME, purpose: 'Diaspora organisations working together' });
  await openFilePage(page, host.url, workspaceId);
  const file = await savedFile(page, host.filesDir, workspaceId);
  expect(path.basename(file)).toMatch(/Riverside.*Tenants.*Alliance.*\.accord$/);
  expect((await readdir(host.filesDir)).filter((entry) => entry.endsWith('.accord')).length).toBeGreaterThanOrEqual(1);

  // A second save keeps the first as a backup.
  await page.getByRole('button', { name: 'Save now' }).click();
  await expect(page.getByTestId('backups').getByRole('row')).not.toHaveCount(0, { timeout: 20_000 });

  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'file-page', { fullPage: true });

  await languageSelect(page).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'الملف' })).toBeVisible();
  await expect(page.getByTestId('file-status')).toContainText('حُفظت في');
  await saveScreenshot(page, 'file-page-ar', { fullPage: true });
});

test('a copy edited apart on another computer merges back with every change and a summary', async ({ page, host, browser }) => {
  // Member A creates the workspace and a document.
  const workspaceId = await createWorkspace(page, { name: NAME });
  const documentId = await createDocument(page, 'terms-of-reference', 'Terms of Reference');
  await typeAtEnd(page, 'Written by Amina before the copy.');
  await openFilePage(page, host.url, workspaceId);
  await page.getByRole('button', { name: 'Save now' }).click();
  const fileA = await savedFile(page, host.filesDir, workspaceId);

  // Member B, on another computer (its own host and folder), opens the file through the app's picker.
  const hostB = await startHost();
  const contextB = await browser.newContext({ bypassCSP: true });
  try {
    await mkdir(hostB.filesDir, { recursive: true });
    await copyFile(fileA, path.join(hostB.filesDir, path.basename(fileA)));
    const pageB = await contextB.newPage();
    await openHome(pageB, hostB.url);
    await pageB.getByRole('link', { name: 'Open a file…' }).click();
    await expect(pageB.getByTestId('files-screen')).toBeVisible();
    await pageB.getByRole('button', { name: 'Open a file…' }).click();
    const picker = pageB.getByRole('dialog', { name: 'Choose a .accord file' });
    await expect(picker.getByRole('button', { name: path.basename(fileA) })).toBeVisible();
    await expectNoSeriousA11yViolations(pageB);
    await saveScreenshot(pageB, 'open-file');
    await picker.getByRole('button', { name: path.basename(fileA) }).click();
    await expect(pageB.getByRole('heading', { level: 1, name: NAME })).toBeVisible({ timeout: 20_000 });
    expect(routeIds(pageB).workspaceId).toBe(workspaceId);

    // Both edit apart: B adds to the terms and writes a new document; A adds to the terms too.
    await pageB.goto(appUrl(hostB.url, `#/w/${workspaceId}/d/${documentId}`));
    await expect(pageB.getByTestId('editor')).toContainText('Written by Amina before the copy.', { timeout: 20_000 });
    await typeAtEnd(pageB, 'Added by Bilal on his computer.');
    await pageB.goto(appUrl(hostB.url, `#/w/${workspaceId}`));
    await createDocument(pageB, 'note', 'Notes from Bilal');

    await page.goto(appUrl(host.url, `#/w/${workspaceId}/d/${documentId}`));
    await typeAtEnd(page, 'Added by Amina meanwhile.');

    // B sends a copy (downloaded in the browser shell); A merges it from the File page by uploading it.
    await openFilePage(pageB, hostB.url, workspaceId);
    const downloading = pageB.waitForEvent('download');
    await pageB.getByRole('button', { name: 'Save a copy as…' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.accord$/);
    const copyOfB = path.join(os.tmpdir(), `accord-e2e-${randomBytes(6).toString('hex')}.accord`);
    await download.saveAs(copyOfB);
    await expect(pageB.getByTestId('file-notice')).toContainText('is in your downloads');

    await openFilePage(page, host.url, workspaceId);
    await page.getByTestId('file-page').getByTestId('upload-input').setInputFiles(copyOfB);
    const summary = page.getByRole('dialog', { name: 'Changes merged' });
    await expect(summary).toBeVisible({ timeout: 20_000 });
    await expect(summary.getByTestId('merge-documents-changed')).toContainText('Terms of Reference');
    await expect(summary.getByTestId('merge-documents-added')).toContainText('Notes from Bilal');
    await expect(summary.getByTestId('merge-decisions-added')).toHaveText('0');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'merge-summary');
    await summary.getByRole('button', { name: 'Close' }).click();
    await expect(summary).toBeHidden();

    // Both edits are in A's document, and B's new document is listed.
    await page.goto(appUrl(host.url, `#/w/${workspaceId}/d/${documentId}`));
    const box = await waitForEditorReady(page);
    await expect(box).toContainText('Added by Amina meanwhile.');
    await expect(box).toContainText('Added by Bilal on his computer.');
    await page.goto(appUrl(host.url, `#/w/${workspaceId}`));
    await expect(page.getByTestId('document-list')).toContainText('Notes from Bilal');

    // Merging the same file again brings nothing new.
    await openFilePage(page, host.url, workspaceId);
    await page.getByTestId('file-page').getByTestId('upload-input').setInputFiles(copyOfB);
    await expect(page.getByRole('dialog', { name: 'Changes merged' })).toContainText('The file brought nothing new');
  } finally {
    await contextB.close();
    await hostB.stop();
  }
});

test('a backup is restored as a new workspace', async ({ page, host }) => {
  const workspaceId = await createWorkspace(page, { name: NAME });
  await openFilePage(page, host.url, workspaceId);
  await savedFile(page, host.filesDir, workspaceId);
  await page.getByRole('button', { name: 'Save now' }).click();
  const backups = page.getByTestId('backups');
  await expect(backups.getByRole('button', { name: /^Restore as a new workspace \(backup of .+\)$/ }).first()).toBeVisible({ timeout: 20_000 });
  await backups.getByRole('button', { name: /^Restore as a new workspace \(backup of .+\)$/ }).first().click();

  // The workspace is still here, so the restored one is a copy with its own ids.
  await expect(page.getByRole('heading', { level: 1, name: /^Riverside Tenants Alliance \(restored .+\)$/ })).toBeVisible({ timeout: 20_000 });
  const restoredId = routeIds(page).workspaceId;
  expect(restoredId).toBeTruthy();
  expect(restoredId).not.toBe(workspaceId);
  await openHome(page, host.url);
  await expect(workspaceList(page).getByRole('link', { name: NAME, exact: true })).toBeVisible();
  await expect(workspaceList(page).getByRole('link', { name: /\(restored / })).toBeVisible();
});

test('a damaged or foreign file gets a clear message and changes nothing', async ({ page, host }) => {
  const workspaceId = await createWorkspace(page, { name: NAME });
  await openFilePage(page, host.url, workspaceId);
  const good = await readFile(await savedFile(page, host.filesDir, workspaceId));
  const scratch = os.tmpdir();
  const write = async (name: string, bytes: Uint8Array) => {
    const file = path.join(scratch, `accord-e2e-${randomBytes(4).toString('hex')}-${name}`);
    await writeFile(file, bytes);
    return file;
  };
  const cases: Array<{ file: string; message: RegExp }> = [
    { file: await write('random.accord', randomBytes(4096)), message: /not an Accord file/ },
    { file: await write('cut.accord', good.subarray(0, Math.floor(good.length / 2))), message: /incomplete|damaged/ },
    // A Word document renamed: a zip, but not Accord's.
    { file: await write('report.accord', await docxLike()), message: /not an Accord workspace file/ },
  ];

  await openHome(page, host.url);
  const before = await workspaceList(page).getByRole('listitem').count();
  await page.goto(appUrl(host.url, '#/files'));
  await expect(page.getByTestId('files-screen')).toBeVisible();
  for (const { file, message } of cases) {
    await page.getByTestId('files-screen').getByTestId('upload-input').first().setInputFiles(file);
    const dialog = page.getByRole('alertdialog', { name: 'The file could not be used' });
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    await expect(dialog.getByTestId('file-error')).toContainText(message);
    await expect(dialog).toContainText('Nothing was changed');
    if (file.endsWith('random.accord')) await saveScreenshot(page, 'file-error');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  }
  await openHome(page, host.url);
  await expect(workspaceList(page).getByRole('listitem')).toHaveCount(before);

  // A file of another workspace offered for merging is refused, with the way to open it instead.
  const otherId = await createWorkspace(page, { name: 'Coastal Cooperative' });
  await openFilePage(page, host.url, otherId);
  await page.getByTestId('file-page').getByTestId('upload-input').setInputFiles(await write('horizon.accord', good));
  const refusal = page.getByRole('alertdialog', { name: 'The file could not be used' });
  await expect(refusal).toContainText(`This file is a copy of “${NAME}”, not of this workspace: open it instead.`);
  await refusal.getByRole('button', { name: 'Open it instead' }).click();
  // Its workspace is here: merge into it, or open a separate copy.
  const choice = page.getByRole('dialog', { name: 'This workspace is already here' });
  await expect(choice).toBeVisible();
  await choice.getByRole('button', { name: 'Merge into it' }).click();
  await expect(page.getByRole('dialog', { name: 'Changes merged' })).toContainText('The file brought nothing new');
});

/** The start of a .docx: a zip holding `[Content_Types].xml` and `word/document.xml`. */
async function docxLike(): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
}
