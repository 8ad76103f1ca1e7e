/**
 * Two members comment on a shared document through a relay: a thread with a mention appears
 * live on the other side, replies travel back, the highlight stays on its passage while the
 * text around it is edited, resolving moves it for both, a passage deleted by the other
 * member leaves an orphaned thread with its quote, and "Colour by author" tells them apart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { editor, exampleTermsOfReference, languageSelect } from './support/app';
import { saveScreenshot } from './support/screenshots';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { closeInviteDialog, createInvite, openDocument, openSharing, pasteInvite, secondMember, syncState, turnOnSharing } from './support/sharing';
import { startRelay } from '../../electron/relay/relay';
import type { Page } from '@playwright/test';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });

/** Selects `text` in the editor as a person would with the mouse (collapsed at its start or end when asked). */
async function selectInEditor(page: Page, text: string, collapse?: 'start' | 'end'): Promise<void> {
  await editor(page).evaluate(
    (root, { text, collapse }) => {
      root.focus();
      const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at < 0) continue;
        const range = root.ownerDocument.createRange();
        range.setStart(node, collapse === 'end' ? at + text.length : at);
        range.setEnd(node, collapse === 'start' ? at : at + text.length);
        const selection = root.ownerDocument.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`not in the editor: ${text}`);
    },
    { text, collapse },
  );
  // Lexical takes the DOM selection over on the next frames.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The text under a CSS custom highlight (comments, authorship), as the page paints it. */
async function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()), name);
}

/**
 * The other member leaves the text, so their cursor's name label (white on their colour,
 * drawn by the collaboration plugin) is out of the picture when the panel is checked.
 */
async function leaveEditor(member: Page, observer: Page): Promise<void> {
  await member.getByRole('button', { name: /^Comments \(/ }).focus();
  await expect(observer.locator('.editor-cursors').getByText('Bruno')).toHaveCount(0);
}

/** Back to the top of the document (where this test writes), painted, for the screenshots. */
async function showTop(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => {
    window.scrollTo(0, 0);
    document.querySelector('main')?.scrollTo(0, 0);
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  }));
}

function panel(page: Page) {
  return page.getByTestId('comments-panel');
}

function thread(page: Page, quote: string) {
  return panel(page).getByTestId('comment-thread').filter({ has: page.locator('blockquote', { hasText: quote }) });
}

