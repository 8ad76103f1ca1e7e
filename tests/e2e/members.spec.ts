/**
 * The member register, walked as the example network's secretary: add an
 * organisation with its delegate and alternate, record contact details with who
 * may see them, check that a secretary-only phone number is absent from what a
 * member sees and from the exported member list, mark a member as left, and erase
 * one on request — down to the bytes stored in IndexedDB.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { appUrl, chooseMe, EXAMPLE_WORKSPACE_EN, expectSaved, languageSelect, openExampleWorkspace, openHome } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot } from './support/screenshots';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });

const ORGANISATION = 'Bridges of Hope Association';
const DELEGATE = 'Selam Gebre';
const ALTERNATE = 'Tomas Weber';
const EMAIL = 'selam@bridges.example.org';
const PHONE = '+49 170 5550 7788';

function sideNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Workspace' });
}

async function openMembers(page: Page): Promise<void> {
  await sideNavigation(page).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
}


/** Everything IndexedDB holds for the workspace's people doc (update rows and rows set aside), decoded as text. */
async function storedPeopleText(page: Page, workspaceId: string): Promise<string> {
  return page.evaluate(async (docId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('accord');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rowsOf = (store: string) =>
      new Promise<Array<{ bytes: unknown }>>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).index('docId').getAll(docId);
        request.onsuccess = () => resolve(request.result as Array<{ bytes: unknown }>);
        request.onerror = () => reject(request.error);
      });
    const rows = [...(await rowsOf('updates')), ...(await rowsOf('quarantine'))];
    db.close();
    const decoder = new TextDecoder('utf-8', { fatal: false });
    return rows.map((row) => (row.bytes instanceof Uint8Array ? decoder.decode(row.bytes) : '')).join('\n');
  }, `${workspaceId}.people`);
}

