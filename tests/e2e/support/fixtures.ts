/**
 * The end-to-end tier's `test`: every test gets its own running host (fresh data
 * directory, random port, so a fresh IndexedDB origin) and `page` already open on
 * the home screen. Page errors and console errors are attached to failing tests; a message
 * missing from the i18n catalogue (its raw key on screen) fails the test.
 */
import { test as base, expect } from '@playwright/test';
import { openHome } from './app';
import { startHost, type StartedHost } from './host';
import { takeMissingMessages, watchForMissingMessages } from './missing-messages';

interface AccordFixtures {
  host: StartedHost;
}

export const test = base.extend<AccordFixtures>({
  // Playwright reads a fixture's dependencies from its destructured first parameter: none here.
  host: async ({}, use, testInfo) => {
    const host = await startHost();
    await use(host);
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('host-output', { body: host.output(), contentType: 'text/plain' });
    }
    await host.stop();
  },
  page: async ({ page, host }, use, testInfo) => {
    const problems: string[] = [];
    takeMissingMessages();
    watchForMissingMessages(page);
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    await openHome(page, host.url);
    await use(page);
    if (problems.length > 0 && testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('page-errors', { body: problems.join('\n'), contentType: 'text/plain' });
      console.log(`Page errors in "${testInfo.title}":\n${problems.join('\n')}`);
    }
    expect(takeMissingMessages(), 'messages missing from the catalogue').toEqual([]);
  },
});

export { expect };
