/**
 * Action items, walked as the example network's secretary: add three with different
 * owners and due dates (one already overdue), change a status from the list, filter by
 * owner, by status and "overdue only", edit and delete one, then "My actions" — first
 * without anyone chosen on this computer, then as Layla. The page in Arabic, too.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { appUrl, chooseMe, expectSaved, languageSelect, openExampleWorkspace, openHome } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot } from './support/screenshots';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });

const MINUTES = 'Send the minutes of the November meeting to all members';
const VENUE = 'Book a step-free venue for the general assembly';
const FUNDER = 'Ask the funder whether interpretation costs are eligible';
const SPARE = 'Print the agenda';
/** The example network's own action item, done in June 2024. */
const EXAMPLE_ACTION = "Welcome Amal Women's Circle and send them the Terms of Reference";

/** A local calendar date `days` from today, as <input type="date"> takes it. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function sideNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Workspace' });
}

function rows(page: Page) {
  return page.getByTestId('action-list').getByTestId('action-row');
}

function row(page: Page, title: string) {
  return rows(page).filter({ hasText: title });
}

async function addItem(page: Page, item: { title: string; owner: string; due: string; notes?: string }): Promise<void> {
  await page.getByRole('button', { name: 'Add action item' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an action item' });
  await expect(dialog.getByRole('textbox', { name: 'What is to be done' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'What is to be done' }).fill(item.title);
  await dialog.getByRole('combobox', { name: 'Owner' }).selectOption({ label: item.owner });
  await dialog.getByLabel('Due date').fill(item.due);
  if (item.notes) await dialog.getByRole('textbox', { name: 'Notes' }).fill(item.notes);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, item.title)).toBeVisible();
}


test.describe('action items', () => {
  test('add, change a status from the list, filter by owner and overdue, edit, delete, and see my actions; in Arabic too', async ({ page, host }) => {
    const workspaceId = await openExampleWorkspace(page, host.url);
    await sideNavigation(page).getByRole('link', { name: 'Action items' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/w/${workspaceId}/actions$`));
    // The example's one action item is done: the default view (not done yet) hides it.
    await expect(page.getByText(/No action items match these filters/)).toBeVisible();

    // A title is required: the refusal is said, and the focus goes to the field.
    await page.getByRole('button', { name: 'Add action item' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an action item' });
    await expect(dialog.getByText(/not linked to a meeting or decision/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog.getByText('Say what is to be done.')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'What is to be done' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    const yesterday = dayFromToday(-1);
    await addItem(page, { title: VENUE, owner: 'Karim Saleh', due: dayFromToday(12), notes: 'Ask about hearing loops as well.' });
    await addItem(page, { title: MINUTES, owner: 'Layla Mansour', due: yesterday });
    await addItem(page, { title: FUNDER, owner: 'Mariam Diallo', due: dayFromToday(30) });

    // By due date: the overdue one first, and it says so in words.
    await expect(rows(page)).toHaveText([new RegExp(MINUTES), new RegExp(VENUE), new RegExp(FUNDER)]);
    await expect(row(page, MINUTES).getByText('Overdue')).toBeVisible();
    await expect(row(page, VENUE).getByText('Overdue')).toHaveCount(0);
    await expect(row(page, MINUTES).getByRole('cell').first()).toHaveText('Layla Mansour');
    await expect(row(page, VENUE).getByText('Ask about hearing loops as well.')).toBeVisible();
    await expect(page.getByText('Action items shown: 3')).toBeVisible();

    // A status changed from the list; "done" leaves the default (not done yet) view.
    await row(page, VENUE).getByRole('combobox', { name: `Status of “${VENUE}”` }).selectOption('in-progress');
    await expect(page.getByText(`“${VENUE}” is now: In progress.`)).toBeVisible();
    await expect(row(page, VENUE).getByRole('combobox')).toHaveValue('in-progress');
    await row(page, FUNDER).getByRole('combobox', { name: `Status of “${FUNDER}”` }).selectOption('done');
    await expect(page.getByText(`“${FUNDER}” is now: Done. The current filters hide it.`)).toBeVisible();
    await expect(row(page, FUNDER)).toHaveCount(0);
    await expect(page.getByText('Action items shown: 2')).toBeFocused();
    const filters = page.getByRole('search', { name: 'Filter action items' });
    await filters.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Done' });
    await expect(rows(page)).toHaveText([new RegExp(EXAMPLE_ACTION), new RegExp(FUNDER)]);
    await filters.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Any status' });
    await expect(rows(page)).toHaveCount(4);

    // By owner, then overdue only.
    await filters.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Karim Saleh' });
    await expect(rows(page)).toHaveText([new RegExp(VENUE)]);
    await filters.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Unassigned' });
    await expect(page.getByText(/No action items match these filters/)).toBeVisible();
    await filters.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Anyone' });
    await filters.getByRole('checkbox', { name: 'Overdue only' }).check();
    await expect(rows(page)).toHaveText([new RegExp(MINUTES)]);
    await filters.getByRole('checkbox', { name: 'Overdue only' }).uncheck();
    await expect(rows(page)).toHaveCount(4);

    // Edit every field but the title; the change shows in the row.
    await row(page, VENUE).getByRole('button', { name: `Edit “${VENUE}”` }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the action item' });
    await expect(edit.getByRole('textbox', { name: 'What is to be done' })).toHaveValue(VENUE);
    await edit.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Noor Ahmadi' });
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(row(page, VENUE).getByRole('cell').first()).toHaveText('Noor Ahmadi');

    // Delete, after a confirmation that can be refused.
    await addItem(page, { title: SPARE, owner: 'Unassigned', due: dayFromToday(3) });
    await row(page, SPARE).getByRole('button', { name: `Delete “${SPARE}”` }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this action item?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(row(page, SPARE)).toBeVisible();
    await row(page, SPARE).getByRole('button', { name: `Delete “${SPARE}”` }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(row(page, SPARE)).toHaveCount(0);
    await expect(rows(page)).toHaveCount(4);

    await expectNoSeriousA11yViolations(page, { screen: 'action items' });
    await saveScreenshot(page, 'actions-list');

    // My actions: first nobody is chosen on this computer, and the page says what to do.
    await page.getByRole('navigation', { name: 'Which action items' }).getByRole('link', { name: 'My actions' }).click();
    await expect(page).toHaveURL(/\/actions\?mine=1$/);
    await expect(page.getByTestId('actions-needs-me')).toContainText('tell Accord who you are');
    await chooseMe(page, 'Layla Mansour · Secretary');
    // Any status is still chosen: Layla's done example item shows too.
    await expect(rows(page)).toHaveText([new RegExp(EXAMPLE_ACTION), new RegExp(MINUTES)]);
    await expect(row(page, MINUTES).getByText('Overdue')).toBeVisible();
    await expect(page.getByRole('link', { name: 'My actions' })).toHaveAttribute('aria-current', 'page');
    await expectNoSeriousA11yViolations(page, { screen: 'my actions' });
    await saveScreenshot(page, 'actions-mine');

    // The same page in Arabic: the layout mirrors, the dates follow the language.
    await expectSaved(page);
    await openHome(page, host.url);
    await languageSelect(page).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.goto(appUrl(host.url, `#/w/${workspaceId}/actions`));
    await expect(page.getByRole('heading', { level: 1, name: 'مهام المتابعة' })).toBeVisible();
    await expect(rows(page)).toHaveCount(2);
    await expect(row(page, MINUTES).getByText('متأخرة')).toBeVisible();
    await expectNoSeriousA11yViolations(page, { screen: 'action items (Arabic)' });
    await saveScreenshot(page, 'actions-list-ar');
  });

  test('from a proposal’s page: add an action item there, see it on the list with a link back', async ({ page, host }) => {
    const workspaceId = await openExampleWorkspace(page, host.url);
    await sideNavigation(page).getByRole('link', { name: 'Decisions' }).click();
    await page.getByRole('button', { name: 'Put a proposal' }).first().click();
    const put = page.getByRole('dialog', { name: 'Put a proposal' });
    await put.getByRole('textbox', { name: 'Proposal' }).fill('Hold the general assembly in Lyon');
    await put.getByRole('button', { name: 'Put the proposal' }).click();
    await expect(put).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Hold the general assembly in Lyon' })).toBeVisible();
    const proposalUrl = page.url();

    const section = page.getByTestId('action-items-section');
    await expect(section.getByText(/No action items from here yet/)).toBeVisible();
    await section.getByRole('button', { name: 'Add action item' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an action item' });
    await expect(dialog.getByRole('combobox', { name: 'Comes from' })).toHaveValue('linked');
    await expect(dialog.getByRole('combobox', { name: 'Comes from' }).locator('option:checked')).toHaveText('Proposal: Hold the general assembly in Lyon');
    await dialog.getByRole('textbox', { name: 'What is to be done' }).fill(VENUE);
    await dialog.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Mariam Diallo' });
    await dialog.getByLabel('Due date').fill(dayFromToday(-2));
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByRole('listitem').filter({ hasText: VENUE })).toContainText('Mariam Diallo');
    await expect(section.getByRole('listitem').filter({ hasText: VENUE })).toContainText('Overdue');
    await section.getByRole('combobox', { name: `Status of “${VENUE}”` }).selectOption('in-progress');
    await expect(section.getByRole('combobox', { name: `Status of “${VENUE}”` })).toHaveValue('in-progress');
    await section.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await saveScreenshot(page, 'actions-section');

    await sideNavigation(page).getByRole('link', { name: 'Action items' }).click();
    const link = row(page, VENUE).getByRole('link', { name: 'Proposal: Hold the general assembly in Lyon' });
    await expect(link).toHaveAttribute('href', new RegExp(`^#/w/${workspaceId}/decisions/prop_[0-9a-f]+$`));
    await link.click();
    await expect(page).toHaveURL(proposalUrl);
  });
});