async function download(page: Page, audience: 'All members' | 'The public', format: 'Markdown (.md)' | 'Spreadsheet (.csv)') {
  await page.getByRole('button', { name: 'Export member list' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export member list' });
  await dialog.getByRole('radio', { name: audience }).check();
  await dialog.getByRole('radio', { name: format }).check();
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test.describe('members', () => {
  test('add an organisation with a delegate and an alternate; a secretary-only phone stays out of the member view and the export', async ({ page, host }) => {
    await openExampleWorkspace(page, host.url);
    await openMembers(page);
    await chooseMe(page, 'Layla Mansour · Secretary');
    await expect(page.getByTestId('who-am-i')).toHaveText('Layla Mansour (Secretary)');

    // Bad input first: no name, then a name already in the register.
    await page.getByRole('button', { name: 'Add a member' }).click();
    const add = page.getByRole('dialog', { name: 'Add a member' });
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(add.getByText('Give the member a name.')).toBeVisible();
    await expect(add.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await add.getByRole('textbox', { name: 'Name' }).fill('passerelles  EXIL');
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(add.getByText('A member with this name is already in the register.')).toBeVisible();

    await add.getByRole('textbox', { name: 'Name' }).fill(ORGANISATION);
    await expect(add.getByRole('radio', { name: 'Organisation' })).toBeChecked();
    await add.getByRole('combobox', { name: 'Country' }).selectOption('DE');
    await add.getByLabel('Joined on').fill('2025-03-15');
    await add.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
    await expect(page.getByText('Germany')).toBeVisible();

    // Its delegate and an alternate; a second delegate is refused.
    await page.getByRole('button', { name: 'Add the delegate' }).click();
    const delegate = page.getByRole('dialog', { name: `Add the delegate of ${ORGANISATION}` });
    await delegate.getByRole('textbox', { name: 'Name' }).fill(DELEGATE);
    await expect(delegate.getByRole('combobox', { name: 'As' })).toHaveValue('delegate');
    await delegate.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(delegate).toBeHidden();

    await page.getByRole('button', { name: 'Add an alternate' }).click();
    const alternate = page.getByRole('dialog', { name: `Add an alternate for ${ORGANISATION}` });
    await alternate.getByRole('textbox', { name: 'Name' }).fill(ALTERNATE);
    await alternate.getByRole('combobox', { name: 'As' }).selectOption('delegate');
    await alternate.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(alternate.getByText(/This organisation already has a delegate/)).toBeVisible();
    await alternate.getByRole('combobox', { name: 'As' }).selectOption('alternate');
    await alternate.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(alternate).toBeHidden();

    const representatives = page.getByRole('region', { name: 'Representatives' });
    await expect(representatives.getByRole('link', { name: DELEGATE })).toBeVisible();
    await expect(representatives.getByRole('link', { name: ALTERNATE })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add the delegate' })).toHaveCount(0);

    // The delegate's contacts: email for all members (with consent), phone for the secretary only.
    await representatives.getByRole('link', { name: DELEGATE }).click();
    await expect(page.getByRole('heading', { level: 1, name: DELEGATE })).toBeVisible();
    await expect(page.getByRole('link', { name: `Delegate of ${ORGANISATION}` })).toBeVisible();
    await page.getByRole('button', { name: 'Edit contact details' }).click();
    const contacts = page.getByRole('dialog', { name: `Contact details: ${DELEGATE}` });
    const email = contacts.getByRole('group', { name: 'Email' });
    const phone = contacts.getByRole('group', { name: 'Phone' });
    await email.getByRole('textbox', { name: 'Email' }).fill(EMAIL);
    await email.getByRole('combobox', { name: 'Who may see it' }).selectOption('members');
    await phone.getByRole('textbox', { name: 'Phone' }).fill('call me');
    await contacts.getByRole('button', { name: 'Save contact details' }).click();
    await expect(email.getByText('Record the member’s consent before sharing this beyond the secretary.')).toBeVisible();
    await expect(phone.getByText(/Enter a phone number with 6 to 15 digits/)).toBeVisible();
    await saveScreenshot(page, 'member-contacts-errors');

    await email.getByRole('checkbox', { name: 'The member agreed to share it this way' }).check();
    await expect(email.getByLabel('Consent recorded on')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await phone.getByRole('textbox', { name: 'Phone' }).fill(PHONE);
    await expect(phone.getByRole('combobox', { name: 'Who may see it' })).toHaveValue('secretary');
    await contacts.getByRole('button', { name: 'Save contact details' }).click();
    await expect(contacts).toBeHidden();

    const shown = page.getByTestId('member-contacts');
    await expect(shown).toContainText('Shown as seen by the secretary.');
    await expect(shown).toContainText(EMAIL);
    await expect(shown).toContainText(PHONE);
    await expect(shown).toContainText('Who may see it: Only the secretary · No consent recorded: only the secretary sees it');
    await expectSaved(page);
    await saveScreenshot(page, 'member-profile-secretary');

    // A member's view of the same page: the email, not the phone.
    await chooseMe(page, 'Karim Saleh · Member');
    await expect(page.getByTestId('who-am-i')).toHaveText('Karim Saleh (Member)');
    await expect(shown).toContainText('Shown as seen by a member.');
    await expect(shown).toContainText(EMAIL);
    await expect(shown).not.toContainText(PHONE);
    expect(await page.content()).not.toContain('5550 7788');
    await expect(shown).toContainText('Some contact details are not shown to you');
    await expect(page.getByRole('button', { name: 'Edit contact details' })).toHaveCount(0);
    await saveScreenshot(page, 'member-profile-member');
    await expectNoSeriousA11yViolations(page, { screen: 'member profile (en)' });

    // The public sees neither.
    await chooseMe(page, null);
    await expect(shown).toContainText('Shown as seen by the public.');
    await expect(shown).not.toContainText(EMAIL);

    // The exported member list follows the marks.
    await openMembers(page);
    const forMembers = await download(page, 'All members', 'Markdown (.md)');
    expect(forMembers.name).toMatch(/-member-list-for-members-\d{4}-\d{2}-\d{2}\.md$/);
    expect(forMembers.text).toContain(`# ${EXAMPLE_WORKSPACE_EN}: members`);
    expect(forMembers.text).toContain(DELEGATE);
    expect(forMembers.text).toContain(`Delegate of ${ORGANISATION}`);
    expect(forMembers.text).toContain(EMAIL);
    expect(forMembers.text).not.toContain(PHONE);
    expect(forMembers.text).not.toContain('5550 7788');
    expect(forMembers.text, "the example secretary's own secretary-only phone").not.toContain('+31 6 5550 3301');

    const forPublic = await download(page, 'The public', 'Spreadsheet (.csv)');
    expect(forPublic.name).toMatch(/-member-list-for-public-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(forPublic.text).toContain(ORGANISATION);
    expect(forPublic.text).toContain('info@jisr.example.org');
    expect(forPublic.text).not.toContain(EMAIL);
    expect(forPublic.text).not.toContain('5550 7788');

    // The register, filtered to the new organisation and the people who represent it.
    await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: ORGANISATION });
    const list = page.getByTestId('member-list');
    await expect(list.getByRole('link')).toHaveText([ORGANISATION, DELEGATE, ALTERNATE]);
    await expect(page.getByRole('status').filter({ hasText: 'Members shown' })).toHaveText('Members shown: 3');
    await saveScreenshot(page, 'members-filtered');
    await expectNoSeriousA11yViolations(page, { screen: 'members (en)' });
  });

  test('filters, search and marking a member as left', async ({ page, host }) => {
    await openExampleWorkspace(page, host.url);
    await openMembers(page);
    const list = page.getByTestId('member-list');
    await expect(list.getByRole('link', { name: 'Sunbird Youth Network' })).toBeVisible();
    await expect(list.getByRole('link', { name: 'Harbour Voices Initiative' })).toHaveCount(0);

    await page.getByRole('combobox', { name: 'Role' }).selectOption('observer');
    await expect(list.getByRole('link')).toHaveText(['Riverside Legal Advice Clinic']);
    await page.getByRole('combobox', { name: 'Role' }).selectOption('');
    await page.getByRole('combobox', { name: 'Vote' }).selectOption('voting');
    await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Jisr Community Association' });
    await expect(list.getByRole('link')).toHaveText(['Jisr Community Association', 'Karim Saleh']);
    await page.getByRole('combobox', { name: 'Organisation' }).selectOption('');
    await page.getByRole('combobox', { name: 'Vote' }).selectOption('');
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('OKAF');
    await expect(list.getByRole('link')).toHaveText(['Daniel Okafor']);
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('nobody like this');
    await expect(page.getByText('No member matches these filters.')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('');

    // Sunbird leaves: it stays in the register, as a former member.
    await list.getByRole('link', { name: 'Sunbird Youth Network' }).click();
    await page.getByRole('button', { name: 'Mark as left' }).click();
    const leave = page.getByRole('dialog', { name: 'Mark as left' });
    await expect(leave).toContainText('Sunbird Youth Network stays in the register as a former member');
    await leave.getByRole('button', { name: 'Mark as left' }).click();
    await expect(leave).toBeHidden();
    await expect(page.getByText(/^Former member: left on/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark as left' })).toHaveCount(0);

    await openMembers(page);
    await expect(list.getByRole('link', { name: 'Sunbird Youth Network' })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('former');
    await expect(list.getByRole('link')).toHaveText(['Harbour Voices Initiative', 'Sunbird Youth Network']);
    await expect(list.getByRole('row').filter({ hasText: 'Sunbird Youth Network' })).toContainText('Former');
    await expectSaved(page);
  });

  test('erase a member on request: a neutral placeholder stays, personal data leaves the screens and storage', async ({ page, host }) => {
    const workspaceId = await openExampleWorkspace(page, host.url);
    await openMembers(page);
    await chooseMe(page, 'Layla Mansour · Secretary');
    await page.getByTestId('member-list').getByRole('link', { name: 'Hana Yousef' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hana Yousef' })).toBeVisible();
    await expect(page.getByTestId('member-contacts')).toContainText('hana@jisr.example.org');
    const memberId = /\/members\/([^/]+)$/.exec(page.url())?.[1];
    expect(memberId).toBeTruthy();
    await expectSaved(page);
    expect(await storedPeopleText(page, workspaceId)).toContain('Hana Yousef');

    await page.getByRole('button', { name: 'Erase personal data' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Erase this member’s personal data?' });
    await expect(confirm).toContainText('the name of Hana Yousef, their contact details, notes');
    await expect(confirm).toContainText('a placeholder named “Erased member”');
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await saveScreenshot(page, 'member-erase-confirm');
    await confirm.getByRole('button', { name: 'Erase', exact: true }).click();
    await expect(confirm).toBeHidden();

    await expect(page.getByRole('heading', { level: 1, name: /^Erased member/ })).toBeVisible();
    await expect(page.getByText(/^Personal data erased on .*This placeholder keeps the decisions they took part in readable\.$/)).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Hana');
    await expect(page.getByRole('button', { name: 'Erase personal data' })).toHaveCount(0);
    await expectSaved(page);
    const stored = await storedPeopleText(page, workspaceId);
    expect(stored).not.toContain('Hana Yousef');
    expect(stored).not.toContain('hana@jisr.example.org');
    expect(stored).toContain(memberId!);

    // Still erased after a reload; gone from the organisation's representatives and from search.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /^Erased member/ })).toBeVisible();
    await openMembers(page);
    const list = page.getByTestId('member-list');
    await expect(list.getByRole('link', { name: 'Erased member' })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('all');
    await expect(list.getByRole('row').filter({ hasText: 'Erased member' })).toContainText('Erased');
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('Hana');
    await expect(page.getByText('No member matches these filters.')).toBeVisible();
    await page.goto(appUrl(host.url, `#/w/${workspaceId}/members/jisr`));
    await expect(page.getByRole('region', { name: 'Representatives' })).not.toContainText('Hana');
    await expect(page.getByRole('region', { name: 'Representatives' }).getByRole('link', { name: 'Karim Saleh' })).toBeVisible();

    // Arabic: the register and a profile, mirrored; the placeholder in Arabic.
    await openHome(page, host.url);
    await languageSelect(page).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.goto(appUrl(host.url, `#/w/${workspaceId}/members`));
    await expect(page.getByRole('heading', { level: 1, name: 'الأعضاء' })).toBeVisible();
    await page.getByRole('combobox', { name: 'الحالة' }).selectOption('all');
    await expect(page.getByTestId('member-list')).toContainText('عضو محذوف');
    await saveScreenshot(page, 'members-ar');
    await expectNoSeriousA11yViolations(page, { screen: 'members (ar)' });
    await page.goto(appUrl(host.url, `#/w/${workspaceId}/members/jisr`));
    // The example was created in English; its content stays in the language it was written in.
    await expect(page.getByRole('heading', { level: 1, name: 'Jisr Community Association' })).toBeVisible();
    // Phone numbers and addresses keep their own (left-to-right) order inside the Arabic layout.
    await expect(page.getByText('+49 30 5550 1100')).toHaveCSS('direction', 'ltr');
    await saveScreenshot(page, 'member-profile-ar');
    await expectNoSeriousA11yViolations(page, { screen: 'member profile (ar)' });
  });

  test('keyboard only: choose who you are, add a member, cancel a dialog with Escape', async ({ page, host }) => {
    await openExampleWorkspace(page, host.url);
    await openMembers(page);

    await page.getByRole('button', { name: 'Change who you are on this computer' }).focus();
    await page.keyboard.press('Enter');
    const who = page.getByRole('dialog', { name: 'Who are you?' });
    const choice = who.getByRole('combobox', { name: 'You are' });
    await expect(choice, 'the dialog puts the focus on its field').toBeFocused();
    await page.keyboard.type('Layla');
    await expect(choice.locator('option:checked')).toHaveText('Layla Mansour · Secretary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(who.getByRole('button', { name: 'Choose' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(who).toBeHidden();
    await expect(page.getByTestId('who-am-i')).toHaveText('Layla Mansour (Secretary)');

    await page.getByRole('button', { name: 'Add a member' }).focus();
    await page.keyboard.press('Enter');
    const add = page.getByRole('dialog', { name: 'Add a member' });
    await expect(add.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await page.keyboard.type('Keyboard Collective');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Keyboard Collective' })).toBeVisible();

    await page.getByRole('button', { name: 'Mark as left' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Mark as left' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Mark as left' })).toBeHidden();
    await expect(page.getByText(/^Former member/)).toHaveCount(0);
  });
});

