/**
 * The user's settings (language, theme, hosting), kept as `settings.json` in the app's data
 * folder. Plain Node: both shells and the tests use it.
 *
 * A file that cannot be read as settings is renamed aside (so nothing the user
 * had is destroyed and it can be inspected) and the defaults are used; a single
 * bad field falls back to its default on its own.
 */
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_RELAY_HOST_PORT,
  RELAY_HOST_PORT_MAX,
  RELAY_HOST_PORT_MIN,
  type Settings,
  type ThemePreference,
} from '../../shared/ipc/contract';
import { isLocale } from '../../shared/model/locale';
import { writeFileAtomic } from './atomic-file';

export const SETTINGS_FILE_NAME = 'settings.json';
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  locale: null,
  theme: 'system',
  relayHostPort: DEFAULT_RELAY_HOST_PORT,
  relayHostEnabled: false,
  filesFolder: null,
});

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

export type SettingsListener = (settings: Settings) => void;

export interface SettingsStore {
  /** A copy of the current settings. */
  get(): Settings;
  /** Applies `patch`, writes the file, then notifies listeners if anything changed. */
  update(patch: Partial<Settings>): Promise<Settings>;
  /** Returns the unsubscribe function. */
  onChange(listener: SettingsListener): () => void;
}

export interface OpenSettingsStoreOptions {
  /** For the corrupt file's name; injectable so tests are deterministic. */
  now?: () => Date;
  /** Where problems reading or notifying go. */
  logError?: (message: string, error?: unknown) => void;
}

/** Keeps the known fields that hold valid values; the rest take their defaults. */
export function normalizeSettings(value: unknown): Settings {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    locale: record.locale === null || isLocale(record.locale) ? (record.locale as Settings['locale']) : DEFAULT_SETTINGS.locale,
    theme: THEMES.includes(record.theme as ThemePreference) ? (record.theme as ThemePreference) : DEFAULT_SETTINGS.theme,
    relayHostPort: isRelayHostPort(record.relayHostPort) ? record.relayHostPort : DEFAULT_SETTINGS.relayHostPort,
    relayHostEnabled: typeof record.relayHostEnabled === 'boolean' ? record.relayHostEnabled : DEFAULT_SETTINGS.relayHostEnabled,
    filesFolder: isFolderPath(record.filesFolder) ? record.filesFolder : DEFAULT_SETTINGS.filesFolder,
  };
}

function isRelayHostPort(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= RELAY_HOST_PORT_MIN && (value as number) <= RELAY_HOST_PORT_MAX;
}

/** An absolute path of reasonable length (either platform's form: settings may come from another OS). */
function isFolderPath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 4096 && !value.includes('\0') && (path.posix.isAbsolute(value) || path.win32.isAbsolute(value));
}

function sameSettings(a: Settings, b: Settings): boolean {
  return (Object.keys(a) as (keyof Settings)[]).every((key) => a[key] === b[key]);
}

/** `2025-03-01T10-20-30-123Z`: an ISO time without the characters Windows refuses in file names. */
function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function readSettingsFile(
  filePath: string,
  now: () => Date,
  logError: NonNullable<OpenSettingsStoreOptions['logError']>,
): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logError(`Could not read ${filePath}; using default settings.`, error);
    return { ...DEFAULT_SETTINGS };
  }
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not a JSON object');
    return normalizeSettings(data);
  } catch (error) {
    const aside = `${filePath}.corrupt-${fileTimestamp(now())}`;
    try {
      await rename(filePath, aside);
      logError(`${filePath} was unreadable; moved it to ${aside} and used default settings.`, error);
    } catch (renameError) {
      logError(`${filePath} was unreadable and could not be moved aside; using default settings.`, renameError);
    }
    return { ...DEFAULT_SETTINGS };
  }
}

export async function openSettingsStore(dataDir: string, options: OpenSettingsStoreOptions = {}): Promise<SettingsStore> {
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((message, error) => console.error(message, error ?? ''));
  const filePath = path.join(dataDir, SETTINGS_FILE_NAME);
  let current = await readSettingsFile(filePath, now, logError);
  const listeners = new Set<SettingsListener>();
  // Updates run one after another so the file always ends with the latest settings.
  let writes: Promise<void> = Promise.resolve();

  function notify(settings: Settings): void {
    for (const listener of [...listeners]) {
      try {
        listener({ ...settings });
      } catch (error) {
        logError('A settings listener failed.', error);
      }
    }
  }

  return {
    get: () => ({ ...current }),

    update(patch) {
      // Each update starts from the result of the previous one and only takes
      // effect once it is on disk, so a failed write changes nothing.
      const run = writes.then(async () => {
        const next = normalizeSettings({ ...current, ...stripUndefined(patch) });
        const changed = !sameSettings(next, current);
        await writeFileAtomic(filePath, `${JSON.stringify(next, null, 2)}\n`);
        current = next;
        if (changed) notify(next);
        return { ...next };
      });
      writes = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },

    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** `{ theme: undefined }` means "leave theme alone", not "reset it". */
function stripUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
