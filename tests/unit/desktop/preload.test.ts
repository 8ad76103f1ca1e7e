import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccordBridge } from '../../../shared/ipc/contract';

// The preload only talks to `electron`; a fake ipcRenderer and contextBridge are enough.
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' })),
  // Set by the mock factory below, before the preload runs.
  emitter: undefined as unknown as EventEmitter,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  fake.emitter = new Emitter();
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
    ipcRenderer: {
      invoke: fake.invoke,
      on: (channel: string, listener: (...args: unknown[]) => void) => fake.emitter.on(channel, listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
        fake.emitter.removeListener(channel, listener),
    },
  };
});

await import('../../../electron/preload/preload');
const bridge = fake.exposed.get('accord') as AccordBridge;

beforeEach(() => {
  fake.invoke.mockClear();
  fake.emitter.removeAllListeners();
});

describe('preload bridge', () => {
  it('exposes exactly window.accord with invoke and on', () => {
    expect([...fake.exposed.keys()]).toEqual(['accord']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards a known channel to the main process', async () => {
    await expect(bridge.invoke('settings:update', { theme: 'dark' })).resolves.toEqual({ ok: true, value: 'from main' });
    expect(fake.invoke).toHaveBeenCalledWith('settings:update', { theme: 'dark' });
  });

  it.each(['fs:read-file', 'constructor', '__proto__', 'toString', '', 42])('refuses channel %j without calling main', async (channel) => {
    const result = await bridge.invoke(channel as never, undefined as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('passes only the payload to listeners, never the IPC event', () => {
    const listener = vi.fn();
    bridge.on('menu:run-command', listener);
    const ipcEvent = { sender: { send: () => {} }, senderId: 0 };
    fake.emitter.emit('menu:run-command', ipcEvent, 'new-workspace');
    expect(listener).toHaveBeenCalledWith('new-workspace');
    expect(listener.mock.calls[0]).toHaveLength(1);
  });

  it('returns an unsubscribe that removes exactly that listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribe = bridge.on('settings:changed', first);
    bridge.on('settings:changed', second);
    unsubscribe();
    fake.emitter.emit('settings:changed', {}, { locale: 'fr', theme: 'dark' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ locale: 'fr', theme: 'dark' });
  });

  it.each(['app:get-info', 'ipc-message', 'constructor'])('refuses to subscribe to %j', (event) => {
    expect(() => bridge.on(event as never, () => {})).toThrow(TypeError);
    expect(fake.emitter.eventNames()).toEqual([]);
  });
});
