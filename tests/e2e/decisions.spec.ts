/**
 * Decisions, walked by three members on three computers (three browser contexts, each its
 * own IndexedDB) through the relay Karim's app hosts: a meeting with its agenda and
 * attendance, a Gradients of Agreement proposal put from an agenda item and answered by all
 * three, the outcome confirmed by the chair, the same numbered entry on all three, verified;
 * an action item assigned to Mariam shows among her actions; the minutes circulate as a PDF,
 * in English and in Arabic. Then the bad input: a member
 * without a vote, a block without a reason, a changed answer, a decision without quorum, and
 * a log entry edited by hand in the stored data.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { appUrl, chooseMe, expectSaved, languageSelect, openExampleWorkspace } from './support/app';
import { saveScreenshot } from './support/screenshots';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { closeInviteDialog, createInvite, freePort, networkSwitch, openSharing, pasteInvite, secondMember, syncState, turnOnSharing, workspaceNav } from './support/sharing';
import { editStoredDoc } from './support/stored-doc';
import { normaliseText as normalise, pdfPagesToPng, pdfText } from './support/pdf-pages';
import { decisionLogMap } from '../../shared/sync/decision-log';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });

async function openSection(page: Page, link: 'Meetings' | 'Decisions' | 'Decision log' | 'Action items', heading: string): Promise<void> {
  await workspaceNav(page).getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

async function respond(page: Page, position: RegExp, reason?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Your response' });
  await form.getByRole('radio', { name: position }).check();
  if (reason !== undefined) await form.getByRole('textbox', { name: /Reason/ }).fill(reason);
  await form.getByRole('button', { name: /Respond|Change the response/ }).click();
}

/** The example network's log already holds its June 2024 decision: the ones made here follow it. */
async function verifyLog(page: Page, entries = 2): Promise<void> {
  await page.getByRole('button', { name: 'Verify the log' }).click();
  await expect(page.getByTestId('verify-result')).toContainText(`The log is intact. Entries checked: ${entries}.`);
}

/** Exports the minutes as PDF through the export dialog; returns the downloaded PDF, its name and its text as pdftotext reads it. */
async function exportMinutes(
  page: Page,
  labels = { button: 'Export minutes…', submit: 'Export' },
): Promise<{ name: string; bytes: Uint8Array; text: string }> {
  await page.getByRole('button', { name: labels.button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'PDF', exact: true }).check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: labels.submit, exact: true }).click()]);
  const bytes = new Uint8Array(await readFile(await download.path()));
  return { name: download.suggestedFilename(), bytes, text: normalise(await pdfText(bytes)) };
}

function proposalHref(workspaceId: string, proposalId: string): string {
  return `#/w/${workspaceId}/decisions/${proposalId}`;
}

