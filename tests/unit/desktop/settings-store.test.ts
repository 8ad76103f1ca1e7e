import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../shared/ipc/contract';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  openSettingsStore,
  SETTINGS_FILE_NAME,
} from '../../../electron/services/settings-store';

const HOSTING_DEFAULTS = { relayHostPort: 4455, relayHostEnabled: false, filesFolder: null };

let dir: string;
let file: string;
const quiet = { logError: () => {} };

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'accord-settings-'));
  file = path.join(dir, SETTINGS_FILE_NAME);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings store', () => {
  it('starts from the defaults without creating a file', async () => {
    const store = await openSettingsStore(dir, quiet);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(await readdir(dir)).toEqual([]);
  });

  it('persists an update and reads it back in a new store', async () => {
    const store = await openSettingsStore(dir, quiet);
    expect(await store.update({ locale: 'ar' })).toEqual({ ...HOSTING_DEFAULTS, locale: 'ar', theme: 'system' });
    expect(await store.update({ theme: 'dark' })).toEqual({ ...HOSTING_DEFAULTS, locale: 'ar', theme: 'dark' });
    const reopened = await openSettingsStore(dir, quiet);
    expect(reopened.get()).toEqual({ ...HOSTING_DEFAULTS, locale: 'ar', theme: 'dark' });
  });

  it('treats an undefined field as "unchanged" and null locale as "follow the system"', async () => {
    const store = await openSettingsStore(dir, quiet);
    await store.update({ locale: 'fr', theme: 'light' });
    expect(await store.update({ theme: undefined })).toEqual({ ...HOSTING_DEFAULTS, locale: 'fr', theme: 'light' });
    expect(await store.update({ locale: null })).toEqual({ ...HOSTING_DEFAULTS, locale: null, theme: 'light' });
  });

  it('writes atomically: only settings.json remains after many writes', async () => {
    const store = await openSettingsStore(dir, quiet);
    await Promise.all([
      store.update({ locale: 'fr' }),
      store.update({ theme: 'dark' }),
      store.update({ locale: 'en' }),
      store.update({ theme: 'light' }),
    ]);
    expect(await readdir(dir)).toEqual([SETTINGS_FILE_NAME]);
    // Concurrent updates apply in order, each on top of the previous one.
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...HOSTING_DEFAULTS, locale: 'en', theme: 'light' });
    expect(store.get()).toEqual({ ...HOSTING_DEFAULTS, locale: 'en', theme: 'light' });
  });

  it('moves a corrupt file aside and uses the defaults', async () => {
    await writeFile(file, '{"locale": "fr", "theme": ');
    const logError = vi.fn();
    const store = await openSettingsStore(dir, { logError, now: () => new Date('2025-03-01T10:20:30.123Z') });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([`${SETTINGS_FILE_NAME}.corrupt-2025-03-01T10-20-30-123Z`]);
    expect(await readFile(path.join(dir, files[0]!), 'utf8')).toBe('{"locale": "fr", "theme": ');
    expect(logError).toHaveBeenCalledOnce();
    // The next update writes a fresh, valid file beside the one kept aside.
    await store.update({ theme: 'dark' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...HOSTING_DEFAULTS, locale: null, theme: 'dark' });
  });

  it.each(['[]', '"fr"', 'null', '42'])('treats %s as corrupt', async (text) => {
    await writeFile(file, text);
    const store = await openSettingsStore(dir, quiet);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect((await readdir(dir)).some((name) => name.startsWith(`${SETTINGS_FILE_NAME}.corrupt-`))).toBe(true);
  });

  it('keeps the valid fields of a file with one bad field', async () => {
    await writeFile(file, JSON.stringify({ locale: 'ar', theme: 'neon', extra: true }));
    const store = await openSettingsStore(dir, quiet);
    expect(store.get()).toEqual({ ...HOSTING_DEFAULTS, locale: 'ar', theme: 'system' });
  });

  it('notifies listeners only when something changed, and stops after unsubscribe', async () => {
    const store = await openSettingsStore(dir, quiet);
    const seen: Settings[] = [];
    const unsubscribe = store.onChange((settings) => seen.push(settings));
    await store.update({ theme: 'dark' });
    await store.update({ theme: 'dark' });
    unsubscribe();
    await store.update({ locale: 'fr' });
    expect(seen).toEqual([{ ...HOSTING_DEFAULTS, locale: null, theme: 'dark' }]);
  });

  it('keeps notifying the others when a listener throws', async () => {
    const logError = vi.fn();
    const store = await openSettingsStore(dir, { logError });
    const second = vi.fn();
    store.onChange(() => {
      throw new Error('boom');
    });
    store.onChange(second);
    await store.update({ locale: 'fr' });
    expect(second).toHaveBeenCalledWith({ ...HOSTING_DEFAULTS, locale: 'fr', theme: 'system' });
    expect(logError).toHaveBeenCalledOnce();
  });

  it('hands out copies, not its own state', async () => {
    const store = await openSettingsStore(dir, quiet);
    const settings = store.get();
    settings.theme = 'dark';
    expect(store.get().theme).toBe('system');
  });

  it('changes nothing when the file cannot be written', async () => {
    // A folder where the file should be makes every write fail, even for root.
    await mkdir(file);
    const store = await openSettingsStore(dir, quiet);
    const listener = vi.fn();
    store.onChange(listener);
    await expect(store.update({ theme: 'dark' })).rejects.toThrow();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(listener).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([SETTINGS_FILE_NAME]);
    // A failed write does not block the ones after it.
    await rm(file, { recursive: true });
    expect(await store.update({ theme: 'light' })).toEqual({ ...HOSTING_DEFAULTS, locale: null, theme: 'light' });
  });
});

