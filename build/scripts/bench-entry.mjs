// `npm run bench`: installs what is missing, builds the app, then runs the benchmarks
// (tests/bench/run.ts) in Chromium through the browser shell. Arguments pass through:
// `npm run bench -- --json out.json --only open200PagesMs,coldStartMs --quick`.
import { ensureDependencies, run } from './ensure-deps.mjs';

ensureDependencies();
const { buildAll } = await import('./build.mjs');
await buildAll({ quiet: true });
process.exit(run('tsx', ['tests/bench/run.ts', ...process.argv.slice(2)], { allowFailure: true }));