test('three members decide by Gradients of Agreement from a meeting, and each sees the same verified log', async ({ page, host, browser }) => {
  test.setTimeout(180_000);
  // Karim, the chair (his organisation chairs), hosts the relay from his app and invites two members.
  const workspaceId = await openExampleWorkspace(page, host.url);
  await chooseMe(page, 'Karim Saleh · Member');
  await openSharing(page);
  const port = await freePort();
  await turnOnSharing(page, { hostPort: port }, 'Karim');
  await expect(syncState(page)).toContainText('Synced');
  const forMariam = await createInvite(page, 'Mariam (Passerelles Exil)');
  await closeInviteDialog(page);
  const forDaniel = await createInvite(page, 'Daniel (New Roots Collective)');
  await closeInviteDialog(page);

  // The meeting: one agenda item, the three of them present.
  await openSection(page, 'Meetings', 'Meetings');
  await page.getByRole('button', { name: 'New meeting' }).click();
  const meetingDialog = page.getByRole('dialog', { name: 'New meeting' });
  await meetingDialog.getByRole('textbox', { name: 'Title' }).fill('Steering Committee, December');
  await meetingDialog.getByLabel('Date').fill('2099-12-03');
  await meetingDialog.getByLabel('Time').fill('15:00');
  await meetingDialog.getByRole('textbox', { name: 'Online link' }).fill('https://meet.example.org/steering');
  await meetingDialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Steering Committee, December' })).toBeVisible();
  const meetingUrl = page.url();
  await page.getByRole('button', { name: 'Add an item' }).click();
  const itemDialog = page.getByRole('dialog', { name: 'New agenda item' });
  await itemDialog.getByRole('textbox', { name: 'Title' }).fill('Adopt the revised Terms of Reference');
  await itemDialog.getByRole('combobox', { name: 'Presenter' }).selectOption({ label: 'Mariam Diallo' });
  await itemDialog.getByRole('spinbutton', { name: 'Minutes allotted' }).fill('20');
  await itemDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(itemDialog).toBeHidden();
  for (const name of ['Karim Saleh', 'Mariam Diallo', 'Daniel Okafor']) {
    await page.getByRole('radiogroup', { name: `Attendance of ${name}`, exact: true }).getByRole('radio', { name: 'Present' }).check();
  }
  await expect(page.getByTestId('quorum')).toHaveText('Quorum: 3 of 5 voting seats present, 3 needed — reached');

  // The proposal, put from the agenda item: its title comes from the item, the method from the rules.
  await page.getByTestId('agenda-item').getByRole('link', { name: 'Put a proposal' }).click();
  const putDialog = page.getByRole('dialog', { name: 'Put a proposal' });
  await expect(putDialog.getByRole('textbox', { name: 'Proposal' })).toHaveValue('Adopt the revised Terms of Reference');
  await expect(putDialog.getByRole('combobox', { name: 'Method' })).toHaveValue('gradients');
  await putDialog.getByRole('textbox', { name: 'Text' }).fill('The committee adopts the Terms of Reference as revised by the working group in November.');
  await putDialog.getByRole('combobox', { name: 'Linked document' }).selectOption({ label: 'Terms of Reference' });
  await putDialog.getByRole('button', { name: 'Put the proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Adopt the revised Terms of Reference' })).toBeVisible();
  const proposalId = /\/decisions\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1];
  expect(proposalId).toBeTruthy();
  await respond(page, /Whole-hearted endorsement/);
  await expect(page.getByText('Your response is recorded.')).toBeVisible();

  // The agenda item now lists it.
  await page.goto(meetingUrl);
  await expect(page.getByTestId('agenda-item')).toContainText('Adopt the revised Terms of Reference');

  const mariam = await secondMember(browser, host.url);
  const daniel = await secondMember(browser, host.url);
  try {
    for (const [member, invite, name, me] of [
      [mariam, forMariam, 'Mariam', 'Mariam Diallo · Member'],
      [daniel, forDaniel, 'Daniel', 'Daniel Okafor · Member'],
    ] as const) {
      await pasteInvite(member.page, invite.link, name);
      await expect(member.page.getByRole('heading', { level: 1, name: 'Horizon Diaspora Network' })).toBeVisible({ timeout: 30_000 });
      await expect(syncState(member.page)).toContainText('Synced', { timeout: 30_000 });
      await chooseMe(member.page, me);
      await member.page.goto(appUrl(host.url, proposalHref(workspaceId, proposalId!)));
      await expect(member.page.getByRole('heading', { level: 1, name: 'Adopt the revised Terms of Reference' })).toBeVisible({ timeout: 30_000 });
    }
    await respond(mariam.page, /Agreement with a minor point of contention/, 'Section 5 could be clearer, but it works.');
    await expect(mariam.page.getByText('Your response is recorded.')).toBeVisible();
    await respond(daniel.page, /Don’t like it but will support it/, 'I preferred yearly rotation of the chair.');
    await expect(daniel.page.getByText('Your response is recorded.')).toBeVisible();

    // Karim sees the three answers arrive, and what the outcome would be.
    await page.goto(appUrl(host.url, proposalHref(workspaceId, proposalId!)));
    const tally = page.getByTestId('tally');
    await expect(tally).toContainText('3 of 5 answered.', { timeout: 30_000 });
    await expect(tally).toContainText('Quorum: 3 present, 3 needed — reached.');
    await expect(page.getByTestId('outcome-preview')).toContainText('Adopted');
    await expect(page.getByTestId('outcome-preview')).toContainText('Consensus: nobody disagrees.');
    await expect(page.getByRole('list', { name: 'Responses' })).toContainText('I preferred yearly rotation of the chair.');
    await expectNoSeriousA11yViolations(page, { screen: 'proposal page' });
    await saveScreenshot(page, 'decisions-tally', { fullPage: true });

    // Mariam's organisation co-chairs: she could confirm. Daniel's is treasurer: he cannot.
    await expect(mariam.page.getByRole('form', { name: 'Confirm the outcome' })).toBeVisible();
    await expect(daniel.page.getByRole('form', { name: 'Confirm the outcome' })).toHaveCount(0);
    await expect(daniel.page.getByText('The chair, a co-chair or the secretary confirms the outcome.')).toBeVisible();

    // The chair confirms, with a rationale; the document is marked adopted by this decision.
    const close = page.getByRole('form', { name: 'Confirm the outcome' });
    await close.getByRole('textbox', { name: /Rationale/ }).fill('Consensus reached; the concerns are noted for the review in 2027.');
    await expect(close.getByRole('checkbox', { name: 'Mark “Terms of Reference” as adopted by this decision' })).toBeChecked();
    await close.getByRole('button', { name: 'Confirm and record in the log' }).click();
    await expect(page.getByTestId('closure')).toContainText('Adopted');
    await expect(page.getByRole('link', { name: 'See decision 2 in the log' })).toBeVisible();

    // Each of the three sees entry 1 and verifies the log on their own computer.
    for (const member of [page, mariam.page, daniel.page]) {
      await member.goto(appUrl(host.url, `#/w/${workspaceId}/log`));
      const entry = member.getByTestId('log-entry').first();
      await expect(entry).toContainText('Decision 2', { timeout: 30_000 });
      await expect(entry).toContainText('Adopt the revised Terms of Reference');
      await expect(entry).toContainText('Adopted');
      await expect(entry).toContainText('Steering Committee, December');
      await expect(entry).toContainText('Recorded by Karim Saleh');
      await verifyLog(member);
    }
    await expectNoSeriousA11yViolations(mariam.page, { screen: 'decision log' });
    await saveScreenshot(mariam.page, 'decisions-log-verified', { fullPage: true });
    // The same fingerprint everywhere.
    const fingerprint = await page.locator('.screen__intro + .field__hint code').innerText();
    await expect(daniel.page.locator('.screen__intro + .field__hint code')).toHaveText(fingerprint);

    // The Terms of Reference say which decision adopted them.
    await page.goto(appUrl(host.url, `#/w/${workspaceId}`));
    await page.getByTestId('document-list').getByRole('link', { name: 'Terms of Reference' }).first().click();
    await expect(page.getByTestId('lifecycle-notice')).toContainText('Adopt the revised Terms of Reference');
    await page.getByTestId('lifecycle-notice').getByRole('link', { name: 'See it in the decision log' }).click();
    await expect(page.getByTestId('log-entry').first()).toHaveClass(/log-entry--focused/);

    // An action item from the meeting, for Mariam: it is among her actions.
    await page.goto(meetingUrl);
    await page.getByTestId('action-items-section').getByRole('button', { name: 'Add action item' }).click();
    const actionDialog = page.getByRole('dialog', { name: 'Add an action item' });
    await actionDialog.getByRole('textbox', { name: 'What is to be done' }).fill('Circulate the adopted Terms of Reference to all members');
    await actionDialog.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Mariam Diallo' });
    await actionDialog.getByLabel('Due date').fill('2099-12-10');
    await actionDialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByTestId('action-items-section')).toContainText('Circulate the adopted Terms of Reference');
    await mariam.page.goto(appUrl(host.url, `#/w/${workspaceId}/actions?mine=1`));
    await expect(mariam.page.getByTestId('action-list')).toContainText('Circulate the adopted Terms of Reference to all members', { timeout: 30_000 });
    await saveScreenshot(mariam.page, 'decisions-my-actions');

    // Circulate: the minutes, their decision and action item, as a PDF.
    await page.goto(meetingUrl);
    const pdf = await exportMinutes(page);
    expect(pdf.name).toBe('Minutes-Steering-Committee-December.pdf');
    for (const text of [
      'Minutes: Steering Committee, December',
      'Adopt the revised Terms of Reference',
      'Decisions recorded in the decision log',
      'Gradients',
      'Adopted',
      'Circulate the adopted Terms of Reference', // a table cell: pdftotext reads a row's cells line by line
      'Mariam Diallo',
      'Page 1 of',
    ]) {
      expect(pdf.text).toContain(normalise(text));
    }
    expect(await pdfPagesToPng(pdf.bytes, 'decisions-minutes-pdf')).not.toHaveLength(0);
    // And in Arabic, from Mariam's computer.
    await mariam.page.goto(meetingUrl);
    await languageSelect(mariam.page).selectOption('ar');
    await expect(mariam.page.locator('html')).toHaveAttribute('dir', 'rtl');
    const arabic = await exportMinutes(mariam.page, { button: 'تصدير المحضر…', submit: 'تصدير' });
    expect(arabic.text).toContain(normalise('القرارات المسجّلة في سجل القرارات'));
    expect(await pdfPagesToPng(arabic.bytes, 'decisions-minutes-pdf-ar')).not.toHaveLength(0);
  } finally {
    await mariam.context.close();
    await daniel.context.close();
  }
});

