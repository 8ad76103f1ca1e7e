import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Handlers } from '../../../shared/ipc/contract';
import { dispatch, type DispatchOptions } from '../../../shared/ipc/dispatch';
import { DESKTOP_APP_ORIGIN } from '../../../shared/security/trusted-urls';
import { createAppHandlers } from '../../../electron/services/app-handlers';
import { openSettingsStore, SETTINGS_FILE_NAME, type SettingsStore } from '../../../electron/services/settings-store';

const fromApp = { url: 'app://accord/index.html' };

let dir: string;
let settings: SettingsStore;
let openExternal: Mock<(url: string) => Promise<boolean>>;
let logError: Mock<(channel: string, error: unknown) => void>;
let options: DispatchOptions;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'accord-handlers-'));
  settings = await openSettingsStore(dir, { logError: () => {} });
  openExternal = vi.fn(async (_url: string) => true);
  logError = vi.fn<(channel: string, error: unknown) => void>();
  options = {
    handlers: createAppHandlers({ shell: 'desktop', version: '1.2.3', platform: 'linux', settings, openExternal }),
    appOrigins: [DESKTOP_APP_ORIGIN],
    logError,
  };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('app handlers through dispatch()', () => {
  it('answers app:get-info', async () => {
    expect(await dispatch(options, fromApp, 'app:get-info', undefined)).toEqual({
      ok: true,
      value: { name: 'Accord', version: '1.2.3', shell: 'desktop', platform: 'linux' },
    });
  });

  it('answers settings:get-all', async () => {
    expect(await dispatch(options, fromApp, 'settings:get-all', undefined)).toEqual({
      ok: true,
      value: { locale: null, theme: 'system' },
    });
  });

  it('persists a valid settings:update', async () => {
    const result = await dispatch(options, fromApp, 'settings:update', { locale: 'fr', theme: 'dark' });
    expect(result).toEqual({ ok: true, value: { locale: 'fr', theme: 'dark' } });
    expect(JSON.parse(await readFile(path.join(dir, SETTINGS_FILE_NAME), 'utf8'))).toEqual({ locale: 'fr', theme: 'dark' });
  });

  it('refuses an unknown channel', async () => {
    const result = await dispatch(options, fromApp, 'fs:read-file', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it.each([
    ['settings:update', { locale: 'de' }],
    ['settings:update', { theme: 'neon' }],
    ['settings:update', { locale: 'fr', extra: 1 }],
    ['settings:update', 'fr'],
    ['app:get-info', { anything: true }],
    ['app:open-external', { url: 42 }],
    ['app:open-external', { url: 'https://example.org/', target: '_blank' }],
    ['app:open-external', { url: `https://example.org/${'a'.repeat(3000)}` }],
  ])('refuses invalid arguments for %s: %j', async (channel, args) => {
    const result = await dispatch(options, fromApp, channel, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(settings.get()).toEqual({ locale: null, theme: 'system' });
  });

  it.each(['https://evil.example/', 'app://accord.evil/index.html', 'file:///tmp/x.html', ''])(
    'refuses a call from %j',
    async (url) => {
      const result = await dispatch(options, { url }, 'settings:update', { theme: 'dark' });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(settings.get().theme).toBe('system');
    },
  );

  it('turns a failing handler into an internal error without its details', async () => {
    const failing: Handlers = {
      ...options.handlers,
      'settings:get-all': () => {
        throw new Error('disk on fire at /home/secretary/private');
      },
    };
    const result = await dispatch({ ...options, handlers: failing }, fromApp, 'settings:get-all', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/home/secretary');
    expect(logError).toHaveBeenCalledWith('settings:get-all', expect.any(Error));
  });

  it('opens safe links and reports whether it did', async () => {
    expect(await dispatch(options, fromApp, 'app:open-external', { url: 'https://www.drc.ngo/diaspora' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(openExternal).toHaveBeenCalledWith('https://www.drc.ngo/diaspora');
    openExternal.mockResolvedValueOnce(false);
    expect(await dispatch(options, fromApp, 'app:open-external', { url: 'mailto:a@b.org' })).toEqual({
      ok: true,
      value: { opened: false },
    });
  });

  it.each(['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.org/'])(
    'never opens %s',
    async (url) => {
      expect(await dispatch(options, fromApp, 'app:open-external', { url })).toEqual({ ok: true, value: { opened: false } });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );
});
