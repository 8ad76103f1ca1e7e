/**
 * Where the browser-shell CLI takes its settings from: environment variables with
 * defaults that match the desktop shell (same data folder). Pure, for tests.
 */
import { isIP } from 'node:net';
import path from 'node:path';

export const DEFAULT_PORT = 4317;
export const APP_FOLDER_NAME = 'Accord';

export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** `ACCORD_PORT`: unset means 4317, `0` means a random free port. */
export function portFromEnv(env: Env): number {
  const raw = env.ACCORD_PORT?.trim();
  if (!raw) return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new ConfigError(`ACCORD_PORT must be a port number from 0 to 65535 (0 picks a free one); got "${raw}".`);
  }
  return port;
}

/**
 * `ACCORD_DATA_DIR`, else the folder the desktop shell (Electron's `userData`)
 * uses on this platform, so both shells share the same settings.
 */
export function dataDirFromEnv(env: Env, platform: NodeJS.Platform, homeDir: string): string {
  const explicit = env.ACCORD_DATA_DIR?.trim();
  if (explicit) return path.resolve(explicit);
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(homeDir, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.posix.join(homeDir, 'Library', 'Application Support', APP_FOLDER_NAME);
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says to ignore a relative value.
  return path.posix.join(xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homeDir, '.config'), APP_FOLDER_NAME);
}

/**
 * `ACCORD_RELAY_HOST_BIND`: the address "Host on this computer" binds its relay to;
 * unset means every interface (the host's own default). Tests use 127.0.0.1.
 */
export function relayBindFromEnv(env: Env): string | undefined {
  const raw = env.ACCORD_RELAY_HOST_BIND?.trim();
  if (!raw) return undefined;
  if (isIP(raw) === 0) throw new ConfigError(`ACCORD_RELAY_HOST_BIND must be an IP address such as 127.0.0.1 or 0.0.0.0; got "${raw}".`);
  return raw;
}

/**
 * The Accord folder the browser shell saves workspaces in: `--files-dir <folder>`
 * (or `--files-dir=<folder>`), else `ACCORD_FILES_DIR`; undefined means the
 * settings' choice or `<Documents>/Accord`. Tests give each run a fresh folder.
 */
export function filesDirFrom(env: Env, argv: readonly string[]): string | undefined {
  let raw: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--files-dir') raw = argv[index + 1];
    else if (arg.startsWith('--files-dir=')) raw = arg.slice('--files-dir='.length);
  });
  raw = (raw ?? env.ACCORD_FILES_DIR)?.trim();
  if (raw === undefined) return undefined;
  if (!raw) throw new ConfigError('--files-dir / ACCORD_FILES_DIR must name a folder.');
  return path.resolve(raw);
}
