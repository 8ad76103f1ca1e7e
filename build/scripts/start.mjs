// `npm start`: installs what is missing, builds, then opens the Electron app, or the
// browser shell when the Electron binary is not installed (or with --web).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
const { buildAll } = await import('./build.mjs');
await buildAll({ quiet: true });

function electronBinary() {
  try {
    const require = createRequire(path.join(ROOT, 'package.json'));
    const binary = require('electron'); // the package exports the binary's path as a string
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null; // the package throws when its binary was never downloaded
  }
}

const wantWeb = process.argv.includes('--web');
const electron = wantWeb ? null : electronBinary();
if (electron) {
  const child = spawn(electron, [ROOT], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!wantWeb) console.log('The Electron binary is not installed here; starting the browser shell instead.');
  await import(path.join(ROOT, 'dist/web/host.mjs'));
}
