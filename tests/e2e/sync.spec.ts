/**
 * Two members on two computers (two browser contexts, each its own IndexedDB) share a
 * workspace through a relay: turn sharing on, invite, join, co-edit live with cursors and
 * presence, keep working offline and merge on reconnect; bad, forged and revoked invites
 * get a clear message; an observer cannot change anything.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { exampleTermsOfReference, editor, focusEditorEnd, languageSelect, openHome, routeIds } from './support/app';
import { saveScreenshot } from './support/screenshots';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { closeInviteDialog, createInvite, freePort, networkSwitch, openDocument, openSharing, pasteInvite, secondMember, syncState, turnOnSharing, workspaceNav } from './support/sharing';
import { startRelay, type Relay } from '../../electron/relay/relay';
import { encodeInviteLink, newInviteToken, parseInvite } from '../../shared/sync/invite';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });

async function relayForTest(): Promise<{ relay: Relay; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-e2e-relay-'));
  const relay = await startRelay({ port: 0, dataDir, access: 'tokens' });
  return { relay, dataDir };
}

test('two members co-edit through an invite, see each other, and merge after working offline', async ({ page, host, browser }) => {
  test.setTimeout(120_000);
  // Amina hosts the relay from her app and shares the example workspace.
  const { workspaceId, documentId } = await exampleTermsOfReference(page, host.url);
  await openSharing(page);
  const port = await freePort();
  await turnOnSharing(page, { hostPort: port }, 'Amina');
  await expect(page.getByTestId('host-addresses')).toContainText(`ws://127.0.0.1:${port}`);
  await expect(syncState(page)).toContainText('Synced');
  const { link } = await createInvite(page, 'Bruno (Women’s Cooperative)');
  await saveScreenshot(page, 'sync-invite-created');
  await closeInviteDialog(page);
  await expect(page.getByTestId('invite-list')).toContainText('Bruno (Women’s Cooperative)');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'sync-sharing-page');

  // Bruno, on his own computer, joins with the link and receives the whole workspace.
  let brunosNetwork!: Awaited<ReturnType<typeof networkSwitch>>;
  const bruno = await secondMember(browser, host.url, async (context) => {
    brunosNetwork = await networkSwitch(context, port);
  });
  try {
    await pasteInvite(bruno.page, link, 'Bruno');
    await expect(bruno.page.getByRole('heading', { level: 1, name: 'Horizon Diaspora Network' })).toBeVisible({ timeout: 20_000 });
    expect(routeIds(bruno.page).workspaceId).toBe(workspaceId);
    await expect(syncState(bruno.page)).toContainText('Synced');
    await expect(bruno.page.getByTestId('document-list')).toContainText('Terms of Reference');
    await workspaceNav(bruno.page).getByRole('link', { name: 'Members' }).click();
    await expect(bruno.page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
    await expect(bruno.page.getByRole('link', { name: 'Jisr Community Association' })).toBeVisible();

    // Both in the Terms of Reference: typing appears live on the other side.
    await openDocument(page, host.url, workspaceId, documentId);
    await openDocument(bruno.page, host.url, workspaceId, documentId);
    await focusEditorEnd(page);
    await page.keyboard.type(' Amina adds a clause on rotation.', { delay: 15 });
    await expect(editor(bruno.page)).toContainText('Amina adds a clause on rotation.');
    await focusEditorEnd(bruno.page);
    await bruno.page.keyboard.type(' Bruno agrees.', { delay: 15 });
    await expect(editor(page)).toContainText('Bruno agrees.');

    // Presence: each sees the other, in this document, and the other's cursor with their name.
    await expect(page.getByTestId('presence-list')).toContainText('Bruno');
    await expect(page.getByTestId('presence-list')).toContainText('in Terms of Reference');
    await expect(bruno.page.getByTestId('presence-list')).toContainText('Amina');
    await expect(page.locator('.editor-cursors').getByText('Bruno')).toBeVisible();
    await saveScreenshot(page, 'sync-cursor-and-presence');

    // Bruno loses the network; both keep writing; the changes wait and then merge.
    brunosNetwork.offline();
    await expect(syncState(bruno.page)).toContainText('Offline since', { timeout: 20_000 });
    await bruno.page.keyboard.type(' Written offline by Bruno.', { delay: 15 });
    await expect(syncState(bruno.page)).toContainText('Changes not yet on the relay');
    await saveScreenshot(bruno.page, 'sync-offline-pending');
    // Closing now would leave those changes behind: the app asks first.
    const asked = new Promise<string>((resolve) =>
      bruno.page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await bruno.page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(bruno.page.isClosed()).toBe(false);
    await focusEditorEnd(page);
    await page.keyboard.type(' Amina writes meanwhile.', { delay: 15 });
    brunosNetwork.online();
    await expect(editor(page)).toContainText('Written offline by Bruno.', { timeout: 30_000 });
    await expect(editor(bruno.page)).toContainText('Amina writes meanwhile.', { timeout: 30_000 });
    await expect(syncState(bruno.page)).toContainText('Synced');
    await expect(syncState(page)).toContainText('Synced');
    expect(await editor(page).innerText()).toBe(await editor(bruno.page).innerText());
  } finally {
    await bruno.context.close();
  }
});

test('a wrong, damaged, forged or revoked invite is refused with a clear message; an observer changes nothing', async ({ page, host, browser }) => {
  test.setTimeout(120_000);
  const { relay } = await relayForTest();
  try {
    const { workspaceId, documentId } = await exampleTermsOfReference(page, host.url);
    await openSharing(page);
    await turnOnSharing(page, { relayUrl: relay.url }, 'Amina');
    await expect(syncState(page)).toContainText('Synced');
    const forBruno = await createInvite(page, 'Bruno');
    await closeInviteDialog(page);
    // The sharing page reads right to left in Arabic and passes the accessibility checks there too.
    await languageSelect(page).selectOption('ar');
    await expect(page.getByRole('heading', { level: 1, name: 'المشاركة' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'sync-sharing-page-ar');
    await languageSelect(page).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sharing' })).toBeVisible();
    const forObserver = await createInvite(page, 'Observer from the municipality', 'read');
    await closeInviteDialog(page);

    const other = await secondMember(browser, host.url);
    try {
      // Not an invite, and an invite with one character changed: refused before anything is joined.
      await pasteInvite(other.page, 'https://example.org/hello', 'Bruno');
      const dialog = other.page.getByRole('dialog', { name: 'Join a workspace' });
      await expect(dialog.getByRole('alert')).toHaveText('This is not an Accord invite. Check that you copied all of it.');
      const damaged = forBruno.code.slice(0, 40) + (forBruno.code[40] === 'A' ? 'B' : 'A') + forBruno.code.slice(41);
      await dialog.getByTestId('join-invite').fill(damaged);
      await dialog.getByRole('button', { name: 'Join' }).click();
      await expect(dialog.getByRole('alert')).toContainText('damaged or incomplete');
      await saveScreenshot(other.page, 'sync-invite-damaged');
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      // A forged invite (well-formed, but a token the relay never granted): the relay refuses it.
      const genuine = parseInvite(forBruno.link);
      const forged = encodeInviteLink({ ...genuine, token: newInviteToken((bytes) => crypto.getRandomValues(bytes)) });
      await pasteInvite(other.page, forged, 'Mallory');
      await expect(other.page.getByTestId('sync-state').first()).toContainText('The relay does not know this invite', { timeout: 20_000 });
      await saveScreenshot(other.page, 'sync-invite-forged');

      // The observer's invite: everything arrives, nothing can be changed, the relay would refuse it anyway.
      await openHome(other.page, host.url);
      await pasteInvite(other.page, forObserver.code, 'Observer');
      await expect(other.page.getByRole('heading', { level: 1, name: 'Horizon Diaspora Network' })).toBeVisible({ timeout: 20_000 });
      await expect(syncState(other.page)).toContainText('Read-only');
      await expect(other.page.getByRole('button', { name: 'New document' })).toHaveCount(0);
      await openDocument(other.page, host.url, workspaceId, documentId);
      await expect(editor(other.page)).toHaveAttribute('contenteditable', 'false');
      await expect(editor(other.page)).toContainText('Terms of Reference');
      await saveScreenshot(other.page, 'sync-observer-read-only');

      // Bruno joins; Amina revokes his invite; his app says so and keeps what it has.
      await openHome(other.page, host.url);
      await pasteInvite(other.page, forBruno.link, 'Bruno');
      await expect(syncState(other.page)).toContainText('Synced', { timeout: 20_000 });
      await page.goto(`${host.url}#/w/${workspaceId}/sharing`);
      const brunoRow = page.getByTestId('invite-list').getByRole('listitem').filter({ hasText: 'Bruno' });
      await brunoRow.getByRole('button', { name: 'Revoke' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
      await expect(brunoRow).toContainText('Revoked');
      await expect(syncState(other.page)).toContainText('Your invite to this workspace was revoked', { timeout: 20_000 });
      await expect(other.page.getByRole('heading', { level: 1, name: 'Horizon Diaspora Network' })).toBeVisible();
      await saveScreenshot(other.page, 'sync-invite-revoked');
    } finally {
      await other.context.close();
    }
  } finally {
    await relay.close();
  }
});
