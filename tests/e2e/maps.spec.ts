/**
 * Strategy maps with actors (toolkit §3): the actor registry, a power map and a spectrum of
 * allies built by two members at once through a relay (a move on one side appears on the
 * other), keyboard-only placement, a drop outside the board, the list view, deleting an actor
 * the boards use (asks, then undo), and a PNG export looked at. Screenshots in English and Arabic.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { createWorkspace, languageSelect, openExampleWorkspace } from './support/app';
import { saveScreenshot } from './support/screenshots';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { closeInviteDialog, createInvite, freePort, openSharing, pasteInvite, secondMember, syncState, turnOnSharing, workspaceNav } from './support/sharing';
import { SCREENSHOT_DIR } from './support/paths';
import { normaliseText, pdfPagesToPng, pdfText } from './support/pdf-pages';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });

async function openActors(page: Page): Promise<void> {
  await workspaceNav(page).getByRole('link', { name: 'Actors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Actor registry' })).toBeVisible();
}

async function openMaps(page: Page): Promise<void> {
  await workspaceNav(page).getByRole('link', { name: 'Strategy maps' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy maps' })).toBeVisible();
}

async function addActor(page: Page, actor: { name: string; type?: string; own?: boolean }): Promise<void> {
  await page.getByRole('button', { name: 'Add actor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an actor' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(actor.name);
  if (actor.type) await dialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: actor.type });
  if (actor.own) await dialog.getByRole('checkbox', { name: /our own organisation/ }).check();
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('actor-list').getByRole('rowheader').filter({ hasText: actor.name })).toBeVisible();
}

async function setRelation(page: Page, actor: string, other: string, kind: 'Cooperating' | 'In conflict'): Promise<void> {
  await page.getByRole('button', { name: `Relations of ${actor}` }).click();
  const dialog = page.getByRole('dialog', { name: `Relations of ${actor}` });
  await dialog.getByRole('combobox', { name: `Relation with ${other}` }).selectOption({ label: kind });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

async function newMap(page: Page, kind: 'Power map' | 'Spectrum of allies', title: string): Promise<void> {
  await openMaps(page);
  await page.getByRole('button', { name: 'New map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await dialog.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

function chip(page: Page, name: string): Locator {
  return page.locator(`g[data-actor-id][aria-label^="${name}"]`);
}

/** Drags with real pointer events, in steps. */
async function drag(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
  const box = (await from.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** A point of the drawing at (support, influence) — LTR. */
async function boardPoint(svg: Locator, support: number, influence: number): Promise<{ x: number; y: number }> {
  const box = (await svg.boundingBox())!;
  const scale = box.width / 1000;
  return { x: box.x + (90 + support * 820) * scale, y: box.y + (40 + (1 - influence) * 600) * scale };
}

async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = await fs.readFile(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('two members build a power map and a spectrum of allies together, live', async ({ page, host, browser }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await openExampleWorkspace(page, host.url);
  await openSharing(page);
  const port = await freePort();
  await turnOnSharing(page, { hostPort: port }, 'Amina');
  await expect(syncState(page)).toContainText('Synced');
  const { link } = await createInvite(page, 'Bruno');
  await closeInviteDialog(page);
  const forObserver = await createInvite(page, 'Observer from the foundation', 'read');
  await closeInviteDialog(page);

  const bruno = await secondMember(browser, host.url);
  try {
    await bruno.page.setViewportSize({ width: 1400, height: 1000 });
    await pasteInvite(bruno.page, link, 'Bruno');
    await expect(bruno.page.getByRole('heading', { level: 1, name: 'Horizon Diaspora Network' })).toBeVisible({ timeout: 20_000 });
    await expect(syncState(bruno.page)).toContainText('Synced');

    // The registry, with the toolkit's brainstorming questions.
    await openActors(page);
    await expect(page.getByRole('complementary', { name: 'Brainstorm: who belongs here?' })).toContainText('Who can make decisions?');
    await addActor(page, { name: 'City council', type: 'Institution' });
    await addActor(page, { name: 'Youth Forum', type: 'Group' });
    await addActor(page, { name: 'Horizon Network', own: true });
    await addActor(page, { name: 'Local press' });
    await setRelation(page, 'Youth Forum', 'Horizon Network', 'Cooperating');
    await setRelation(page, 'City council', 'Local press', 'In conflict');
    // Add from members: a member of the register becomes an actor linked to it.
    await page.getByRole('button', { name: 'Add from members' }).click();
    const pick = page.getByRole('dialog', { name: 'Add members as actors' });
    await pick.getByRole('checkbox', { name: 'Jisr Community Association' }).check();
    await pick.getByRole('button', { name: 'Add selected' }).click();
    await expect(page.getByTestId('actor-list')).toContainText('Jisr Community Association');
    await expect(page.getByTestId('actor-list').getByRole('row', { name: /^Jisr Community Association/ }).getByRole('link', { name: 'Member of the workspace' })).toBeVisible();
    await expect(page.getByTestId('actor-list').getByRole('row', { name: /^City council/ })).toContainText('In conflict with Local press');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'actors', { fullPage: true });

    // Amina creates a power map and places actors from the tray.
    await newMap(page, 'Power map', 'Voting rights campaign');
    const mapUrl = page.url();
    for (const name of ['City council', 'Youth Forum', 'Horizon Network', 'Local press']) {
      await page.getByRole('button', { name: new RegExp(`^Place ${name}`) }).click();
      await expect(chip(page, name)).toBeVisible();
    }
    const svg = page.getByTestId('power-map-svg');
    // Drag City council to high influence, opposed: awareness raising.
    await drag(page, chip(page, 'City council'), await boardPoint(svg, 0.15, 0.85));
    await expect(chip(page, 'City council')).toHaveAttribute('aria-label', /Awareness raising/);
    // Drag Youth Forum to low influence, supportive: capacity development.
    await drag(page, chip(page, 'Youth Forum'), await boardPoint(svg, 0.8, 0.2));
    await expect(chip(page, 'Youth Forum')).toHaveAttribute('aria-label', /Capacity development/);
    await drag(page, chip(page, 'Horizon Network'), await boardPoint(svg, 0.85, 0.7));
    await drag(page, chip(page, 'Local press'), await boardPoint(svg, 0.3, 0.3));
    // Drag an actor from the tray onto the board.
    const jisr = page.getByRole('button', { name: /^Place Jisr Community Association/ });
    const target = await boardPoint(svg, 0.65, 0.85);
    await drag(page, jisr, target);
    await expect(chip(page, 'Jisr Community Association')).toHaveAttribute('aria-label', /Partner/);

    // Bruno opens the same board and sees it; Amina moves an actor, Bruno sees it move.
    await bruno.page.goto(mapUrl);
    await expect(bruno.page.getByRole('heading', { level: 1, name: 'Voting rights campaign' })).toBeVisible();
    await expect(chip(bruno.page, 'City council')).toHaveAttribute('aria-label', /Awareness raising/);
    await drag(page, chip(page, 'City council'), await boardPoint(svg, 0.9, 0.9));
    await expect(chip(bruno.page, 'City council')).toHaveAttribute('aria-label', /Partner/, { timeout: 15_000 });
    // Bruno moves one by keyboard; Amina sees it.
    await chip(bruno.page, 'Local press').focus();
    await bruno.page.keyboard.press('Shift+ArrowUp');
    await bruno.page.keyboard.press('Shift+ArrowUp');
    await expect(bruno.page.getByTestId('board-announcement')).toContainText('Local press: Awareness raising');
    await expect(chip(page, 'Local press')).toHaveAttribute('aria-label', /Awareness raising/, { timeout: 15_000 });
    // Dropped outside the board: it lands on the nearest edge, never lost.
    const box = (await svg.boundingBox())!;
    await drag(page, chip(page, 'Youth Forum'), { x: box.x + box.width * 0.8, y: box.y + box.height + 150 });
    await expect(page.getByTestId('board-announcement')).toContainText('dropped outside the board');
    await expect(chip(page, 'Youth Forum')).toHaveAttribute('aria-label', /very low influence/);
    await expect(chip(bruno.page, 'Youth Forum')).toHaveAttribute('aria-label', /very low influence/, { timeout: 15_000 });
    // Relations are drawn: one solid, one dashed.
    await expect(svg.locator('line[data-from]')).toHaveCount(2);
    await expect(svg.locator('line[data-from][stroke-dasharray]')).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'power-map', { fullPage: true });

    // The list view: the same board in words.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = page.getByTestId('power-map-list');
    await expect(list.getByRole('heading', { name: 'Partner' })).toBeVisible();
    await expect(list).toContainText('City council — very high influence, strongly supportive');
    await expect(list).toContainText('City council and Local press are in conflict');
    await page.getByRole('button', { name: 'Board', exact: true }).click();

    // Export a PNG and an SVG, and look at the PNG.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('Voting-rights-campaign.png');
    const pngFile = path.join(SCREENSHOT_DIR, 'power-map-export.png');
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
    await png.saveAs(pngFile);
    expect(await pngSize(pngFile)).toEqual({ width: 2000, height: 1520 });
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    const svgText = await fs.readFile(await svgFile.path(), 'utf8');
    expect(svgText).toMatch(/<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain('City council');
    expect(svgText).not.toContain('tabindex');

    // As a document: the board's picture on top, the same in words below — PDF and DOCX.
    const exportAsDocument = async (format: 'PDF' | 'Word document (DOCX)') => {
      await page.getByRole('button', { name: 'Export as a document…' }).click();
      const exportDialog = page.getByRole('dialog');
      await exportDialog.getByRole('radio', { name: format, exact: true }).check();
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), exportDialog.getByRole('button', { name: 'Export', exact: true }).click()]);
      return new Uint8Array(await fs.readFile(await file.path()));
    };
    const pdf = await exportAsDocument('PDF');
    const words = normaliseText(await pdfText(pdf));
    expect(words).toContain('Voting rights campaign');
    expect(words).toContain('City council — very high influence, strongly supportive');
    expect(await pdfPagesToPng(pdf, 'power-map-document-pdf', { pages: 1 })).toHaveLength(1);
    const docx = unzipSync(await exportAsDocument('Word document (DOCX)'));
    expect(Object.keys(docx).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toHaveLength(1);
    expect(strFromU8(docx['word/document.xml']!)).toContain('descr="Power map “Voting rights campaign”: the board as a picture. The same follows in words."');

    // Arabic: the board mirrors (supportive on the left).
    await languageSelect(page).selectOption('ar');
    await expect(page.getByRole('heading', { level: 1, name: 'Voting rights campaign' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await saveScreenshot(page, 'power-map-ar', { fullPage: true });
    await languageSelect(page).selectOption('en');

    // The spectrum of allies.
    await newMap(page, 'Spectrum of allies', 'Voting rights spectrum');
    const spectrumUrl = page.url();
    for (const name of ['City council', 'Youth Forum', 'Horizon Network', 'Local press', 'Jisr Community Association']) {
      await page.getByRole('button', { name: new RegExp(`^Place ${name}`) }).click();
      await expect(chip(page, name)).toHaveAttribute('aria-label', /Neutral/);
    }
    // Keyboard: Left moves towards the allies.
    await chip(page, 'Horizon Network').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(chip(page, 'Horizon Network')).toHaveAttribute('aria-label', /Active allies/);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('board-announcement')).toContainText('already at the end');
    await chip(page, 'City council').focus();
    await page.keyboard.press('ArrowRight');
    await expect(chip(page, 'City council')).toHaveAttribute('aria-label', /Passive opposition/);

    // Bruno opens it and drags Youth Forum to passive allies; Amina sees it, with its history.
    await bruno.page.goto(spectrumUrl);
    await expect(chip(bruno.page, 'Horizon Network')).toHaveAttribute('aria-label', /Active allies/);
    const spectrumSvg = bruno.page.getByTestId('spectrum-svg');
    const sbox = (await spectrumSvg.boundingBox())!;
    await drag(bruno.page, chip(bruno.page, 'Youth Forum'), { x: sbox.x + sbox.width * 0.3, y: sbox.y + 120 });
    await expect(chip(bruno.page, 'Youth Forum')).toHaveAttribute('aria-label', /Passive allies/);
    await expect(chip(page, 'Youth Forum')).toHaveAttribute('aria-label', /Passive allies/, { timeout: 15_000 });
    await page.getByText('History of Youth Forum').click();
    await expect(page.getByTestId('spectrum-history')).toContainText(/moved from neutral to passive allies on \w{3} \d{1,2}, 20\d\d/);
    // Tactics typed on one side appear on the other.
    await bruno.page.getByRole('textbox', { name: 'Tactics for Neutral' }).fill('Invite them to our cultural evening.');
    await expect(page.getByRole('textbox', { name: 'Tactics for Neutral' })).toHaveValue('Invite them to our cultural evening.', { timeout: 15_000 });
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'spectrum', { fullPage: true });
    await languageSelect(page).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await saveScreenshot(page, 'spectrum-ar', { fullPage: true });
    await languageSelect(page).selectOption('en');
  } finally {
    await bruno.context.close();
  }

  // An observer sees the boards and the registry, changes nothing, and can still switch to the
  // list and export the picture.
  const observer = await secondMember(browser, host.url);
  try {
    await observer.page.setViewportSize({ width: 1400, height: 1000 });
    await pasteInvite(observer.page, forObserver.code, 'Observer');
    await expect(syncState(observer.page)).toContainText('Read-only', { timeout: 20_000 });
    await openActors(observer.page);
    await expect(observer.page.getByTestId('actor-list')).toContainText('City council');
    await expect(observer.page.getByRole('button', { name: 'Add actor' })).toHaveCount(0);
    await expect(observer.page.getByRole('button', { name: 'Edit City council' })).toHaveCount(0);
    await openMaps(observer.page);
    await expect(observer.page.getByRole('button', { name: 'New map' })).toHaveCount(0);
    await observer.page.getByRole('link', { name: 'Voting rights campaign' }).click();
    await expect(observer.page.getByRole('heading', { level: 1, name: 'Voting rights campaign' })).toBeVisible();
    await expect(observer.page.getByText('You are an observer in this workspace: you can read the boards but not change them.')).toBeVisible();
    await expect(chip(observer.page, 'City council')).toHaveAttribute('role', 'img');
    await expect(observer.page.getByRole('button', { name: /^Place / })).toHaveCount(0);
    const before = await chip(observer.page, 'City council').getAttribute('aria-label');
    await drag(observer.page, chip(observer.page, 'City council'), await boardPoint(observer.page.getByTestId('power-map-svg'), 0.1, 0.1));
    await expect(chip(observer.page, 'City council')).toHaveAttribute('aria-label', before!);
    await observer.page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(observer.page.getByTestId('power-map-list')).toContainText('Horizon Network (your organisation) — high influence, strongly supportive');
    const [picture] = await Promise.all([observer.page.waitForEvent('download'), observer.page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(picture.suggestedFilename()).toBe('Voting-rights-campaign.png');
    await expectNoSeriousA11yViolations(observer.page);
    await saveScreenshot(observer.page, 'power-map-observer', { fullPage: true });
  } finally {
    await observer.context.close();
  }
});

test('keyboard only: place and move an actor; deleting an actor the boards use asks, and undo brings it back', async ({ page }) => {
  test.setTimeout(120_000);
  await createWorkspace(page, { name: 'Keyboard network' });
  await openActors(page);
  await addActor(page, { name: 'Regional parliament', type: 'Institution' });
  await newMap(page, 'Power map', 'Keyboard map');

  // Tab to the tray, Enter places the actor in the middle and focuses it; arrows move it.
  const place = page.getByRole('button', { name: /^Place Regional parliament/ });
  await place.focus();
  await page.keyboard.press('Enter');
  const placed = chip(page, 'Regional parliament');
  await expect(placed).toBeFocused();
  await expect(placed).toHaveAttribute('aria-label', /Partner/);
  await page.keyboard.press('ArrowLeft');
  await expect(placed).toHaveAttribute('aria-label', /Awareness raising/);
  await expect(page.getByTestId('board-announcement')).toHaveText(/Regional parliament: Awareness raising/);
  await page.keyboard.press('Shift+ArrowDown');
  await expect(placed).toHaveAttribute('aria-label', /Monitor/);
  await expect(placed).toBeFocused();
  // Delete takes it off the board, back to the tray (with the focus).
  await page.keyboard.press('Delete');
  await expect(placed).toHaveCount(0);
  await expect(place).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(placed).toBeFocused();
  await page.keyboard.press('Shift+ArrowUp');
  await expect(placed).toHaveAttribute('aria-label', /high influence/);

  // Deleting it from the registry asks (it is on a board), then undo puts it back on the board.
  await openActors(page);
  await page.getByRole('button', { name: 'Delete Regional parliament' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this actor?' });
  await expect(confirm).toContainText('taken off every board that places it (boards: 1)');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Regional parliament deleted.')).toBeVisible();
  await expect(page.getByTestId('actor-list')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('actor-list')).toContainText('Regional parliament');
  await openMaps(page);
  await page.getByRole('link', { name: 'Keyboard map' }).click();
  await expect(chip(page, 'Regional parliament')).toHaveAttribute('aria-label', /high influence/);
});