describe('normalizeSettings', () => {
  it.each([
    [{ locale: 'fr', theme: 'dark' }, { ...HOSTING_DEFAULTS, locale: 'fr', theme: 'dark' }],
    [{ locale: null, theme: 'light' }, { ...HOSTING_DEFAULTS, locale: null, theme: 'light' }],
    [{ locale: 'de', theme: 'light' }, { ...HOSTING_DEFAULTS, locale: null, theme: 'light' }],
    [{ locale: 'FR', theme: 'DARK' }, { ...HOSTING_DEFAULTS, locale: null, theme: 'system' }],
    [{}, { ...HOSTING_DEFAULTS, locale: null, theme: 'system' }],
    [null, { ...HOSTING_DEFAULTS, locale: null, theme: 'system' }],
    ['en', { ...HOSTING_DEFAULTS, locale: null, theme: 'system' }],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSettings(input)).toEqual(expected);
  });

  it.each([
    [{ relayHostPort: 8080, relayHostEnabled: true }, { relayHostPort: 8080, relayHostEnabled: true }],
    [{ relayHostPort: 1024, relayHostEnabled: false }, { relayHostPort: 1024, relayHostEnabled: false }],
    [{ relayHostPort: 65535 }, { relayHostPort: 65535, relayHostEnabled: false }],
    [{ relayHostPort: 80, relayHostEnabled: 'yes' }, HOSTING_DEFAULTS],
    [{ relayHostPort: 65536, relayHostEnabled: 1 }, HOSTING_DEFAULTS],
    [{ relayHostPort: 4455.5 }, HOSTING_DEFAULTS],
    [{ relayHostPort: '8080' }, HOSTING_DEFAULTS],
  ])('hosting fields %j → %j', (input, expected) => {
    expect(normalizeSettings({ locale: 'fr', theme: 'dark', ...input })).toEqual({ locale: 'fr', theme: 'dark', filesFolder: null, ...expected });
  });

  it.each([
    ['/home/amina/Documents/Accord', '/home/amina/Documents/Accord'],
    ['C:\\Users\\Amina\\Documents\\Accord', 'C:\\Users\\Amina\\Documents\\Accord'],
    [null, null],
    ['relative/folder', null],
    ['', null],
    [42, null],
    ['/bad\0path', null],
    [`/${'a'.repeat(5000)}`, null],
  ])('files folder %j → %j', (filesFolder, expected) => {
    expect(normalizeSettings({ filesFolder }).filesFolder).toBe(expected);
  });
});

describe('hosting settings', () => {
  it('persists the relay port and whether hosting is on, and notifies', async () => {
    const store = await openSettingsStore(dir, quiet);
    const seen: Settings[] = [];
    store.onChange((settings) => seen.push(settings));
    await store.update({ relayHostPort: 5000, relayHostEnabled: true });
    expect(seen).toEqual([{ locale: null, theme: 'system', relayHostPort: 5000, relayHostEnabled: true, filesFolder: null }]);
    const reopened = await openSettingsStore(dir, quiet);
    expect(reopened.get()).toMatchObject({ relayHostPort: 5000, relayHostEnabled: true });
  });
});