test('refusals with a clear message: no vote, no reason, no quorum; a changed answer keeps its history; a log edited by hand is caught', async ({ page, host }) => {
  test.setTimeout(120_000);
  const workspaceId = await openExampleWorkspace(page, host.url);

  // Riverside observes: it holds no vote, and is told so.
  await chooseMe(page, 'Riverside Legal Advice Clinic · Observer');
  await openSection(page, 'Decisions', 'Decisions');
  await page.getByRole('button', { name: 'Put a proposal' }).click();
  const putDialog = page.getByRole('dialog', { name: 'Put a proposal' });
  await putDialog.getByRole('button', { name: 'Put the proposal' }).click();
  await expect(putDialog.getByText('Give the proposal a title.')).toBeVisible();
  await putDialog.getByRole('textbox', { name: 'Proposal' }).fill('Join the regional coalition on safe routes');
  await putDialog.getByRole('button', { name: 'Put the proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Join the regional coalition on safe routes' })).toBeVisible();
  await expect(page.getByText('You are not among those who may respond to this proposal under its rules.')).toBeVisible();

  // The secretary records answers on members' behalf: a block needs a reason; answering again replaces, with history.
  await chooseMe(page, 'Layla Mansour · Secretary');
  const form = page.getByRole('form', { name: 'Your response' });
  await form.getByRole('combobox', { name: 'Responding for' }).selectOption({ label: 'Karim Saleh' });
  await respond(page, /^8\. Block/);
  await expect(form.getByText('Say why: an objection or a block needs a reason.')).toBeVisible();
  await respond(page, /^5\. More discussion needed/);
  await expect(page.getByText('The response of Karim Saleh is recorded, marked as recorded by you.')).toBeVisible();
  await form.getByRole('combobox', { name: 'Responding for' }).selectOption({ label: 'Karim Saleh' });
  await expect(page.getByTestId('standing-response')).toContainText('Current response: More discussion needed.');
  await respond(page, /^1\. Whole-hearted endorsement/);
  const responses = page.getByRole('list', { name: 'Responses' });
  await expect(responses).toContainText('Whole-hearted endorsement');
  await expect(responses).toContainText('recorded by Layla Mansour');
  await responses.getByText('Earlier answers (1)').click();
  await expect(responses).toContainText('More discussion needed');

  // One organisation of five has answered: no quorum. Confirming needs the explicit override.
  await expect(page.getByTestId('tally')).toContainText('Quorum: 1 present, 3 needed — not reached.');
  const close = page.getByRole('form', { name: 'Confirm the outcome' });
  await expect(close).toContainText('Deferred');
  await close.getByRole('button', { name: 'Confirm and record in the log' }).click();
  await expect(close.getByRole('alert')).toContainText('The quorum is not present.');
  await close.getByRole('checkbox', { name: /Confirm without quorum/ }).check();
  await expect(close).toContainText('Adopted');
  await close.getByRole('button', { name: 'Confirm and record in the log' }).click();
  await expect(page.getByTestId('closure')).toContainText('Confirmed without quorum (1 present, 3 needed): an explicit override.');
  await expect(page.getByRole('form', { name: 'Your response' })).toHaveCount(0);

  // Adopting a document by hand can name the decision: the document then links to its entry.
  await workspaceNav(page).getByRole('link', { name: 'Memorandum of Understanding 2025–2027' }).click();
  await page.getByTestId('document-status').click();
  await page.getByRole('button', { name: 'Adopt…' }).click();
  const adopt = page.getByRole('dialog', { name: 'Adopt this document' });
  await adopt.getByRole('combobox', { name: 'Decision in the log' }).selectOption({ label: 'Decision 2: Join the regional coalition on safe routes' });
  await expect(adopt.getByRole('textbox', { name: 'Decision', exact: true })).toHaveValue('Decision 2: Join the regional coalition on safe routes');
  await adopt.getByRole('button', { name: 'Adopt' }).click();
  await expect(page.getByTestId('lifecycle-notice')).toContainText('Decision 2: Join the regional coalition on safe routes');
  await page.getByTestId('lifecycle-notice').getByRole('link', { name: 'See it in the decision log' }).click();
  await expect(page.getByTestId('log-entry').first()).toHaveClass(/log-entry--focused/);

  // Someone edits the stored log by hand: the outcome becomes "not adopted". Verify names the entry and the field.
  await expect(page.getByRole('heading', { level: 1, name: 'Decision log' })).toBeVisible();
  await verifyLog(page);
  await expectSaved(page);
  await editStoredDoc(page, workspaceId, (doc) => {
    const log = decisionLogMap(doc);
    for (const [id, value] of log.entries()) {
      const entry = value as { fields: Record<string, unknown> };
      if (entry.fields['title'] === 'Join the regional coalition on safe routes') log.set(id, { ...entry, fields: { ...entry.fields, outcome: 'not-adopted' } });
    }
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Decision log' })).toBeVisible();
  await expect(page.getByTestId('log-entry').first()).toContainText('Not adopted');
  await page.getByRole('button', { name: 'Verify the log' }).click();
  const result = page.getByTestId('verify-result');
  await expect(result).toContainText('The log is not intact. Problems found: 1');
  await expect(result).toContainText('Decision 2 was changed after it was recorded: its outcome is not what was recorded.');
  await expect(page.getByTestId('log-entry').first()).toContainText('Check failed');
  await saveScreenshot(page, 'decisions-log-tampered', { fullPage: true });

  // In Arabic, right to left.
  await languageSelect(page).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'التحقق من السجل' }).click();
  await expect(page.getByTestId('verify-result')).toContainText('عُدّل القرار 2 بعد تسجيله');
  await saveScreenshot(page, 'decisions-log-tampered-ar', { fullPage: true });
  await page.locator('.workspace__nav').getByRole('link', { name: 'القرارات', exact: true }).click();
  await page.getByRole('link', { name: 'Join the regional coalition on safe routes' }).click();
  await expect(page.getByTestId('tally')).toContainText('النصاب');
  await saveScreenshot(page, 'decisions-tally-ar', { fullPage: true });
});

