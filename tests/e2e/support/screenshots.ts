/** Screenshots a person looks at after a run: `tests/e2e/screenshots/<name>.png` (gitignored). */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './paths';

/**
 * What the user sees (the viewport) by default: full-page captures repeat sticky
 * toolbars in the middle of long documents.
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(name)) throw new Error(`Screenshot names are plain words with dashes: ${name}`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}
