import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  appResponseHeaders,
  isClientRoute,
  resolveAppFilePath,
} from '../../../electron/main/app-files';
import { mimeTypeFor } from '../../../electron/services/mime-types';

const root = path.resolve('/opt/accord/dist/renderer');
const inRoot = (...segments: string[]) => path.join(root, ...segments);

describe('resolveAppFilePath', () => {
  it.each([
    ['app://accord/index.html', inRoot('index.html')],
    ['app://accord/', inRoot('index.html')],
    ['app://accord', inRoot('index.html')],
    ['app://accord/assets/index-abc.js', inRoot('assets', 'index-abc.js')],
    ['app://accord/assets/index-abc.js?v=2#x', inRoot('assets', 'index-abc.js')],
    ['app://accord/fonts/Noto%20Naskh.woff2', inRoot('fonts', 'Noto Naskh.woff2')],
    // The URL parser resolves literal and `%2e` dot segments before we see the path.
    ['app://accord/assets/../index.html', inRoot('index.html')],
    ['app://accord/a/b/../../../../etc/passwd', inRoot('etc', 'passwd')],
    ['app://accord/%2e%2e/%2E%2E/etc/passwd', inRoot('etc', 'passwd')],
    ['app://accord/assets/%2e/index.js', inRoot('assets', 'index.js')],
    ['app://accord/workspace/123', inRoot('workspace', '123')],
  ])('%s → inside the renderer folder', (url, expected) => {
    expect(resolveAppFilePath(url, root)).toBe(expected);
  });

  it.each([
    // Encoded separators hide dot segments from the URL parser.
    'app://accord/..%2f..%2fetc%2fpasswd',
    'app://accord/..%2F..%2Fetc/passwd',
    'app://accord/assets%2f..%2f..%2fsecret',
    'app://accord/..%5c..%5cwindows%5csystem32',
    'app://accord/assets%5cindex.js',
    // Absolute paths and drive letters.
    'app://accord//etc/passwd',
    'app://accord/%2fetc%2fpasswd',
    'app://accord/C:/Windows/win.ini',
    'app://accord/C%3A%5CWindows%5Cwin.ini',
    'app://accord/index.html::$DATA',
    // NUL and malformed encodings.
    'app://accord/index.html%00.png',
    'app://accord/%E0%A4%A',
    'app://accord/%',
    // Empty and dot segments that survive parsing.
    'app://accord/assets//index.js',
    // Other origins and schemes.
    'app://evil/index.html',
    'app://accord.evil/index.html',
    'app://accord:8080/index.html',
    'app://user@accord/index.html',
    'file:///etc/passwd',
    'https://accord/index.html',
    'not a url',
  ])('%s → refused', (url) => {
    expect(resolveAppFilePath(url, root)).toBeNull();
  });

  it('applies the Windows rules with path.win32', () => {
    const winRoot = 'C:\\Program Files\\Accord\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppFilePath('app://accord/assets/app.js', winRoot, path.win32)).toBe(`${winRoot}\\assets\\app.js`);
    expect(resolveAppFilePath('app://accord/..%5c..%5cwin.ini', winRoot, path.win32)).toBeNull();
    expect(resolveAppFilePath('app://accord/D:/secret.txt', winRoot, path.win32)).toBeNull();
    expect(resolveAppFilePath('app://accord/%5c%5cserver%5cshare', winRoot, path.win32)).toBeNull();
  });

  it('opens the entry page at the app origin', () => {
    expect(resolveAppFilePath(APP_ENTRY_URL, root)).toBe(inRoot('index.html'));
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['INDEX.HTML', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index.css', 'text/css; charset=utf-8'],
    ['assets/index.js.map', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['photo.jpeg', 'image/jpeg'],
    ['font.woff2', 'font/woff2'],
    ['module.wasm', 'application/wasm'],
    ['example.accord', 'application/x-accord-workspace'],
    ['README', 'application/octet-stream'],
    ['archive.exe', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('appResponseHeaders', () => {
  const csp = "default-src 'self'";

  it('puts the CSP on HTML documents', () => {
    const headers = appResponseHeaders(inRoot('index.html'), csp);
    expect(headers['Content-Security-Policy']).toBe(csp);
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('sends scripts and styles with their type and no sniffing', () => {
    const headers = appResponseHeaders(inRoot('assets', 'index.js'), csp);
    expect(headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Security-Policy']).toBeUndefined();
  });
});

describe('isClientRoute', () => {
  it('treats extensionless paths as routes and files as files', () => {
    expect(isClientRoute(inRoot('workspace', '123'))).toBe(true);
    expect(isClientRoute(inRoot('assets', 'missing.js'))).toBe(false);
  });
});
