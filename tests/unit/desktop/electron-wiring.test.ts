/**
 * The thin Electron wiring (security.ts, bridge-ipc.ts) against a fake `electron`
 * module: checks that each event is connected to the right pure decision.
 */
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_CHANNELS } from '../../../shared/ipc/channels';
import type { Handlers, RelayHostStatus } from '../../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../../electron/services/settings-store';

const STOPPED: RelayHostStatus = { running: false, port: 4455, addresses: [] };

const fake = vi.hoisted(() => ({
  openExternal: vi.fn(async (_url: string) => {}),
  handled: new Map<string, (event: unknown, args: unknown) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  app: { on: vi.fn(), whenReady: () => new Promise(() => {}) },
  session: {},
  shell: { openExternal: fake.openExternal },
  ipcMain: { handle: (channel: string, listener: (event: unknown, args: unknown) => Promise<unknown>) => fake.handled.set(channel, listener) },
  BrowserWindow: { getAllWindows: () => [] },
}));

const { hardenSession, hardenWebContents } = await import('../../../electron/main/security');
const { registerBridge, sendEvent } = await import('../../../electron/main/bridge-ipc');

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  sent: unknown[][] = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return this.destroyed;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
}

function navigationEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  fake.openExternal.mockClear();
});

describe('hardenWebContents', () => {
  function hardened() {
    const contents = new FakeContents();
    hardenWebContents(contents as unknown as WebContents, () => {});
    return contents;
  }

  it.each(['will-frame-navigate', 'will-navigate', 'will-redirect'])('%s: lets the app navigate within itself', (name) => {
    const event = navigationEvent('app://accord/index.html');
    hardened().emit(name, event);
    expect(event.defaultPrevented).toBe(false);
  });

  it.each(['will-frame-navigate', 'will-navigate', 'will-redirect'])('%s: blocks everything else', (name) => {
    for (const url of ['https://evil.example/', 'app://accord.evil/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const event = navigationEvent(url);
      hardened().emit(name, event);
      expect(event.defaultPrevented, url).toBe(true);
    }
  });

  it('opens a clicked https link in the browser instead of navigating', async () => {
    const event = navigationEvent('https://www.drc.ngo/diaspora');
    hardened().emit('will-frame-navigate', event);
    await flush();
    expect(event.defaultPrevented).toBe(true);
    expect(fake.openExternal).toHaveBeenCalledWith('https://www.drc.ngo/diaspora');
  });

  it('does not open links for sub-frames or redirects', async () => {
    const contents = hardened();
    contents.emit('will-frame-navigate', navigationEvent('https://example.org/', false));
    contents.emit('will-redirect', navigationEvent('https://example.org/'));
    await flush();
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open, opening only safe links outside', async () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://accord/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await flush();
    expect(fake.openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('refuses to attach webviews', () => {
    const event = navigationEvent('');
    hardened().emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies permission requests and checks, and devices', () => {
    type AnyHandler = (...args: unknown[]) => unknown;
    const handlers = new Map<string, AnyHandler>();
    const record = (name: string) => (handler: AnyHandler) => void handlers.set(name, handler);
    const session = {
      setPermissionRequestHandler: record('request'),
      setPermissionCheckHandler: record('check'),
      setDevicePermissionHandler: record('device'),
    };
    hardenSession(session as unknown as Session);

    const callback = vi.fn();
    handlers.get('request')!({}, 'media', callback, { requestingUrl: 'app://accord/index.html' });
    handlers.get('request')!({}, 'notifications', callback, { requestingUrl: 'https://evil.example/' });
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(handlers.get('check')!({}, 'clipboard-read', 'app://accord', {})).toBe(false);
    expect(handlers.get('device')!({ deviceType: 'usb' })).toBe(false);
  });
});

describe('registerBridge', () => {
  const handlers: Handlers = {
    'app:get-info': () => ({ name: 'Accord', version: '0', shell: 'desktop', platform: 'linux' }),
    'settings:get-all': () => ({ ...DEFAULT_SETTINGS }),
    'settings:update': () => ({ ...DEFAULT_SETTINGS }),
    'app:open-external': () => ({ opened: false }),
    'relay:get-host-status': () => STOPPED,
    'relay:start-host': () => STOPPED,
    'relay:stop-host': () => STOPPED,
    'files:get-folder': () => ({ folder: '/tmp/Accord', recent: [] }),
    'files:save-workspace': () => ({ path: '/tmp/Accord/x.accord', savedAt: 0 }),
    'files:list': () => ({ files: [] }),
    'files:read': () => ({ name: 'x.accord', bytes: '' }),
    'files:choose-open': () => null,
    'files:save-copy': () => null,
    'files:choose-folder': () => null,
    'files:list-backups': () => ({ backups: [] }),
    'files:read-backup': () => ({ bytes: '' }),
    'export:html-to-pdf': () => ({ bytes: '' }),
  };
  registerBridge(handlers, () => {});

  it('handles every request channel', () => {
    expect([...fake.handled.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('judges the sender by its frame URL', async () => {
    const handle = fake.handled.get('settings:get-all')!;
    expect(await handle({ senderFrame: { url: 'app://accord/index.html' } }, undefined)).toMatchObject({ ok: true });
    expect(await handle({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await handle({ senderFrame: null }, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('sends events only to live web contents', () => {
    const live = new FakeContents();
    const gone = new FakeContents();
    gone.destroyed = true;
    sendEvent(live as unknown as WebContents, 'menu:run-command', 'find');
    sendEvent(gone as unknown as WebContents, 'menu:run-command', 'find');
    expect(live.sent).toEqual([['menu:run-command', 'find']]);
    expect(gone.sent).toEqual([]);
  });
});
