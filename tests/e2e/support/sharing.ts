/** Steps of sharing a workspace, written against the English UI's accessible names. */
import net from 'node:net';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { appUrl, openHome, waitForEditorReady } from './app';
import { watchForMissingMessages } from './missing-messages';

export function workspaceNav(page: Page) {
  return page.getByRole('navigation', { name: 'Workspace' });
}

export function syncState(page: Page) {
  return workspaceNav(page).getByTestId('sync-state');
}

export async function openSharing(page: Page): Promise<void> {
  await workspaceNav(page).getByRole('link', { name: 'Sharing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sharing' })).toBeVisible();
}

/** From the Sharing page: turn sharing on through a relay the group runs, or hosted here. */
export async function turnOnSharing(page: Page, how: { relayUrl: string } | { hostPort: number }, name: string, sealed = true): Promise<void> {
  if ('relayUrl' in how) {
    await page.getByRole('radio', { name: /Connect to a relay/ }).check();
    await page.getByRole('textbox', { name: 'Relay address' }).fill(how.relayUrl);
  } else {
    await page.getByRole('radio', { name: /Host on this computer/ }).check();
    await page.getByRole('textbox', { name: 'Port' }).fill(String(how.hostPort));
  }
  const seal = page.getByRole('checkbox', { name: /Seal the workspace/ });
  if (sealed) await seal.check();
  else await seal.uncheck();
  await page.getByRole('textbox', { name: 'Your name, as others see it' }).fill(name);
  await page.getByRole('button', { name: 'Turn on sharing' }).click();
  await expect(page.getByTestId('relay-url')).toBeVisible();
}

/** Creates an invite on the Sharing page and returns its link and code. */
export async function createInvite(page: Page, label: string, access: 'edit' | 'read' = 'edit'): Promise<{ link: string; code: string }> {
  await page.getByRole('button', { name: 'Create an invite' }).click();
  const form = page.getByRole('dialog', { name: 'Create an invite' });
  await form.getByRole('textbox', { name: /For whom/ }).fill(label);
  await form.getByRole('radio', { name: access === 'edit' ? 'Can edit' : 'Read-only (observer)' }).check();
  await form.getByRole('button', { name: 'Create' }).click();
  const shown = page.getByRole('dialog', { name: `Invite for ${label}` });
  await expect(shown).toBeVisible();
  // Registered on the relay: no "will work once online" warning.
  await expect(shown.getByRole('alert')).toHaveCount(0);
  const link = await shown.getByTestId('invite-link').inputValue();
  const code = await shown.getByTestId('invite-code').inputValue();
  return { link, code };
}

export async function closeInviteDialog(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Home → Join a workspace → paste → Join. Leaves the dialog open when the invite is refused there. */
export async function pasteInvite(page: Page, invite: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Join a workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Join a workspace' });
  await dialog.getByTestId('join-invite').fill(invite);
  await dialog.getByRole('textbox', { name: 'Your name, as others see it' }).fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
}

/** A second member: their own browser context (their own IndexedDB) on the same app. */
export async function secondMember(
  browser: Browser,
  baseUrl: string,
  beforeOpening?: (context: BrowserContext) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  watchForMissingMessages(context);
  await beforeOpening?.(context);
  const page = await context.newPage();
  await openHome(page, baseUrl);
  return { context, page };
}

export async function openDocument(page: Page, baseUrl: string, workspaceId: string, documentId: string): Promise<void> {
  await page.goto(appUrl(baseUrl, `#/w/${workspaceId}/d/${documentId}`));
  await waitForEditorReady(page);
}

/**
 * A member's network to the relay, switchable: Chromium's offline emulation does not touch
 * open WebSockets, so the relay's sockets are routed through Playwright, which can cut them
 * (and refuse new ones) like a dropped Wi-Fi would.
 */
export async function networkSwitch(context: BrowserContext, relayPort: number): Promise<{ offline(): void; online(): void }> {
  let isOffline = false;
  const open = new Set<{ close(): Promise<void> }>();
  await context.routeWebSocket((url) => url.port === String(relayPort), (socket) => {
    if (isOffline) {
      void socket.close({ code: 1006 }).catch(() => {});
      return;
    }
    socket.connectToServer();
    open.add(socket);
    socket.onClose(() => open.delete(socket));
  });
  return {
    offline() {
      isOffline = true;
      for (const socket of open) void socket.close().catch(() => {});
      open.clear();
    },
    online() {
      isOffline = false;
    },
  };
}

/** A loopback port nobody listens on now (for a relay the test hosts from the app). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
