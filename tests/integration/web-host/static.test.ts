import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectBridgeMeta, looksLikeAppRoute, resolveStaticPath } from '../../../electron/web/static-files';
import { rawGet, startTestHost, type TestHost } from './helpers';

const OUTSIDE_SECRET = 'outside-the-renderer-folder';
let host: TestHost;

beforeAll(async () => {
  host = await startTestHost();
  // Files beside and above the renderer folder that must never be served.
  await writeFile(path.join(host.root, 'private.txt'), OUTSIDE_SECRET);
  await mkdir(host.dataDir, { recursive: true });
  await writeFile(path.join(host.dataDir, 'settings.json'), '{"theme":"dark","locale":null}');
  await writeFile(path.join(host.rendererDir, '.env'), OUTSIDE_SECRET);
  await symlink(path.join(host.root, 'private.txt'), path.join(host.rendererDir, 'assets', 'link.txt'));
});

afterAll(async () => {
  await host?.stop();
});

const get = (rawPath: string, headers?: Record<string, string>) => rawGet(host.shell.port, rawPath, headers);

describe('the browser shell serves the renderer', () => {
  it('serves index.html with the per-launch secret in a meta element and no inline script', async () => {
    for (const route of ['/', '/index.html']) {
      const answer = await get(route);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.body).toContain(`<meta name="accord-bridge" content="/bridge?secret=${host.shell.secret}">`);
      expect(answer.body).not.toContain('<script>');
    }
    expect(host.shell.secret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
  });

  it('sends the security headers on every response, errors included', async () => {
    for (const rawPath of ['/', '/assets/app-1234.js', '/healthz', '/missing.png', '/../x']) {
      const answer = await get(rawPath);
      const csp = String(answer.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      // Any relay a member types, and the bridge socket; nothing else (no http(s) fetches elsewhere).
      expect(csp).toContain("connect-src 'self' ws: wss:;");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('serves assets with their MIME type', async () => {
    const js = await get('/assets/app-1234.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.body).toBe('console.log("app");\n');
    expect((await get('/assets/app-1234.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/icon.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('answers /healthz as Accord', async () => {
    const answer = await get('/healthz');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ app: 'accord', version: '9.9.9-test' });
  });

  it('serves index.html for app routes and 404 for missing files', async () => {
    const route = await get('/workspaces/abc/documents/def?tab=1');
    expect(route.status).toBe(200);
    expect(route.body).toContain('accord-bridge');
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/assets/missing')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawGet(host.shell.port, '/assets/app-1234.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await rawGet(host.shell.port, '/', {}, 'POST');
    expect(post.status).toBe(405);
  });

  it.each([
    '/../private.txt',
    '/assets/../../private.txt',
    '/%2e%2e/private.txt',
    '/..%2fprivate.txt',
    '/assets%2f..%2f..%2fprivate.txt',
    '/..%5cprivate.txt',
    '/assets/..%5c..%5cprivate.txt',
    '/%252e%252e/private.txt',
    '/data/settings.json',
    '/../data/settings.json',
    '/.env',
    '/assets/%00.js',
    '/%E0%A4%A',
    '/C:/Windows/win.ini',
  ])('refuses traversal: %s', async (rawPath) => {
    const answer = await get(rawPath);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain(OUTSIDE_SECRET);
    expect(answer.body).not.toContain('"theme"');
  });

  it('does not follow a symbolic link out of the renderer folder', async () => {
    const answer = await get('/assets/link.txt');
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain(OUTSIDE_SECRET);
  });

  it.each([
    ['a foreign host (DNS rebinding)', `rebind.example:PORT`, 421],
    ['the right name on another port', '127.0.0.1:1', 421],
    ['a host without port', '127.0.0.1', 421],
    ['a host with credentials', `user@127.0.0.1:PORT`, 421],
    // Node's HTTP parser refuses this one itself, before our handler runs.
    ['a request without Host', '', 400],
  ])('refuses %s', async (_name, hostHeader, status) => {
    for (const rawPath of ['/', '/healthz', '/assets/app-1234.js']) {
      const answer = await get(rawPath, { Host: hostHeader.replace('PORT', String(host.shell.port)) });
      expect(answer.status).toBe(status);
      expect(answer.body).not.toContain(host.shell.secret);
      expect(answer.body).not.toContain('console.log');
    }
  });

  it('accepts localhost as the Host', async () => {
    expect((await get('/', { Host: `localhost:${host.shell.port}` })).status).toBe(200);
  });
});

describe('static path rules', () => {
  it('maps paths inside the folder and refuses the rest', () => {
    expect(resolveStaticPath('/srv/r', '/')).toMatchObject({ kind: 'file', relative: 'index.html' });
    expect(resolveStaticPath('/srv/r', '/assets/a%20b.js')).toEqual({ kind: 'file', filePath: '/srv/r/assets/a b.js', relative: 'assets/a b.js' });
    expect(resolveStaticPath('/srv/r', 'assets/a.js')).toEqual({ kind: 'refused' });
    expect(resolveStaticPath('/srv/r', 'http://evil/x')).toEqual({ kind: 'refused' });
    expect(resolveStaticPath('/srv/r', '/a/../../b')).toEqual({ kind: 'refused' });
  });

  it('tells app routes from files', () => {
    expect(looksLikeAppRoute('workspaces/abc')).toBe(true);
    expect(looksLikeAppRoute('favicon.ico')).toBe(false);
    expect(looksLikeAppRoute('assets/chunk')).toBe(false);
  });

  it('injects the meta element into head, escaping its content', () => {
    expect(injectBridgeMeta('<html><head lang="x"><title>t</title></head></html>', 'n', 'a"b<c')).toBe(
      '<html><head lang="x"><meta name="n" content="a&quot;b&lt;c"><title>t</title></head></html>',
    );
    expect(injectBridgeMeta('<p>no head</p>', 'n', 'v')).toBe('<meta name="n" content="v"><p>no head</p>');
  });
});
