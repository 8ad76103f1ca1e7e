import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebSocketBridge, type WebSocketLike } from '../../../renderer/bridge/websocket-bridge';
import type { Settings } from '../../../shared/ipc/contract';

/** A socket the test opens, feeds and drops by hand. */
class FakeSocket implements WebSocketLike {
  readyState = 0;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readonly sent: string[] = [];
  closedByClient = false;

  constructor(readonly url: string) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('not open');
    this.sent.push(data);
  }

  close(): void {
    this.closedByClient = true;
    this.drop();
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  receive(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }

  drop(): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onerror?.({});
    this.onclose?.({});
  }

  sentFrames(): Array<{ t: string; id: number; channel: string; args?: unknown }> {
    return this.sent.map((text) => JSON.parse(text));
  }
}

const ENDPOINT = 'ws://127.0.0.1:4317/bridge?secret=s';
const SETTINGS: Settings = { locale: 'ar', theme: 'light', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null };
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

let sockets: FakeSocket[];
const createSocket = (url: string) => {
  const socket = new FakeSocket(url);
  sockets.push(socket);
  return socket;
};

beforeEach(() => {
  sockets = [];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createWebSocketBridge', () => {
  it('connects lazily, queues calls until open, and matches results by id', async () => {
    const bridge = createWebSocketBridge(ENDPOINT, { createSocket });
    expect(sockets).toHaveLength(0);

    const info = bridge.invoke('app:get-info', undefined);
    const update = bridge.invoke('settings:update', { theme: 'light' });
    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.url).toBe(ENDPOINT);
    expect(sockets[0]!.sent).toHaveLength(0);

    sockets[0]!.open();
    const frames = sockets[0]!.sentFrames();
    expect(frames).toEqual([
      { t: 'call', id: 1, channel: 'app:get-info' },
      { t: 'call', id: 2, channel: 'settings:update', args: { theme: 'light' } },
    ]);

    // Results may come back in any order.
    sockets[0]!.receive({ t: 'result', id: 2, result: { ok: true, value: SETTINGS } });
    sockets[0]!.receive({ t: 'result', id: 1, result: { ok: false, error: { code: 'forbidden-sender', message: 'no' } } });
    expect(await update).toEqual({ ok: true, value: SETTINGS });
    expect(await info).toEqual({ ok: false, error: { code: 'forbidden-sender', message: 'no' } });

    // Once open, calls go out at once on the same socket.
    const again = bridge.invoke('settings:get-all', undefined);
    expect(sockets[0]!.sentFrames()[2]).toEqual({ t: 'call', id: 3, channel: 'settings:get-all' });
    sockets[0]!.receive({ t: 'result', id: 3, result: { ok: true, value: SETTINGS } });
    expect(await again).toEqual({ ok: true, value: SETTINGS });
    expect(sockets).toHaveLength(1);
    bridge.close();
  });

  it('resolves pending and queued calls with a typed error when the connection drops', async () => {
    const bridge = createWebSocketBridge(ENDPOINT, { createSocket });
    const sent = bridge.invoke('app:get-info', undefined);
    sockets[0]!.open();
    sockets[0]!.drop();
    expect(await sent).toEqual({ ok: false, error: { code: 'internal', message: 'The connection to Accord was lost.' } });

    // Without listeners nothing reconnects until the next call, which connects at once.
    expect(sockets).toHaveLength(1);
    const queued = bridge.invoke('app:get-info', undefined);
    expect(sockets).toHaveLength(2);
    sockets[1]!.drop(); // refused before opening (host gone, wrong secret)
    expect(await queued).toEqual({ ok: false, error: { code: 'internal', message: 'Accord could not be reached.' } });
    bridge.close();
  });

  it('ignores malformed frames and results nobody waits for', async () => {
    const bridge = createWebSocketBridge(ENDPOINT, { createSocket });
    const call = bridge.invoke('app:get-info', undefined);
    sockets[0]!.open();
    sockets[0]!.receive('not json');
    sockets[0]!.receive({ t: 'result', id: 99, result: { ok: true, value: 1 } });
    sockets[0]!.receive({ t: 'result', id: 1 });
    sockets[0]!.onmessage?.({ data: new ArrayBuffer(4) });
    let settled = false;
    void call.then(() => (settled = true));
    await flush();
    expect(settled).toBe(false);
    sockets[0]!.receive({ t: 'result', id: 1, result: { ok: true, value: 'fine' } });
    expect(await call).toEqual({ ok: true, value: 'fine' });
    bridge.close();
  });

  it('delivers events to listeners until they unsubscribe, even if one throws', () => {
    const bridge = createWebSocketBridge(ENDPOINT, { createSocket });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: Settings[] = [];
    bridge.on('settings:changed', () => {
      throw new Error('faulty listener');
    });
    const unsubscribe = bridge.on('settings:changed', (settings) => seen.push(settings));
    const commands: string[] = [];
    bridge.on('menu:run-command', (command) => commands.push(command));
    // Subscribing is what opens the connection when no call was made.
    expect(sockets).toHaveLength(1);
    sockets[0]!.open();

    sockets[0]!.receive({ t: 'event', event: 'settings:changed', payload: SETTINGS });
    sockets[0]!.receive({ t: 'event', event: 'menu:run-command', payload: 'find' });
    sockets[0]!.receive({ t: 'event', event: 'not-an-event', payload: 1 });
    unsubscribe();
    unsubscribe();
    sockets[0]!.receive({ t: 'event', event: 'settings:changed', payload: { locale: null, theme: 'dark' } });

    expect(seen).toEqual([SETTINGS]);
    expect(commands).toEqual(['find']);
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
    bridge.close();
  });

  it('reconnects with backoff while someone listens, and resets the backoff once connected', () => {
    vi.useFakeTimers();
    const delays: number[] = [];
    const reconnectDelay = (attempt: number) => {
      const delay = 100 * 2 ** attempt;
      delays.push(delay);
      return delay;
    };
    const bridge = createWebSocketBridge(ENDPOINT, { createSocket, reconnectDelay });
    bridge.on('settings:changed', () => {});
    sockets[0]!.open();
    sockets[0]!.drop(); // lost after being open: first retry at attempt 0

    vi.advanceTimersByTime(99);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    sockets[1]!.drop(); // refused: wait longer
    vi.advanceTimersByTime(200);
    expect(sockets).toHaveLength(3);
    sockets[2]!.drop();
    vi.advanceTimersByTime(400);
    expect(sockets).toHaveLength(4);
    sockets[3]!.open();
    sockets[3]!.drop();
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(5);
    expect(delays).toEqual([100, 200, 400, 100]);
    bridge.close();
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(5);
  });

  it('uses a capped default backoff', () => {
    vi.useFakeTimers();
    const bridge = createWebSocketBridge(ENDPOINT, { createSocket });
    bridge.on('settings:changed', () => {});
    for (let i = 0; i < 10; i++) {
      sockets.at(-1)!.drop();
      vi.advanceTimersByTime(5_000);
    }
    expect(sockets).toHaveLength(11);
    bridge.close();
  });

  it('connects at once for a call instead of waiting out the backoff', async () => {
    vi.useFakeTimers();
    const bridge = createWebSocketBridge(ENDPOINT, { createSocket, reconnectDelay: () => 60_000 });
    bridge.on('settings:changed', () => {});
    sockets[0]!.drop();
    expect(sockets).toHaveLength(1);
    const call = bridge.invoke('app:get-info', undefined);
    expect(sockets).toHaveLength(2);
    sockets[1]!.open();
    sockets[1]!.receive({ t: 'result', id: 1, result: { ok: true, value: 'x' } });
    expect(await call).toEqual({ ok: true, value: 'x' });
    bridge.close();
  });

  it('fails calls, and stops, once closed', async () => {
    const bridge = createWebSocketBridge(ENDPOINT, { createSocket });
    const pending = bridge.invoke('app:get-info', undefined);
    sockets[0]!.open();
    bridge.close();
    expect(sockets[0]!.closedByClient).toBe(true);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await bridge.invoke('app:get-info', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    bridge.on('settings:changed', () => {});
    expect(sockets).toHaveLength(1);
  });

  it('turns a socket that cannot even be created into a typed error', async () => {
    const bridge = createWebSocketBridge('not a url', {
      createSocket: () => {
        throw new SyntaxError('bad url');
      },
    });
    expect(await bridge.invoke('app:get-info', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    bridge.close();
  });
});
