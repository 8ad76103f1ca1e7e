import { describe, expect, it, vi } from 'vitest';
import { bridgeEndpoint, createUnsupportedBridge, selectBridge } from '../../../renderer/bridge/index';
import type { AccordBridge } from '../../../shared/ipc/contract';

describe('bridgeEndpoint', () => {
  it.each([
    ['/bridge?secret=abc', 'http://127.0.0.1:4317/', 'ws://127.0.0.1:4317/bridge?secret=abc'],
    ['/bridge?secret=abc', 'http://localhost:4317/workspaces/1#x', 'ws://localhost:4317/bridge?secret=abc'],
    ['/bridge?secret=abc', 'https://accord.example/', 'wss://accord.example/bridge?secret=abc'],
    ['bridge?secret=abc', 'http://127.0.0.1:4317/', 'ws://127.0.0.1:4317/bridge?secret=abc'],
  ])('resolves %s against %s', (meta, page, expected) => {
    expect(bridgeEndpoint(meta, page)).toBe(expected);
  });

  it.each([
    ['no meta', null, 'http://127.0.0.1:4317/'],
    ['an empty meta', '', 'http://127.0.0.1:4317/'],
    ['a page opened from a file', '/bridge?secret=abc', 'file:///home/a/index.html'],
    ['a meta pointing elsewhere', 'ws://evil.example/bridge', 'http://127.0.0.1:4317/'],
    ['a protocol-relative meta', '//evil.example/bridge', 'http://127.0.0.1:4317/'],
    ['a broken page URL', '/bridge', 'not a url'],
  ])('gives no endpoint for %s', (_name, meta, page) => {
    expect(bridgeEndpoint(meta, page)).toBeNull();
  });
});

describe('selectBridge', () => {
  const preloaded: AccordBridge = { invoke: vi.fn(), on: vi.fn() } as unknown as AccordBridge;

  it('prefers the desktop preload', () => {
    const create = vi.fn();
    expect(selectBridge({ preloaded, metaContent: '/bridge?secret=a', pageUrl: 'http://127.0.0.1:4317/' }, create)).toBe(preloaded);
    expect(create).not.toHaveBeenCalled();
  });

  it('builds the WebSocket bridge from the meta element in the browser shell', () => {
    const socketBridge = createUnsupportedBridge();
    const create = vi.fn(() => socketBridge);
    expect(selectBridge({ preloaded: undefined, metaContent: '/bridge?secret=a', pageUrl: 'http://127.0.0.1:4317/' }, create)).toBe(socketBridge);
    expect(create).toHaveBeenCalledWith('ws://127.0.0.1:4317/bridge?secret=a');
  });

  it('falls back to a bridge that answers not-supported', async () => {
    const bridge = selectBridge({ preloaded: undefined, metaContent: null, pageUrl: 'file:///index.html' });
    expect(await bridge.invoke('app:get-info', undefined)).toMatchObject({ ok: false, error: { code: 'not-supported' } });
    const unsubscribe = bridge.on('settings:changed', () => {});
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
  });
});
