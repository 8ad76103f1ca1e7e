// `npm run relay -- --port 4455 --data ./relay-data`: installs what is missing, builds, then runs
// the standalone relay bundle (dist/relay/relay.mjs) with the given arguments.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDependencies, ROOT } from './ensure-deps.mjs';

ensureDependencies();
const { buildAll } = await import('./build.mjs');
await buildAll({ quiet: true });
await import(pathToFileURL(path.join(ROOT, 'dist/relay/relay.mjs')).href);
