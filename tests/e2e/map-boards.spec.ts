/**
 * The planning boards of the toolkit, walked by one member of the example network: a theory
 * of change (chains filled by keyboard, linked into a bigger picture, a loop refused, a chain
 * reordered), a problem tree (causes with sub-causes, a consequence, removing a cause with
 * what is under it) and a force-field analysis (weights and totals), each also read as a
 * structured list; the force field again in Arabic.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { languageSelect, openExampleWorkspace } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot } from './support/screenshots';
import { SCREENSHOT_DIR } from './support/paths';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });

async function openMaps(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Strategy maps' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy maps' })).toBeVisible();
}

async function newBoard(page: Page, kind: RegExp, title: string): Promise<void> {
  await openMaps(page);
  await page.getByRole('button', { name: 'New map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await dialog.getByRole('radio', { name: kind }).check();
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Types into the focused field, then leaves it with Tab (which is when a board field is saved). */
async function typeAndTab(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** A chain in the link picker: its number and its "If", the text isolated from the label around it. */
const chainOption = (position: number, text: string) => ({ label: `Chain ${position}: \u2068${text}\u2069` });

async function showAs(page: Page, view: 'Drawing' | 'List'): Promise<void> {
  const button = page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: view });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

test.describe('map boards', () => {
  test('theory of change: chains by keyboard, links without loops, reorder, list view', async ({ page, host }) => {
    await openExampleWorkspace(page, host.url);
    await newBoard(page, /^Theory of change/, 'Voting rights campaign');
    const board = page.getByTestId('toc-board');
    await expect(board.locator('p.empty')).toContainText('No chains yet.');

    // Guidance with the toolkit's example.
    await board.getByText('How to use a theory of change').click();
    await expect(board.getByText('If we conduct workshops that inform migrants', { exact: false })).toBeVisible();

    const add = board.getByRole('button', { name: 'Add a chain' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(board.getByRole('textbox', { name: 'If (action) of chain 1' })).toBeFocused();
    await typeAndTab(page, 'we run workshops on voting rights');
    await typeAndTab(page, 'turnout among migrants rises');
    await typeAndTab(page, 'low turnout comes from a lack of awareness');

    await add.focus();
    await page.keyboard.press('Enter');
    await expect(board.getByRole('textbox', { name: 'If (action) of chain 2' })).toBeFocused();
    await typeAndTab(page, 'we show politicians the migrant vote');
    await typeAndTab(page, 'politicians take migrants’ demands into account');
    await typeAndTab(page, 'the migrant vote can decide an election');

    // Chain 1 leads to chain 2; chain 2 leading back to chain 1 would be a loop: refused, with a reason.
    await board.getByRole('combobox', { name: 'The outcome of chain 1 leads to' }).selectOption(chainOption(2, 'we show politicians the migrant vote'));
    await board.getByRole('button', { name: 'Link', exact: true }).first().click();
    await expect(board.getByTestId('toc-chain').first()).toContainText('Leads to:');
    await board.getByRole('combobox', { name: 'The outcome of chain 2 leads to' }).selectOption(chainOption(1, 'we run workshops on voting rights'));
    await board.getByTestId('toc-chain').nth(1).getByRole('button', { name: 'Link', exact: true }).click();
    await expect(board.getByRole('alert')).toContainText('This link would make a loop');

    // A third chain, moved to the top with Alt+Arrow Up, twice.
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(board.getByRole('textbox', { name: 'If (action) of chain 3' })).toBeFocused();
    await typeAndTab(page, 'we build a coalition of migrant-led groups');
    await typeAndTab(page, 'we mobilise different migrant communities');
    await typeAndTab(page, 'they are trusted in their communities');
    const third = board.getByTestId('toc-chain').nth(2);
    await third.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(board.getByTestId('toc-chain').nth(1)).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(board.getByTestId('toc-chain').first()).toBeFocused();
    await expect(board.getByRole('textbox', { name: 'If (action) of chain 1' })).toHaveValue('we build a coalition of migrant-led groups');
    await board.getByRole('combobox', { name: 'The outcome of chain 1 leads to' }).selectOption(chainOption(2, 'we run workshops on voting rights'));
    await board.getByTestId('toc-chain').first().getByRole('button', { name: 'Link', exact: true }).click();

    // The drawing has the three chains and two links; the list view reads them in order.
    const svg = board.getByTestId('toc-svg');
    await expect(svg.locator('path[marker-end]')).toHaveCount(2);
    await expect(svg).toContainText('we build a coalition');
    await saveScreenshot(page, 'theory-of-change', { fullPage: true });
    await showAs(page, 'List');
    const list = board.getByTestId('toc-list');
    await expect(list).toContainText('we build a coalition of migrant-led groups');
    await expect(list.locator('ul ul ul')).toContainText('politicians take migrants’ demands into account');
    await expectNoSeriousA11yViolations(page, { screen: 'theory of change' });

    // Mirrored in Arabic: the cards run right to left, so does the drawing.
    await showAs(page, 'Drawing');
    await languageSelect(page).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(board.getByRole('heading', { name: 'السلسلة 1' })).toBeVisible();
    await saveScreenshot(page, 'theory-of-change-ar', { fullPage: true });
  });

  test('problem tree: core, causes and consequences by keyboard, remove with sub-causes, list view', async ({ page, host }) => {
    await openExampleWorkspace(page, host.url);
    await newBoard(page, /^Problem tree/, 'Low turnout');
    const board = page.getByTestId('problem-tree-board');

    await board.getByRole('textbox', { name: 'Core problem' }).focus();
    await typeAndTab(page, 'Few migrants vote in local elections');

    const addCause = board.getByRole('button', { name: 'Add a root cause' });
    await addCause.focus();
    await page.keyboard.press('Enter');
    await expect(board.getByRole('textbox', { name: 'Cause 1', exact: true })).toBeFocused();
    await typeAndTab(page, 'Little awareness of voting rights');
    // Tab went to "Add a cause" (of this one).
    await expect(board.getByRole('button', { name: 'Add a cause of “Little awareness of voting rights”' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(board.getByRole('textbox', { name: 'Cause 1.1' })).toBeFocused();
    await typeAndTab(page, 'No information in community languages');

    await addCause.focus();
    await page.keyboard.press('Enter');
    await typeAndTab(page, 'Registration is complicated');
    await page.keyboard.press('Enter');
    await expect(board.getByRole('textbox', { name: 'Cause 2.1' })).toBeFocused();
    await typeAndTab(page, 'Forms only in German');

    const addEffect = board.getByRole('button', { name: 'Add a consequence', exact: true });
    await addEffect.focus();
    await page.keyboard.press('Enter');
    await expect(board.getByRole('textbox', { name: 'Consequence 1', exact: true })).toBeFocused();
    await typeAndTab(page, 'Migrants’ needs are ignored by politicians');

    // Removing a cause asks first, says what goes with it, and takes its sub-causes.
    await board.getByRole('button', { name: 'Remove “Registration is complicated”' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove this cause?' });
    await expect(confirm).toContainText('number of causes under it: 1');
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect(board.getByTestId('tree-section-cause').getByTestId('tree-node')).toHaveCount(2);
    await expect(board.getByText('Forms only in German')).toHaveCount(0);

    const svg = board.getByTestId('problem-tree-svg');
    await expect(svg).toContainText('Few migrants vote');
    await expect(svg.locator('line')).toHaveCount(3);
    await saveScreenshot(page, 'problem-tree', { fullPage: true });
    await showAs(page, 'List');
    const list = board.getByTestId('problem-tree-list');
    await expect(list.locator('ul ul')).toContainText('No information in community languages');
    await expect(list).toContainText('Migrants’ needs are ignored by politicians');
    await expectNoSeriousA11yViolations(page, { screen: 'problem tree' });
  });

  test('force field: forces and weights by keyboard, totals, list view, Arabic', async ({ page, host }) => {
    await openExampleWorkspace(page, host.url);
    await newBoard(page, /^Force field/, 'Migrant vote 2027');
    const board = page.getByTestId('force-field-board');

    await board.getByRole('textbox', { name: 'Change goal' }).focus();
    await typeAndTab(page, 'Double the turnout of migrant voters');

    const addForce = async (side: 'driving' | 'restraining', text: string, weight: string) => {
      await board.getByTestId(`new-${side}-weight`).selectOption(weight);
      await board.getByTestId(`new-${side}`).focus();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await expect(board.getByTestId(`new-${side}`)).toHaveValue('');
    };
    // An empty force is refused with a reason.
    await board.getByTestId('new-driving').focus();
    await page.keyboard.press('Enter');
    await expect(board.getByRole('alert')).toHaveText('Write the force before adding it.');

    await addForce('driving', 'Community organisations are trusted', '4');
    await addForce('driving', 'Elections are close', '5');
    await addForce('restraining', 'Fear of the authorities', '3');
    await addForce('restraining', 'Complicated registration', '2');
    const totals = board.getByTestId('force-totals');
    await expect(totals).toContainText('Driving forces: 9');
    await expect(totals).toContainText('Restraining forces: 5');
    await expect(totals).toContainText('Balance: +4');

    // A weight changed by keyboard moves the totals.
    const weight = board.getByRole('combobox', { name: 'Weight of “Complicated registration” (1 weak to 5 strong)' });
    await weight.focus();
    await weight.selectOption('5');
    await expect(totals).toContainText('Restraining forces: 8');
    await expect(totals).toContainText('Balance: +1');
    await board.getByRole('textbox', { name: 'Note on “Elections are close”' }).focus();
    await typeAndTab(page, 'Municipal elections in May');

    const svg = board.getByTestId('force-field-svg');
    await expect(svg.locator('path')).toHaveCount(4);
    await saveScreenshot(page, 'force-field', { fullPage: true });

    // The drawing saved as PNG (kept beside the screenshots, to look at) and as SVG.
    const pngDownload = page.waitForEvent('download');
    await board.getByRole('button', { name: 'Save as PNG' }).click();
    const png = await pngDownload;
    expect(png.suggestedFilename()).toBe('Migrant-vote-2027.png');
    const pngFile = path.join(SCREENSHOT_DIR, 'force-field-export.png');
    await png.saveAs(pngFile);
    expect([...(await readFile(pngFile)).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svgDownload = page.waitForEvent('download');
    await board.getByRole('button', { name: 'Save as SVG' }).click();
    const svgText = await readFile(await (await svgDownload).path(), 'utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('Community organisations are trusted');
    // And as text in a document (Markdown here; DOCX, PDF and HTML come from the same blocks).
    await page.getByRole('button', { name: 'Export as a document…' }).click();
    const exportDialog = page.getByRole('dialog');
    await exportDialog.getByRole('radio', { name: 'Markdown', exact: true }).check();
    const [markdown] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    const markdownText = await readFile(await markdown.path(), 'utf8');
    for (const text of ['Migrant vote 2027', 'Community organisations are trusted', 'Complicated registration', 'Balance']) expect(markdownText).toContain(text);
    // The web page (like the PDF and DOCX) carries the drawing too, above the words.
    await page.getByRole('button', { name: 'Export as a document…' }).click();
    await exportDialog.getByRole('radio', { name: 'Web page (HTML)', exact: true }).check();
    const [html] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    const htmlText = await readFile(await html.path(), 'utf8');
    expect(htmlText).toMatch(/<img src="data:image\/png;base64,[^"]+" width="\d+" height="\d+" alt="Force field analysis “Migrant vote 2027”: the board as a picture\./);
    expect(htmlText.indexOf('<img')).toBeLessThan(htmlText.indexOf('Community organisations are trusted'));
    await showAs(page, 'List');
    await expect(board.getByTestId('force-field-list')).toContainText('Municipal elections in May');
    await expectNoSeriousA11yViolations(page, { screen: 'force field' });
    await showAs(page, 'Drawing');

    await languageSelect(page).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(totals).toContainText('القوى الدافعة: 9');
    await expect(totals).toContainText('الرصيد: +1');
    await saveScreenshot(page, 'force-field-ar', { fullPage: true });
    await expectNoSeriousA11yViolations(page, { screen: 'force field (Arabic)' });
  });
});
