/**
 * Nothing typed is lost when the browser dies: SIGKILL the real Chromium process in
 * the middle of typing, start it again on the same profile and the same host port
 * (so the same IndexedDB origin), and find everything typed more than the save delay
 * before the kill, as an uncorrupted prefix of what was typed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { appUrl, createDocument, createWorkspace, editor, expectSaved, focusEditorEnd, openHome, waitForEditorReady } from './support/app';
import { launchChromiumProcess, type ChromiumProcess } from './support/chromium-process';
import { startHost, type StartedHost } from './support/host';
import { saveScreenshot } from './support/screenshots';

/** The app writes each edit at most this long after it was typed (UI contract)… */
const SAVE_DELAY_MS = 300;
/** …plus room for the IndexedDB commit on a loaded two-core machine. */
const SAVE_MARGIN_MS = 500;
const KEY_DELAY_MS = 25;
const CHUNK = 6;
/** Kill once this much is typed and this long has passed: several save cycles, however loaded the machine. */
const TYPE_BEFORE_KILL = { characters: 12 * CHUNK, ms: 3_000 };

/** A long sequence nobody would type by accident, with words so Lexical sees ordinary text. */
function uniqueSequence(marker: string, words: number): string {
  const parts = [marker];
  for (let i = 0; i < words; i++) parts.push(`w${i.toString(36)}q`);
  return parts.join(' ');
}

test.describe('crash safety', () => {
  test.setTimeout(120_000);

  let host: StartedHost | undefined;
  let browser: ChromiumProcess | undefined;
  let scratch: string | undefined;

  test.afterEach(async () => {
    await browser?.close();
    await host?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  test('text typed before a SIGKILL of the browser survives, as an exact prefix', async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'accord-crash-'));
    const profile = path.join(scratch, 'chromium-profile');
    const dataDir = path.join(scratch, 'host-data');
    host = await startHost({ dataDir });
    browser = await launchChromiumProcess({ userDataDir: profile });
    let page = await browser.context.newPage();

    await openHome(page, host.url);
    const workspaceId = await createWorkspace(page, { name: 'Crash Test Network' });
    const documentId = await createDocument(page, 'note', 'Crash notes');
    await expectSaved(page);
    await focusEditorEnd(page);

    const marker = `CRASH${Date.now().toString(36).toUpperCase()}`;
    const text = uniqueSequence(marker, 400);
    // Node-side record: how much of `text` had been typed at each moment.
    const progress: { at: number; typed: number }[] = [];
    const typing = (async () => {
      for (let offset = 0; offset < text.length; offset += CHUNK) {
        await page.keyboard.type(text.slice(offset, offset + CHUNK), { delay: KEY_DELAY_MS });
        progress.push({ at: Date.now(), typed: Math.min(text.length, offset + CHUNK) });
      }
    })().catch(() => undefined); // fails once the browser is gone, as it should

    const typingStarted = Date.now();
    await expect
      .poll(() => (progress.at(-1)?.typed ?? 0) >= TYPE_BEFORE_KILL.characters && Date.now() - typingStarted >= TYPE_BEFORE_KILL.ms, {
        timeout: 60_000,
        intervals: [100],
      })
      .toBe(true);
    const killedAt = Date.now();
    await browser.kill();
    await typing;

    const safeBefore = killedAt - SAVE_DELAY_MS - SAVE_MARGIN_MS;
    const mustSurvive = progress.filter((step) => step.at <= safeBefore).at(-1)?.typed ?? 0;
    const typedAtKill = progress.at(-1)?.typed ?? 0;
    expect(mustSurvive, 'enough was typed before the kill for the test to mean something').toBeGreaterThan(CHUNK * 3);
    expect(typedAtKill, 'the kill came in the middle of typing').toBeLessThan(text.length);

    // Restart everything as a user would: the host on the same port and data folder
    // (so the same origin, hence the same IndexedDB), Chromium on the same profile.
    const { port } = host;
    await host.stop();
    host = await startHost({ port, dataDir });
    browser = await launchChromiumProcess({ userDataDir: profile });
    page = await browser.context.newPage();
    await page.goto(appUrl(host.url, `#/w/${workspaceId}/d/${documentId}`));
    await waitForEditorReady(page);
    const content = (await editor(page).innerText()).replace(/\s+/g, ' ');
    await saveScreenshot(page, 'crash-after-restart');

    const start = content.indexOf(marker);
    expect(start, 'the typed text is in the document after the restart').toBeGreaterThanOrEqual(0);
    const recovered = content.slice(start).trim();
    const summary = `typed ${typedAtKill} characters before the kill, ${mustSurvive} had to survive, ${recovered.length} recovered`;
    test.info().annotations.push({ type: 'crash-safety', description: summary });
    console.log(`crash safety: ${summary}`);
    expect(text.startsWith(recovered), `recovered text is a prefix of what was typed:\n${recovered}`).toBe(true);
    expect(recovered.length).toBeGreaterThanOrEqual(mustSurvive);
  });
});