test('two members comment live, reply, resolve, keep orphaned threads, and colour the text by author', async ({ page, host, browser }) => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-e2e-relay-'));
  const relay = await startRelay({ port: 0, dataDir, access: 'tokens' });
  try {
    const { workspaceId, documentId } = await exampleTermsOfReference(page, host.url);
    await openSharing(page);
    await turnOnSharing(page, { relayUrl: relay.url }, 'Amina');
    await expect(syncState(page)).toContainText('Synced');
    const { link } = await createInvite(page, 'Bruno');
    await closeInviteDialog(page);

    const bruno = await secondMember(browser, host.url);
    try {
      await pasteInvite(bruno.page, link, 'Bruno');
      await expect(bruno.page.getByRole('heading', { level: 1, name: 'Horizon Diaspora Network' })).toBeVisible({ timeout: 20_000 });
      await expect(syncState(bruno.page)).toContainText('Synced', { timeout: 20_000 });
      await openDocument(page, host.url, workspaceId, documentId);
      await openDocument(bruno.page, host.url, workspaceId, documentId);

      // Amina writes a clause and comments on part of it, mentioning a member.
      // (Near the top, so the screenshots show the passages with the header's tools.)
      await selectInEditor(page, 'Version 1.2', 'end');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Meetings rotate between member cities every year.', { delay: 10 });
      await expect(editor(bruno.page)).toContainText('Meetings rotate between member cities every year.');
      const comment = page.getByRole('button', { name: 'Comment', exact: true });
      await expect(comment).toBeDisabled();
      await selectInEditor(page, 'rotate between member cities');
      await expect(comment).toBeEnabled();
      await comment.click();
      const form = page.getByTestId('new-comment');
      await expect(form.locator('blockquote')).toHaveText('rotate between member cities');
      const box = form.getByRole('textbox', { name: 'Your comment' });
      await box.pressSequentially('Which cities? @Jis', { delay: 10 });
      await expect(form.getByRole('option', { name: 'Jisr Community Association' })).toBeVisible();
      await box.press('Enter');
      await box.pressSequentially('can you propose a list?', { delay: 5 });
      await form.getByRole('button', { name: 'Post comment' }).click();
      const mine = thread(page, 'rotate between member cities');
      await expect(mine).toContainText('Which cities? @Jisr Community Association can you propose a list?');
      await expect(mine.locator('.mention')).toHaveText('@Jisr Community Association');
      await expect(page.getByRole('button', { name: 'Comments (1)' })).toBeVisible();
      await expect.poll(() => highlighted(page, 'accord-comment')).toEqual(['rotate between member cities']);

      // Bruno sees it live (count, highlight, thread) and replies; Amina sees the reply.
      await expect(bruno.page.getByRole('button', { name: 'Comments (1)' })).toBeVisible({ timeout: 20_000 });
      await expect.poll(() => highlighted(bruno.page, 'accord-comment')).toEqual(['rotate between member cities']);
      await bruno.page.getByRole('button', { name: 'Comments (1)' }).click();
      const his = thread(bruno.page, 'rotate between member cities');
      await expect(his).toContainText('Amina');
      await expect(his.locator('.mention')).toHaveText('@Jisr Community Association');
      // The caret in a commented passage makes its thread the active one.
      await expect(his).not.toHaveClass(/comment-thread--active/);
      await selectInEditor(bruno.page, 'between member', 'start');
      await expect(his).toHaveClass(/comment-thread--active/);
      await his.getByRole('button', { name: 'Reply' }).click();
      await his.getByRole('textbox', { name: 'Your reply' }).fill('Online meetings should count too.');
      await his.getByRole('button', { name: 'Send reply' }).click();
      await expect(mine).toContainText('Online meetings should count too.', { timeout: 20_000 });
      await expect(mine.getByRole('listitem')).toHaveCount(2);

      // Bruno writes right before and right after the passage: the highlight stays on it, on both sides.
      await selectInEditor(bruno.page, 'rotate between member cities', 'start');
      await bruno.page.keyboard.type('always ', { delay: 20 });
      await selectInEditor(bruno.page, 'rotate between member cities', 'end');
      await bruno.page.keyboard.type(' and towns', { delay: 20 });
      await expect(editor(page)).toContainText('Meetings always rotate between member cities and towns every year.', { timeout: 20_000 });
      await expect.poll(() => highlighted(page, 'accord-comment')).toEqual(['rotate between member cities']);
      await expect.poll(() => highlighted(bruno.page, 'accord-comment')).toEqual(['rotate between member cities']);
      await leaveEditor(bruno.page, page);
      await expectNoSeriousA11yViolations(page, { screen: 'comments panel' });
      await showTop(page);
      await saveScreenshot(page, 'comments-panel');

      // Amina resolves it: it moves to Resolved for both, and its highlight goes.
      await mine.getByRole('button', { name: 'Resolve' }).click();
      await expect(panel(page).getByTestId('resolved-threads')).toContainText('rotate between member cities');
      await expect(panel(bruno.page).getByTestId('resolved-threads')).toContainText('rotate between member cities', { timeout: 20_000 });
      await expect(panel(bruno.page).getByTestId('open-threads')).not.toContainText('rotate between member cities');
      await expect(panel(bruno.page).getByTestId('resolved-threads')).toContainText('Resolved by Amina');
      await expect(bruno.page.getByRole('button', { name: 'Comments (0)' })).toBeVisible();
      await expect.poll(() => highlighted(bruno.page, 'accord-comment')).toEqual([]);

      // A comment on text Bruno then deletes stays listed, orphaned, with its quote.
      await selectInEditor(page, 'Version 1.2', 'end');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Temporary clause on observers.', { delay: 10 });
      await selectInEditor(page, 'Temporary clause');
      await page.keyboard.press('Control+Alt+m');
      await page.getByTestId('new-comment').getByRole('textbox', { name: 'Your comment' }).fill('Do we need this at all?');
      await page.getByTestId('new-comment').getByRole('button', { name: 'Post comment' }).click();
      await expect(thread(bruno.page, 'Temporary clause')).toBeVisible({ timeout: 20_000 });
      await selectInEditor(bruno.page, 'Temporary clause on observers.');
      await bruno.page.keyboard.press('Backspace');
      await expect(editor(page)).not.toContainText('Temporary clause', { timeout: 20_000 });
      for (const member of [page, bruno.page]) {
        const orphan = thread(member, 'Temporary clause');
        await expect(orphan).toContainText('orphaned');
        await expect(orphan).toContainText('Do we need this at all?');
      }

      // The panel in Arabic: right to left, accessible.
      await leaveEditor(bruno.page, page);
      await languageSelect(page).selectOption('ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(panel(page).getByRole('heading', { level: 2, name: 'التعليقات' })).toBeVisible();
      await expect(thread(page, 'Temporary clause')).toContainText('يتيم');
      await expectNoSeriousA11yViolations(page, { screen: 'comments panel (Arabic)' });
      await showTop(page);
      await saveScreenshot(page, 'comments-panel-ar');
      await languageSelect(page).selectOption('en');

      // Who wrote what: Amina's and Bruno's text in two colours, with a legend.
      await page.getByRole('button', { name: 'Colour by author' }).click();
      const legend = page.getByTestId('authorship-legend');
      await expect(legend).toContainText('Amina');
      await expect(legend).toContainText('Bruno');
      const painted = async () => {
        const slots = await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('accord-author-')));
        const texts = await Promise.all(slots.map((slot) => highlighted(page, slot)));
        return texts.map((ranges) => ranges.join(''));
      };
      await expect.poll(async () => (await painted()).some((text) => text.includes('always') && text.includes('and towns'))).toBe(true);
      await expect.poll(async () => (await painted()).some((text) => text.includes('Meetings') && !text.includes('always'))).toBe(true);
      await showTop(page);
      await saveScreenshot(page, 'authorship');
      await page.getByRole('button', { name: 'Colour by author' }).click();
      await expect(legend).toHaveCount(0);
      expect(await painted()).toEqual([]);

      // The document list shows the open-comment count (the orphaned thread is still open).
      await page.goto(`${host.url}#/w/${workspaceId}`);
      const row = page.getByTestId('document-list').getByRole('row').filter({ hasText: 'Terms of Reference' }).first();
      await expect(row.getByTestId('open-comment-count')).toHaveText('Open comments: 1');
    } finally {
      await bruno.context.close();
    }
  } finally {
    await relay.close();
  }
});
