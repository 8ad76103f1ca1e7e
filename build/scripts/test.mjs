// `npm test`: the whole suite on a fresh clone — install, type-check (which also
// enforces the dependency rule), unit + integration (vitest), build, end-to-end
// (Playwright in Chromium). Ends with one "N passed, N failed" line.
import { readFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, ensureDependencies, run } from './ensure-deps.mjs';
import { findChromium } from './find-chromium.mjs';

ensureDependencies();
let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const reports = path.join(ROOT, 'test-results');
rmSync(reports, { recursive: true, force: true });

console.log('\n== Type-check (tsc -b)');
const typecheck = run('tsc', ['-b'], { allowFailure: true });

console.log('\n== Unit and integration tests (vitest)');
const vitest = run('vitest', ['run', '--config', 'tests/vitest.config.mjs', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, 'vitest.json')}`], { allowFailure: true });

console.log('\n== Build');
const { buildAll } = await import('./build.mjs');
await buildAll({ quiet: true });

console.log('\n== End-to-end tests (Playwright, Chromium at ' + chromium + ')');
const e2e = run('playwright', ['test', '--config', 'tests/playwright.config.ts'], { allowFailure: true, env: { ACCORD_CHROMIUM: chromium } });

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}
const unit = counts(path.join(reports, 'vitest.json'), (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }));
const endToEnd = counts(path.join(reports, 'playwright.json'), (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky * 0, skipped: r.stats.skipped }));
const failedSteps = (typecheck !== 0 ? 1 : 0) + (vitest !== 0 && unit.failed === 0 ? 1 : 0) + (e2e !== 0 && endToEnd.failed === 0 ? 1 : 0);
const passed = unit.passed + endToEnd.passed;
const failed = unit.failed + endToEnd.failed + failedSteps;
console.log(`\nunit+integration: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${endToEnd.passed} passed, ${endToEnd.failed} failed${typecheck !== 0 ? '; type-check FAILED' : ''}`);
console.log(`${passed} passed, ${failed} failed, ${unit.skipped + endToEnd.skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
