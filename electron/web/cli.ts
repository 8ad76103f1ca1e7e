/**
 * `npm run web`: starts the browser shell (bundled to dist/web/host.mjs).
 *
 * Environment: ACCORD_PORT (default 4317, 0 = random), ACCORD_DATA_DIR (default:
 * the desktop shell's data folder), ACCORD_RENDERER_DIR (default: dist/renderer
 * beside this bundle), ACCORD_READY_FILE (written as `{ url, port, pid }` JSON
 * once listening, for tests and benchmarks), ACCORD_RELAY_HOST_BIND (the address "Host on
 * this computer" binds to; default every interface), ACCORD_FILES_DIR or `--files-dir <folder>`
 * (the Accord folder workspaces are saved in; default the settings' choice, else
 * `<Documents>/Accord`).
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomicSync } from '../services/atomic-file';
import { ConfigError, dataDirFromEnv, filesDirFrom, portFromEnv, relayBindFromEnv } from './cli-config';
import { LOOPBACK_ADDRESS, PortInUseError, startBrowserShell, type BrowserShell } from './host';
import { probeAccord } from './probe';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readVersion(): string {
  // dist/web/host.mjs and electron/web/cli.ts both sit two levels below the root.
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function rendererDirFrom(env: NodeJS.ProcessEnv): string {
  const explicit = env.ACCORD_RENDERER_DIR?.trim();
  return explicit ? path.resolve(explicit) : fileURLToPath(new URL('../renderer/', import.meta.url));
}

function logToStderr(line: object): void {
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

async function main(): Promise<void> {
  const env = process.env;
  let port: number;
  let dataDir: string;
  let relayBindAddress: string | undefined;
  let filesDir: string | undefined;
  try {
    port = portFromEnv(env);
    dataDir = dataDirFromEnv(env, process.platform, os.homedir());
    relayBindAddress = relayBindFromEnv(env);
    filesDir = filesDirFrom(env, process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const rendererDir = rendererDirFrom(env);
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    fail(`The Accord app is not built (no index.html in ${rendererDir}). Run \`npm run build\` first, or use \`npm run web\`, which builds it.`);
  }

  let shell: BrowserShell;
  try {
    shell = await startBrowserShell({
      port,
      dataDir,
      rendererDir,
      version: readVersion(),
      log: logToStderr,
      ...(relayBindAddress === undefined ? {} : { relayBindAddress }),
      ...(filesDir === undefined ? {} : { filesDir }),
    });
  } catch (error) {
    if (!(error instanceof PortInUseError)) throw error;
    const address = `http://${LOOPBACK_ADDRESS}:${port}/`;
    if (await probeAccord(port)) {
      console.log(`Accord is already running at ${address} — open this address in your browser.`);
      process.exit(0);
    }
    fail(
      `Port ${port} on ${LOOPBACK_ADDRESS} is in use by another program, so Accord cannot start there.\n` +
        `Stop that program, or choose another port with ACCORD_PORT (for example ACCORD_PORT=4318 npm run web).\n` +
        'Keep using the same port afterwards: the browser keeps Accord\'s data per address.',
    );
  }

  if (env.ACCORD_READY_FILE) {
    writeFileAtomicSync(env.ACCORD_READY_FILE, JSON.stringify({ url: shell.url, port: shell.port, pid: process.pid }));
  }
  console.log(`Accord is running at ${shell.url} — open this address in Chromium, Chrome, Edge or Firefox. Press Ctrl+C to stop.`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1); // a second Ctrl+C does not wait
    stopping = true;
    shell.close().then(
      () => {
        console.log(`Accord stopped (${signal}).`);
        process.exit(0);
      },
      (error: unknown) => fail(`Accord did not stop cleanly: ${String(error)}`),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => fail(`Accord could not start: ${error instanceof Error ? error.message : String(error)}`));
