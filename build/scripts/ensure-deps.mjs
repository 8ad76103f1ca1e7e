// Installs the npm dependencies when they are missing or older than the lockfile,
// so that `npm start` and `npm test` work on a fresh clone. Uses only Node built-ins.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function ensureDependencies() {
  const lock = path.join(ROOT, 'package-lock.json');
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const fresh = existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return;
  console.log('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Electron's binary cannot be downloaded everywhere; the package still gives its types,
    // and `npm start` falls back to the browser shell without it.
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '1' },
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('npm ci failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

/** Runs a command from node_modules/.bin (or a plain command), exiting on failure unless `allowFailure`. */
export function run(command, args, { allowFailure = false, env = {} } = {}) {
  const local = path.join(ROOT, 'node_modules', '.bin', command);
  const bin = existsSync(local) ? local : command;
  const result = spawnSync(bin, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0 && !allowFailure) process.exit(result.status ?? 1);
  return result.status ?? 1;
}
