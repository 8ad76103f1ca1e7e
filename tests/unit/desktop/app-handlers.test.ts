import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Handlers } from '../../../shared/ipc/contract';
import { dispatch, type DispatchOptions } from '../../../shared/ipc/dispatch';
import { DESKTOP_APP_ORIGIN } from '../../../shared/security/trusted-urls';
import { createAppHandlers } from '../../../electron/services/app-handlers';
import { createRelayHost, type RelayHost } from '../../../electron/services/relay-host';
import { openSettingsStore, SETTINGS_FILE_NAME, type SettingsStore } from '../../../electron/services/settings-store';

const fromApp = { url: 'app://accord/index.html' };

let dir: string;
let settings: SettingsStore;
let relayHost: RelayHost;
let openExternal: Mock<(url: string) => Promise<boolean>>;
let logError: Mock<(channel: string, error: unknown) => void>;
let options: DispatchOptions;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'accord-handlers-'));
  settings = await openSettingsStore(dir, { logError: () => {} });
  openExternal = vi.fn(async (_url: string) => true);
  relayHost = createRelayHost({ dataDir: dir, settings, bindAddress: '127.0.0.1' });
  logError = vi.fn<(channel: string, error: unknown) => void>();
  options = {
    handlers: createAppHandlers({ shell: 'desktop', version: '1.2.3', platform: 'linux', settings, openExternal, relayHost }),
    appOrigins: [DESKTOP_APP_ORIGIN],
    logError,
  };
});
afterEach(async () => {
  await relayHost.close();
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
      value: { locale: null, theme: 'system', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null },
    });
  });

  it('persists a valid settings:update', async () => {
    const result = await dispatch(options, fromApp, 'settings:update', { locale: 'fr', theme: 'dark' });
    expect(result).toEqual({ ok: true, value: { locale: 'fr', theme: 'dark', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null } });
    expect(JSON.parse(await readFile(path.join(dir, SETTINGS_FILE_NAME), 'utf8'))).toEqual({ locale: 'fr', theme: 'dark', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null });
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
    ['settings:update', { relayHostEnabled: true }],
    ['settings:update', { relayHostPort: 5000 }],
    ['relay:get-host-status', { port: 4455 }],
    ['relay:stop-host', {}],
  ])('refuses invalid arguments for %s: %j', async (channel, args) => {
    const result = await dispatch(options, fromApp, channel, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(settings.get()).toEqual({ locale: null, theme: 'system', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null });
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

describe('relay host handlers through dispatch()', () => {
  it('reports hosting off with the default port', async () => {
    expect(await dispatch(options, fromApp, 'relay:get-host-status', undefined)).toEqual({
      ok: true,
      value: { running: false, port: 4455, addresses: [] },
    });
  });

  it.each([
    [undefined],
    [{}],
    [{ port: 80 }],
    [{ port: 1023 }],
    [{ port: 65536 }],
    [{ port: 4455.5 }],
    [{ port: '4455' }],
    [{ port: -1 }],
    [{ port: 4455, host: '0.0.0.0' }],
    [4455],
  ])('refuses relay:start-host with %j and starts nothing', async (args) => {
    const result = await dispatch(options, fromApp, 'relay:start-host', args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await relayHost.status()).toEqual({ running: false, port: 4455, addresses: [] });
    expect(settings.get().relayHostEnabled).toBe(false);
  });

  it('starts and stops the relay', async () => {
    const port = await freePort();
    expect(await dispatch(options, fromApp, 'relay:start-host', { port })).toEqual({
      ok: true,
      value: { running: true, port, addresses: [`ws://127.0.0.1:${port}`] },
    });
    expect(settings.get()).toMatchObject({ relayHostPort: port, relayHostEnabled: true });
    expect(await dispatch(options, fromApp, 'relay:stop-host', undefined)).toEqual({
      ok: true,
      value: { running: false, port, addresses: [] },
    });
    expect(settings.get()).toMatchObject({ relayHostPort: port, relayHostEnabled: false, filesFolder: null });
  });

  it('refuses relay:start-host from outside the app', async () => {
    const result = await dispatch(options, { url: 'https://evil.example/' }, 'relay:start-host', { port: 4455 });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect((await relayHost.status()).running).toBe(false);
  });
});

/** A port nothing listens on right now (the OS picks it, then it is released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
