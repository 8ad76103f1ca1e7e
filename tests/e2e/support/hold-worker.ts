import type { Page } from '@playwright/test';

/**
 * Holds back a web worker's script (`name` is the start of its bundled file's name, e.g.
 * 'archive-worker') until the returned function is called: the work the page hands to that
 * worker waits, as on a very slow computer, so a test can see the progress and cancel it
 * without racing the machine's speed.
 */
export async function holdWorkerScript(page: Page, name: string): Promise<() => Promise<void>> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const pattern = `**/${name}-*.js`;
  await page.route(pattern, async (route) => {
    await held;
    // The request is gone when the page stopped the worker meanwhile (a cancelled operation).
    await route.continue().catch(() => undefined);
  });
  return async () => {
    release();
    await page.unroute(pattern);
  };
}
