/**
 * The workspace profile and decision rules, set up for the example network as its
 * secretary would: the form on the continuum of collaboration with the toolkit's
 * description beside it, structure, membership, basis and languages; then the
 * rules, where an impossible quorum or threshold is refused inline and nothing is saved.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { EXAMPLE_WORKSPACE_EN, appUrl, expectSaved, languageSelect, openHome, openExampleWorkspace } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { saveScreenshot } from './support/screenshots';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });

function profileForm(page: Page) {
  return page.getByRole('form', { name: 'Profile' });
}

function rulesForm(page: Page) {
  return page.getByRole('form', { name: 'Decision rules' });
}

test.describe('profile and decision rules', () => {
  test('set up the example network: profile after the toolkit, rules with inline errors, nothing invalid saved', async ({ page, host }) => {
    const workspaceId = await openExampleWorkspace(page, host.url);
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Profile & rules' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Profile & rules' })).toBeVisible();

    // The form of collaboration, with the toolkit's description of each form beside it.
    const profile = profileForm(page);
    const forms = profile.getByRole('group', { name: 'Form of collaboration' });
    const description = page.getByTestId('form-description');
    await expect(forms.getByRole('radio', { name: 'Network' })).toBeChecked();
    await expect(description).toContainText('Connect a set of organisations and/or individuals to learn or strategise together.');
    await forms.getByRole('radio', { name: 'Strategic alliance' }).check();
    await expect(description).toContainText('Intentional and long term.');
    await expect(description).toContainText('Driven by formal, written agreements');
    for (const aspect of ['Purpose', 'Time horizon', 'Decision-making', 'Level of relationship', 'Mutual accountability', 'Time commitment']) {
      await expect(description.getByText(aspect, { exact: true })).toBeVisible();
    }
    await forms.getByRole('radio', { name: 'Network' }).check();
    await expect(description).toContainText('Depends on the structure.');

    // Structure with the toolkit's advantages and disadvantages; membership; basis; languages.
    const structure = profile.getByRole('group', { name: 'Structure' });
    await expect(structure.getByRole('table', { name: 'Choosing the right structures' })).toContainText('More bureaucracy.');
    await structure.getByRole('radio', { name: 'In between' }).check();
    await profile.getByRole('group', { name: 'Membership' }).getByRole('radio', { name: 'Rather diverse' }).check();
    await profile.getByRole('group', { name: 'Basis' }).getByRole('checkbox', { name: /Geography/ }).check();
    await profile.getByRole('textbox', { name: 'Vision' }).fill('Refugees received with dignity, and heard in the policies that affect them.');
    await profile.getByRole('textbox', { name: 'Working languages' }).fill('English, French, Arabic, Tigrinya, english');

    // Bad input in the profile: an empty name is refused, and nothing of the form is written.
    await profile.getByRole('textbox', { name: 'Name' }).fill('  ');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await expect(profile.getByText('Give the workspace a name.')).toBeVisible();
    await expect(profile.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await expect(profile.getByRole('status')).toHaveText('Nothing was saved: check the fields marked below.');
    await profile.getByRole('textbox', { name: 'Name' }).fill(EXAMPLE_WORKSPACE_EN);
    await expect(profile.getByText('Give the workspace a name.')).toBeHidden();
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await expect(profile.getByRole('status')).toHaveText('Profile saved.');
    await expect(profile.getByRole('textbox', { name: 'Working languages' })).toHaveValue('English, French, Arabic, Tigrinya');

    // The rules: the example's are those of its Terms of Reference.
    const rules = rulesForm(page);
    await expect(rules.getByRole('radio', { name: /^Consensus/ })).toBeChecked();
    await expect(rules.getByRole('checkbox', { name: 'A block stops a consensus decision' })).toBeChecked();
    await expect(rules.getByRole('checkbox', { name: 'Member organisations (one vote each)' })).toBeChecked();
    await expect(rules.getByText('Voting members today: 5. A quorum is 3 of them present.')).toBeVisible();

    // A threshold outside 50–100 % and a quorum above the 5 voting members: clear inline messages, nothing saved.
    await rules.getByRole('radio', { name: /^Qualified majority/ }).check();
    await rules.getByRole('textbox', { name: 'Majority needed (% of votes cast)' }).fill('120');
    await rules.getByRole('radio', { name: 'A number of voting members' }).check();
    await rules.getByRole('textbox', { name: 'Voting members present' }).fill('9');
    await rules.getByRole('button', { name: 'Save rules' }).click();
    await expect(rules.getByText('Enter a share between 50 and 100 %.')).toBeVisible();
    await expect(rules.getByText('The quorum cannot be higher than the number of voting members (5).')).toBeVisible();
    await expect(rules.getByRole('status')).toHaveText('Nothing was saved: check the fields marked below.');
    await expect(rules.getByRole('textbox', { name: 'Majority needed (% of votes cast)' })).toBeFocused();
    await rules.getByRole('checkbox', { name: 'Delegates of member organisations' }).check();
    await expect(rules.getByText('An organisation and its delegate cannot both vote: it would count twice.')).toBeVisible();
    await saveScreenshot(page, 'profile-rules-errors');

    await expectSaved(page);
    await page.reload();
    await expect(rulesForm(page).getByRole('radio', { name: /^Consensus/ })).toBeChecked();
    await expect(rulesForm(page).getByRole('radio', { name: 'A share of the voting members' })).toBeChecked();

    // The same changes, valid this time.
    const fixed = rulesForm(page);
    await fixed.getByRole('radio', { name: /^Qualified majority/ }).check();
    await fixed.getByRole('textbox', { name: 'Majority needed (% of votes cast)' }).fill('66.67');
    await fixed.getByRole('radio', { name: 'A number of voting members' }).check();
    await fixed.getByRole('textbox', { name: 'Voting members present' }).fill('3');
    await fixed.getByRole('button', { name: 'Save rules' }).click();
    await expect(fixed.getByRole('status')).toHaveText('Rules saved.');
    await expectSaved(page);

    await page.reload();
    const reloaded = rulesForm(page);
    await expect(reloaded.getByRole('radio', { name: /^Qualified majority/ })).toBeChecked();
    await expect(reloaded.getByRole('textbox', { name: 'Majority needed (% of votes cast)' })).toHaveValue('66.67');
    await expect(reloaded.getByRole('textbox', { name: 'Voting members present' })).toHaveValue('3');
    await expect(profileForm(page).getByRole('group', { name: 'Structure' }).getByRole('radio', { name: 'In between' })).toBeChecked();
    await expect(profileForm(page).getByRole('group', { name: 'Basis' }).getByRole('checkbox', { name: /Geography/ })).toBeChecked();
    await expect(profileForm(page).getByRole('textbox', { name: 'Vision' })).toHaveValue(/received with dignity/);
    await page.getByRole('heading', { level: 2, name: 'Profile' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'profile-rules');
    await expectNoSeriousA11yViolations(page, { screen: 'profile (en)' });

    // The overview says how the network decides.
    await page.goto(appUrl(host.url, `#/w/${workspaceId}`));
    await expect(page.getByRole('link', { name: 'Qualified majority (66.67 %) · quorum 3 present' })).toBeVisible();

    // Arabic: the same page, mirrored.
    await openHome(page, host.url);
    await languageSelect(page).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.goto(appUrl(host.url, `#/w/${workspaceId}/profile`));
    await expect(page.getByRole('heading', { level: 1, name: 'التعريف والقواعد' })).toBeVisible();
    await expect(page.getByTestId('form-description')).toContainText('ربط مجموعة من المنظمات');
    await saveScreenshot(page, 'profile-rules-ar');
    await page.getByRole('heading', { level: 2, name: 'قواعد اتخاذ القرار' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'profile-rules-ar-rules');
    await expectNoSeriousA11yViolations(page, { screen: 'profile (ar)' });
  });
});
