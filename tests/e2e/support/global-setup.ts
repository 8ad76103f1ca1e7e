/** Fails fast, with the command to run, when the app has not been built. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { HOST_ENTRY, REPO_ROOT, RENDERER_INDEX } from './paths';

export default function globalSetup(): void {
  const missing = [HOST_ENTRY, RENDERER_INDEX].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end tests run the built app, and ${missing.map((file) => path.relative(REPO_ROOT, file)).join(' and ')} ` +
        'is missing. Build first with `node build/scripts/build.mjs` (`npm test` builds before it runs Playwright).',
    );
  }
}