test('the chair and a co-chair confirm the same proposal offline: the log keeps both entries and says they record one proposal', async ({ page, host, browser }) => {
  test.setTimeout(120_000);
  // Karim (his organisation chairs) hosts the relay; Mariam (hers co-chairs) joins, and loses the network.
  const workspaceId = await openExampleWorkspace(page, host.url);
  await chooseMe(page, 'Karim Saleh · Member');
  const port = await freePort();
  await openSharing(page);
  await turnOnSharing(page, { hostPort: port }, 'Karim');
  await expect(syncState(page)).toContainText('Synced');
  const forMariam = await createInvite(page, 'Mariam (Passerelles Exil)');
  await closeInviteDialog(page);

  await openSection(page, 'Decisions', 'Decisions');
  await page.getByRole('button', { name: 'Put a proposal' }).click();
  const putDialog = page.getByRole('dialog', { name: 'Put a proposal' });
  await putDialog.getByRole('textbox', { name: 'Proposal' }).fill('Open a second reception desk in Lyon');
  await putDialog.getByRole('button', { name: 'Put the proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open a second reception desk in Lyon' })).toBeVisible();
  const proposalUrl = page.url();

  let mariamsNetwork!: Awaited<ReturnType<typeof networkSwitch>>;
  const mariam = await secondMember(browser, host.url, async (context) => {
    mariamsNetwork = await networkSwitch(context, port);
  });
  try {
    await pasteInvite(mariam.page, forMariam.link, 'Mariam');
    await expect(syncState(mariam.page)).toContainText('Synced', { timeout: 30_000 });
    await chooseMe(mariam.page, 'Mariam Diallo · Member');
    await mariam.page.goto(proposalUrl);
    await expect(mariam.page.getByRole('heading', { level: 1, name: 'Open a second reception desk in Lyon' })).toBeVisible({ timeout: 30_000 });

    // Mariam offline; each defers the proposal, neither seeing the other do it.
    mariamsNetwork.offline();
    await expect(syncState(mariam.page)).not.toContainText('Synced');
    for (const [member, rationale] of [
      [page, 'Wait for the budget.'],
      [mariam.page, 'Ask the Lyon members first.'],
    ] as const) {
      const close = member.getByRole('form', { name: 'Confirm the outcome' });
      await close.getByRole('radio', { name: 'Defer the proposal' }).check();
      await close.getByRole('textbox', { name: /Rationale/ }).fill(rationale);
      await close.getByRole('button', { name: 'Confirm and record in the log' }).click();
      await expect(member.getByTestId('closure')).toContainText('Deferred');
    }

    // Mariam back online: both entries are in both logs, in the same order, each pointing at the other.
    mariamsNetwork.online();
    for (const member of [page, mariam.page]) {
      await member.goto(appUrl(host.url, `#/w/${workspaceId}/log`));
      await expect(member.getByTestId('log-entry')).toHaveCount(3, { timeout: 30_000 });
      const twins = member.getByTestId('same-proposal');
      await expect(twins).toHaveCount(2);
      await expect(twins.nth(0)).toContainText('The same proposal is also recorded as Decision 2.');
      await expect(twins.nth(1)).toContainText('The same proposal is also recorded as Decision 3.');
      await verifyLog(member, 3);
    }
    // The same entries, numbered and worded alike, on both computers.
    expect(await mariam.page.getByTestId('log-entry').allTextContents()).toEqual(await page.getByTestId('log-entry').allTextContents());
    await expectNoSeriousA11yViolations(page, { screen: 'decision log with two records of one proposal' });
    await saveScreenshot(page, 'decisions-log-same-proposal', { fullPage: true });
  } finally {
    await mariam.context.close();
  }
});
