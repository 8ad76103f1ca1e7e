/** Where the end-to-end tier and the benchmarks find the built app and write their artefacts. */
import path from 'node:path';

// The package is CommonJS-flavoured for Playwright's and tsx's loaders, so `__dirname` exists
// (and `import.meta` does not).
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const HOST_ENTRY = path.join(REPO_ROOT, 'dist/web/host.mjs');
export const RENDERER_INDEX = path.join(REPO_ROOT, 'dist/renderer/index.html');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'tests/e2e/screenshots');
export const AXE_SCRIPT = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
