/**
 * Meetings, walked as the example network's secretary: create a meeting (the dialog
 * refuses a missing title, date and time and an http link), build an agenda of three
 * items, reorder it by keyboard and by drag, mark attendance and watch the quorum,
 * then open the minutes drafted from the agenda.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { chooseMe, expectSaved, languageSelect, openExampleWorkspace, routeIds, waitForEditorReady } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot } from './support/screenshots';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });


async function addItem(page: Page, title: string, presenter: string | null, minutes: string): Promise<void> {
  await page.getByRole('button', { name: 'Add an item' }).click();
  const dialog = page.getByRole('dialog', { name: 'New agenda item' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  if (presenter) await dialog.getByRole('combobox', { name: 'Presenter' }).selectOption({ label: presenter });
  await dialog.getByRole('spinbutton', { name: 'Minutes allotted' }).fill(minutes);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
}

function agendaTitles(page: Page) {
  return page.getByTestId('agenda-item').locator('.agenda-item__title');
}

async function mark(page: Page, member: string, choice: 'Present' | 'Apologies' | 'Absent'): Promise<void> {
  await page.getByRole('radiogroup', { name: `Attendance of ${member}`, exact: true }).getByRole('radio', { name: choice }).check();
}

test.describe('meetings', () => {
  test('agenda by keyboard and drag, attendance with the quorum, minutes from the agenda', async ({ page, host }) => {
    await openExampleWorkspace(page, host.url);
    await chooseMe(page, 'Layla Mansour · Secretary');
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Meetings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    // The example network met in June 2024: that meeting is among the past ones.
    await expect(page.getByTestId('meetings-past')).toContainText('Steering Committee, June 2024');
    await expect(page.getByText('No upcoming meetings.')).toBeVisible();

    // The dialog refuses what it cannot keep, field by field.
    await page.getByRole('button', { name: 'New meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'New meeting' });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByText('Give the meeting a title.')).toBeVisible();
    await expect(dialog.getByText('Choose the date of the meeting.')).toBeVisible();
    await expect(dialog.getByText('Choose the time the meeting starts.')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Steering Committee, March');
    await dialog.getByLabel('Date').fill('2099-03-05');
    await dialog.getByLabel('Time').fill('14:30');
    await dialog.getByRole('textbox', { name: 'Place' }).fill('Jisr community centre, Berlin');
    await dialog.getByRole('textbox', { name: 'Online link' }).fill('http://meet.example.org/steering');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByText('The link must start with https:// (a secure address).')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Online link' }).fill('https://meet.example.org/steering');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Steering Committee, March' })).toBeVisible();
    expect(page.url()).toMatch(/#\/w\/[^/]+\/meetings\/mt_[0-9a-f]+$/);
    const meetingUrl = page.url();

    // Three items; the total time follows.
    await addItem(page, 'Welcome and agenda', 'Layla Mansour', '5');
    await addItem(page, 'Budget 2027', 'Karim Saleh', '30');
    await addItem(page, 'Any other business', null, '10');
    await expect(agendaTitles(page)).toHaveText([/Welcome and agenda$/, /Budget 2027$/, /Any other business$/]);
    await expect(page.getByTestId('agenda-total')).toHaveText('Total time: 45 min');

    // An existing document linked from the item's edit dialog.
    await page.getByRole('button', { name: 'Edit item: Budget 2027' }).click();
    const itemDialog = page.getByRole('dialog', { name: 'Edit agenda item' });
    await itemDialog.getByRole('checkbox', { name: 'Terms of Reference' }).check();
    await itemDialog.getByRole('button', { name: 'Save' }).click();
    await expect(itemDialog).toBeHidden();
    await expect(page.getByTestId('agenda-item').filter({ hasText: 'Budget 2027' }).getByRole('link', { name: 'Terms of Reference' })).toBeVisible();

    // Keyboard: Alt+ArrowUp on a focused item moves it; the move is announced and the focus stays on it.
    const aob = page.getByTestId('agenda-item').filter({ hasText: 'Any other business' });
    await aob.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(agendaTitles(page)).toHaveText([/Welcome and agenda$/, /Any other business$/, /Budget 2027$/]);
    await expect(page.getByTestId('agenda-announcement')).toHaveText('Item moved to position 2 of 3');
    await expect(page.getByTestId('agenda-item').filter({ hasText: 'Any other business' })).toBeFocused();
    // And the Move down button keeps the focus on itself.
    await page.getByRole('button', { name: 'Move down: Welcome and agenda' }).click();
    await expect(agendaTitles(page)).toHaveText([/Any other business$/, /Welcome and agenda$/, /Budget 2027$/]);
    await expect(page.getByRole('button', { name: 'Move down: Welcome and agenda' })).toBeFocused();
    await expect(page.getByTestId('agenda-announcement')).toHaveText('Item moved to position 2 of 3');

    // Drag: "Budget 2027" by its handle onto the top half of the first item.
    const budget = page.getByTestId('agenda-item').filter({ hasText: 'Budget 2027' });
    const first = page.getByTestId('agenda-item').first();
    await budget.getByTestId('agenda-handle').dragTo(first, { targetPosition: { x: 40, y: 4 } });
    await expect(agendaTitles(page)).toHaveText([/Budget 2027$/, /Any other business$/, /Welcome and agenda$/]);
    await expect(page.getByTestId('agenda-announcement')).toHaveText('Item moved to position 1 of 3');

    // Attendance and the quorum: five voting organisations, more than half needed.
    const quorum = page.getByTestId('quorum');
    await expect(quorum).toHaveText('Quorum: 0 of 5 voting seats present, 3 needed — not reached');
    await mark(page, 'Jisr Community Association', 'Present');
    await mark(page, 'Karim Saleh', 'Present');
    await expect(quorum).toHaveText('Quorum: 1 of 5 voting seats present, 3 needed — not reached');
    await mark(page, 'Passerelles Exil', 'Present');
    await mark(page, 'Sunbird Youth Network', 'Apologies');
    await mark(page, "Amal Women's Circle", 'Absent');
    await expect(quorum).toHaveText('Quorum: 2 of 5 voting seats present, 3 needed — not reached');
    await mark(page, 'Daniel Okafor', 'Present');
    await expect(quorum).toHaveText('Quorum: 3 of 5 voting seats present, 3 needed — reached');
    await mark(page, 'Layla Mansour', 'Present');
    await expectSaved(page);

    await expectNoSeriousA11yViolations(page, { screen: 'meeting page' });
    await saveScreenshot(page, 'meeting-agenda', { fullPage: true });

    // The same page in Arabic.
    await languageSelect(page).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByTestId('quorum')).toHaveText('النصاب: 3 من 5 مقاعد مصوّتة حاضرة، والمطلوب 3 — مكتمل');
    await saveScreenshot(page, 'meeting-agenda-ar', { fullPage: true });
    await languageSelect(page).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

    // The list shows the meeting with its three items.
    await page.getByRole('link', { name: 'All meetings' }).click();
    const upcoming = page.getByTestId('meetings-upcoming');
    await expect(upcoming.getByRole('row').filter({ hasText: 'Steering Committee, March' })).toContainText('3');
    await expectNoSeriousA11yViolations(page, { screen: 'meetings list' });
    await saveScreenshot(page, 'meetings-list');
    await upcoming.getByRole('link', { name: 'Steering Committee, March' }).click();

    // The minutes, drafted from the agenda.
    await page.getByRole('button', { name: 'Open the minutes' }).click();
    const editor = await waitForEditorReady(page);
    const { documentId } = routeIds(page);
    expect(documentId).toBeTruthy();
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Minutes: Steering Committee, March');
    await expect(editor.getByRole('heading', { level: 3 })).toContainText(['Present', 'Apologies', 'Absent', '1. Budget 2027', '2. Any other business', '3. Welcome and agenda']);
    await expect(editor.getByRole('heading', { level: 2 })).toHaveText(['Meeting details', 'Attendance', 'Agenda', 'Decisions', 'Action items']);
    await expect(editor).toContainText('Presented by Karim Saleh · 30 minutes allotted');
    await expect(editor).toContainText('Quorum: 3 of 5 voting seats present, 3 needed — reached');
    await expectSaved(page);
    await editor.getByRole('heading', { level: 2, name: 'Agenda' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await saveScreenshot(page, 'meeting-minutes');

    // Opening them again opens the same document.
    await page.goto(meetingUrl);
    await page.getByRole('link', { name: 'Open the minutes' }).click();
    await waitForEditorReady(page);
    expect(routeIds(page).documentId).toBe(documentId);

    // Deleting the meeting asks first; its minutes stay among the documents.
    await page.goto(meetingUrl);
    await page.getByRole('button', { name: 'Delete meeting' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this meeting?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await expect(page.getByText('No upcoming meetings.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Minutes: Steering Committee, March' })).toBeVisible();
  });
});
