import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';
import { MISSING_MESSAGE } from '../../../renderer/i18n/missing-message';

/**
 * Messages missing from the i18n catalogue that the app reported, on any page a test opened
 * (its own and the other members' browser contexts). The `page` fixture starts each test
 * with none and fails the test when some were reported.
 */
let reported: string[] = [];

export function watchForMissingMessages(target: Page | BrowserContext): void {
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && message.text().startsWith(MISSING_MESSAGE)) reported.push(message.text());
  };
  target.on('console', onConsole);
}

export function takeMissingMessages(): string[] {
  const found = reported;
  reported = [];
  return found;
}
