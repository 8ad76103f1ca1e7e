/**
 * The browser shell's security baseline, probed from outside as an attacker would:
 * no Node in the page, a bridge socket that needs the per-launch secret, the app's
 * Origin and a loopback Host, typed errors for bad arguments, a CSP, and no answer
 * to DNS-rebinding Host headers.
 */
import http from 'node:http';
import { WebSocket as NodeWebSocket } from 'ws';
import { BRIDGE_META_NAME, BRIDGE_PATH, BRIDGE_SECRET_PARAM } from '../../shared/ipc/wire';
import type { BridgeResult } from '../../shared/ipc/contract';
import { test, expect } from './support/fixtures';
import type { StartedHost } from './support/host';
import { saveScreenshot } from './support/screenshots';

type SocketOutcome = { kind: 'refused'; status?: number } | { kind: 'answered'; result: BridgeResult<unknown> };

/**
 * Opens the bridge socket from Node and makes one harmless call. "Refused" covers a
 * rejected upgrade as well as a socket closed before any answer: either way the
 * caller got nothing from the bridge.
 */
function callBridgeFromNode(url: string, origin: string): Promise<SocketOutcome> {
  return new Promise((resolve) => {
    const socket = new NodeWebSocket(url, { headers: { Origin: origin }, handshakeTimeout: 5_000 });
    const done = (outcome: SocketOutcome) => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on('error', () => undefined);
      socket.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => done({ kind: 'refused' }), 5_000);
    socket.on('unexpected-response', (_request, response) => done({ kind: 'refused', status: response.statusCode }));
    socket.on('error', () => done({ kind: 'refused' }));
    socket.on('close', () => done({ kind: 'refused' }));
    socket.on('open', () => socket.send(JSON.stringify({ t: 'call', id: 1, channel: 'app:get-info' })));
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { t: string; result: BridgeResult<unknown> };
      if (frame.t === 'result') done({ kind: 'answered', result: frame.result });
    });
  });
}

function bridgeUrl(host: StartedHost, secret?: string): string {
  const url = new URL(BRIDGE_PATH, host.url);
  url.protocol = 'ws:';
  if (secret !== undefined) url.searchParams.set(BRIDGE_SECRET_PARAM, secret);
  return url.toString();
}

function getWithHostHeader(host: StartedHost, hostHeader: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: host.port, path: '/', method: 'GET', headers: { Host: hostHeader } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

test.describe('browser shell security', () => {
  test('the page has no Node.js globals', async ({ page }) => {
    const kinds = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
    }));
    expect(kinds).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
    await saveScreenshot(page, 'security-home');
  });

  test('the bridge socket refuses a missing or wrong secret and a foreign Origin', async ({ page, host }) => {
    const endpoint = await page.locator(`meta[name="${BRIDGE_META_NAME}"]`).getAttribute('content');
    expect(endpoint, 'the host injects the bridge address into the page').toBeTruthy();
    const secret = new URL(endpoint ?? '', host.url).searchParams.get(BRIDGE_SECRET_PARAM) ?? '';
    expect(secret.length).toBeGreaterThanOrEqual(16);

    // The real secret and Origin are answered, so the refusals below are not vacuous.
    const genuine = await callBridgeFromNode(bridgeUrl(host, secret), host.origin);
    expect(genuine).toMatchObject({ kind: 'answered', result: { ok: true } });

    expect(await callBridgeFromNode(bridgeUrl(host), host.origin)).toMatchObject({ kind: 'refused' });
    expect(await callBridgeFromNode(bridgeUrl(host, `${secret.slice(0, -1)}x`), host.origin)).toMatchObject({ kind: 'refused' });
    expect(await callBridgeFromNode(bridgeUrl(host, 'not-the-secret'), host.origin)).toMatchObject({ kind: 'refused' });
    expect(await callBridgeFromNode(bridgeUrl(host, secret), 'http://evil.example')).toMatchObject({ kind: 'refused' });
    await saveScreenshot(page, 'security-bridge');
  });

  test('a bridge call with invalid arguments gets a typed error', async ({ page }) => {
    const result = await page.evaluate(
      ({ metaName }) =>
        new Promise<unknown>((resolve, reject) => {
          const content = document.querySelector(`meta[name="${metaName}"]`)?.getAttribute('content');
          if (!content) return reject(new Error('no bridge meta tag'));
          const url = new URL(content, location.href);
          url.protocol = 'ws:';
          const socket = new window.WebSocket(url);
          const timer = setTimeout(() => reject(new Error('no answer within 5 s')), 5_000);
          socket.onopen = () => socket.send(JSON.stringify({ t: 'call', id: 1, channel: 'settings:update', args: { locale: 'xx' } }));
          socket.onmessage = (event) => {
            const frame = JSON.parse(String(event.data)) as { t: string; id: number; result: unknown };
            if (frame.t !== 'result' || frame.id !== 1) return;
            clearTimeout(timer);
            socket.close();
            resolve(frame.result);
          };
          socket.onerror = () => reject(new Error('the page could not open the bridge'));
        }),
      { metaName: BRIDGE_META_NAME },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    // The app still works, and the bad call changed no setting.
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });

  test('the app is served with a Content-Security-Policy', async ({ host }) => {
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  test('a request for another Host (DNS rebinding) is refused', async ({ host }) => {
    const rebound = await getWithHostHeader(host, 'evil.example');
    expect(rebound.status).toBeGreaterThanOrEqual(400);
    expect(rebound.body).not.toContain(BRIDGE_META_NAME);
    const reboundWithPort = await getWithHostHeader(host, `evil.example:${host.port}`);
    expect(reboundWithPort.status).toBeGreaterThanOrEqual(400);
    // The control: the loopback Host is served.
    const genuine = await getWithHostHeader(host, `127.0.0.1:${host.port}`);
    expect(genuine.status).toBe(200);
  });
});
