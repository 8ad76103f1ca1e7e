/** The renderer's WebSocket bridge against the real host, as the page would use it. */
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bridgeEndpoint } from '../../../renderer/bridge/index';
import { createWebSocketBridge, type WebSocketBridge, type WebSocketLike } from '../../../renderer/bridge/websocket-bridge';
import type { Settings } from '../../../shared/ipc/contract';
import { rawGet, startTestHost, withTimeout, type TestHost } from './helpers';

let host: TestHost;
let bridge: WebSocketBridge | undefined;

beforeEach(async () => {
  host = await startTestHost();
});

afterEach(async () => {
  bridge?.close();
  await host.stop();
});

/** What the page does: read the injected meta element, resolve it, and open the bridge with its Origin. */
async function bridgeLikeThePage(): Promise<WebSocketBridge> {
  const html = (await rawGet(host.shell.port, '/')).body;
  const meta = /<meta name="accord-bridge" content="([^"]+)">/.exec(html)?.[1] ?? null;
  const endpoint = bridgeEndpoint(meta, host.shell.url);
  expect(endpoint).toBe(`ws://127.0.0.1:${host.shell.port}/bridge?secret=${host.shell.secret}`);
  // Node clients send no Origin by themselves; a browser sends the page's.
  const createSocket = (url: string) => new WebSocket(url, { origin: host.origin }) as unknown as WebSocketLike;
  return createWebSocketBridge(endpoint!, { createSocket, reconnectDelay: () => 50 });
}

describe('the renderer bridge over the real host', () => {
  it('calls handlers and receives settings events', async () => {
    bridge = await bridgeLikeThePage();
    const changes: Settings[] = [];
    const changed = new Promise<void>((resolve) =>
      bridge!.on('settings:changed', (settings) => {
        changes.push(settings);
        resolve();
      }),
    );
    const info = await bridge.invoke('app:get-info', undefined);
    expect(info).toMatchObject({ ok: true, value: { shell: 'browser', version: '9.9.9-test' } });
    expect(await bridge.invoke('settings:update', { locale: 'ar' })).toEqual({ ok: true, value: { locale: 'ar', theme: 'system', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null } });
    await withTimeout(changed, 5_000, 'the settings:changed event');
    expect(changes).toEqual([{ locale: 'ar', theme: 'system', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null }]);
    expect(await bridge.invoke('settings:update', { theme: 'blue' } as never)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('resolves calls with a typed error once the host is gone', async () => {
    bridge = await bridgeLikeThePage();
    expect(await bridge.invoke('app:get-info', undefined)).toMatchObject({ ok: true });
    await host.shell.close();
    const result = await withTimeout(bridge.invoke('app:get-info', undefined), 5_000, 'the failed call');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
