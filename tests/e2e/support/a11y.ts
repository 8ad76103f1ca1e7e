/**
 * Runs axe-core in the page and fails on serious or critical violations.
 * The script is injected as a tag, so the page's CSP must be bypassed in specs that
 * use this (`test.use({ bypassCSP: true })`); @axe-core/playwright needs Node 22.
 */
import { expect, type Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { AXE_SCRIPT } from './paths';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

function describe(violation: Result): string {
  const targets = violation.nodes.map((node) => `    - ${JSON.stringify(node.target)}: ${node.failureSummary?.split('\n').join(' ') ?? ''}`);
  return `  [${violation.impact}] ${violation.id}: ${violation.help}\n${targets.join('\n')}`;
}

export interface A11yCheckOptions {
  /** A name for the screen in messages; the URL by default. */
  screen?: string;
  /** Record the failure and carry on (to check several screens in one test). */
  soft?: boolean;
}

export async function expectNoSeriousA11yViolations(page: Page, options: A11yCheckOptions = {}): Promise<AxeResults> {
  const screen = options.screen ?? page.url();
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    await page.addScriptTag({ path: AXE_SCRIPT });
    const injected = await page.evaluate(() => 'axe' in window);
    if (!injected) throw new Error('axe-core did not load: the page CSP blocked it. Add test.use({ bypassCSP: true }) to the spec.');
  }
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
  const report = blocking.map(describe).join('\n');
  if (blocking.length > 0) console.log(`Accessibility violations on ${screen}:\n${report}`);
  (options.soft ? expect.soft : expect)(blocking.length, `Serious or critical accessibility violations on ${screen}:\n${report}`).toBe(0);
  return results;
}
