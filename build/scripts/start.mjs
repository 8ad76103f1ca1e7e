// `npm start`: installs what is missing, builds, then opens the Electron app, or the
// browser shell when the Electron binary is not installed (or with --web).
import { existsSync, readFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
const { buildAll } = await import('./build.mjs');
await buildAll({ quiet: true });

/** The Electron binary's path if it is installed; never triggers a download itself. */
function installedElectron() {
  const packageDir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * The binary comes from outside the npm registry, so `npm ci` here skips it; try to
 * fetch it once (quietly, bounded in time) unless the user said not to.
 */
function electronBinary() {
  const installed = installedElectron();
  if (installed || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') return installed;
  const installer = path.join(ROOT, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return null;
  console.log('Fetching the Electron binary…');
  const result = spawnSync(process.execPath, [installer], { cwd: ROOT, stdio: 'ignore', timeout: 180_000 });
  if (result.status !== 0) console.log('Could not fetch the Electron binary (no network access to its download site?).');
  return installedElectron();
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
