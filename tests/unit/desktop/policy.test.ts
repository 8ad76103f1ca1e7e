import { describe, expect, it } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  isPermissionAllowed,
  navigationDecision,
  windowOpenDecision,
} from '../../../electron/main/policy';
import { secureWebPreferences } from '../../../electron/main/window-options';

describe('isPermissionAllowed', () => {
  it('has an empty allow-list', () => {
    expect(ALLOWED_PERMISSIONS.size).toBe(0);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'openExternal',
    'persistent-storage',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'pointerLock',
    'unknown',
    '',
  ])('denies %j even to the app', (permission) => {
    expect(isPermissionAllowed(permission, 'app://accord/index.html')).toBe(false);
    expect(isPermissionAllowed(permission, 'https://evil.example/')).toBe(false);
  });
});

describe('navigationDecision', () => {
  it.each([
    ['app://accord/index.html', true, 'allow'],
    ['app://accord/workspace/1', false, 'allow'],
    ['https://www.drc.ngo/diaspora', true, 'open-externally'],
    ['mailto:secretary@example.org', true, 'open-externally'],
    ['https://www.drc.ngo/diaspora', false, 'deny'],
    ['http://example.org/', true, 'deny'],
    ['app://accord.evil/index.html', true, 'deny'],
    ['app://evil/', true, 'deny'],
    ['file:///etc/passwd', true, 'deny'],
    ['javascript:alert(1)', true, 'deny'],
    ['data:text/html,<h1>hi</h1>', true, 'deny'],
    ['https://user:pw@example.org/', true, 'deny'],
    ['about:blank', false, 'deny'],
  ] as const)('%s (main frame: %s) → %s', (url, isMainFrame, expected) => {
    expect(navigationDecision(url, isMainFrame)).toBe(expected);
  });
});

describe('windowOpenDecision', () => {
  it.each([
    ['https://www.drc.ngo/diaspora', 'open-externally'],
    ['mailto:a@b.org', 'open-externally'],
    ['app://accord/index.html', 'deny'],
    ['http://example.org', 'deny'],
    ['file:///C:/Windows/System32/calc.exe', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['', 'deny'],
  ] as const)('%s → %s', (url, expected) => {
    expect(windowOpenDecision(url)).toBe(expected);
  });
});

describe('secureWebPreferences', () => {
  it('keeps the window baseline', () => {
    const preferences = secureWebPreferences('/app/dist/electron/preload.cjs');
    expect(preferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(preferences.enableBlinkFeatures).toBeUndefined();
  });
});
