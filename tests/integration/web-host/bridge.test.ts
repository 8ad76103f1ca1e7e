import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerFrame } from '../../../shared/ipc/wire';
import { encodeAccordFile } from '../../../shared/files/accord-file';
import { seededRandom } from '../../../shared/model/seeded-random';
import { MAX_FRAME_BYTES } from '../../../electron/web/bridge-server';
import { connect, openSocket, startTestHost, withTimeout, type BridgeClient, type TestHost } from './helpers';

type EventFrameOf = Extract<ServerFrame, { t: 'event' }>;
const isSettingsEvent = (frame: ServerFrame): frame is EventFrameOf => frame.t === 'event' && frame.event === 'settings:changed';

let host: TestHost;

beforeAll(async () => {
  host = await startTestHost();
});

afterAll(async () => {
  await host?.stop();
});

describe('the bridge over the loopback WebSocket', () => {
  it('answers a call made with the secret from the app origin', async () => {
    const client = await connect(host);
    try {
      const result = await client.call('app:get-info');
      expect(result).toEqual({ ok: true, value: { name: 'Accord', version: '9.9.9-test', shell: 'browser', platform: process.platform } });
    } finally {
      client.close();
    }
  });

  it('accepts the localhost origin and Host as well', async () => {
    const ws = await openSocket(host.bridgeUrl, {
      origin: `http://localhost:${host.shell.port}`,
      headers: { Host: `localhost:${host.shell.port}` },
    });
    expect(typeof ws).not.toBe('number');
    if (typeof ws !== 'number') ws.terminate();
  });

  it('persists settings:update and pushes settings:changed to every client', async () => {
    const caller = await connect(host);
    const watcher = await connect(host);
    try {
      const result = await caller.call('settings:update', { theme: 'dark', locale: 'fr' });
      expect(result).toEqual({ ok: true, value: { theme: 'dark', locale: 'fr', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null } });
      for (const client of [caller, watcher]) {
        const event = await client.waitFor(isSettingsEvent);
        expect(event.payload).toEqual({ theme: 'dark', locale: 'fr', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null });
      }
      const saved = JSON.parse(await readFile(path.join(host.dataDir, 'settings.json'), 'utf8'));
      expect(saved).toEqual({ theme: 'dark', locale: 'fr', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null });
      expect(await caller.call('settings:get-all')).toEqual({ ok: true, value: { theme: 'dark', locale: 'fr', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null } });
    } finally {
      caller.close();
      watcher.close();
    }
  });

  it('keeps settings across a restart on the same data folder', async () => {
    const again = await startTestHost({ root: host.root });
    try {
      expect(again.shell.secret).not.toBe(host.shell.secret);
      const client: BridgeClient = await connect(again);
      expect(await client.call('settings:get-all')).toEqual({ ok: true, value: { theme: 'dark', locale: 'fr', relayHostPort: 4455, relayHostEnabled: false, filesFolder: null } });
      client.close();
    } finally {
      await again.shell.close();
    }
  });

  it('returns invalid-arguments and unknown-channel as typed errors', async () => {
    const client = await connect(host);
    try {
      const invalid = await client.call('settings:update', { theme: 'purple' });
      expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
      const extraKey = await client.call('settings:update', { theme: 'dark', admin: true });
      expect(extraKey).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
      const unknown = await client.call('files:delete-everything', {});
      expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      // The connection is still usable afterwards.
      expect(await client.call('app:get-info')).toMatchObject({ ok: true });
    } finally {
      client.close();
    }
  });

  it('does not open a browser from the browser shell', async () => {
    const client = await connect(host);
    try {
      expect(await client.call('app:open-external', { url: 'https://example.org/' })).toEqual({ ok: true, value: { opened: false } });
    } finally {
      client.close();
    }
  });
});

describe('who may open the bridge', () => {
  const bridge = () => `ws://127.0.0.1:${host.shell.port}/bridge`;

  it('refuses an upgrade without the secret', async () => {
    expect(await openSocket(bridge(), { origin: host.origin })).toBe(401);
  });

  it('refuses a wrong secret, also one of the right length', async () => {
    expect(await openSocket(`${bridge()}?secret=wrong`, { origin: host.origin })).toBe(401);
    const sameLength = host.shell.secret.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await openSocket(`${bridge()}?secret=${sameLength}`, { origin: host.origin })).toBe(401);
  });

  it('refuses a foreign or missing Origin, even with the secret', async () => {
    const url = `${bridge()}?secret=${host.shell.secret}`;
    expect(await openSocket(url, { origin: 'https://evil.example' })).toBe(403);
    expect(await openSocket(url, { origin: `http://127.0.0.1:${host.shell.port + 1}` })).toBe(403);
    expect(await openSocket(url, { origin: 'null' })).toBe(403);
    expect(await openSocket(url)).toBe(403);
  });

  it('refuses a non-loopback Host (DNS rebinding), even with the secret and Origin', async () => {
    const url = `${bridge()}?secret=${host.shell.secret}`;
    expect(await openSocket(url, { origin: host.origin, headers: { Host: `rebind.example:${host.shell.port}` } })).toBe(403);
  });

  it('refuses upgrades on any other path', async () => {
    expect(await openSocket(`ws://127.0.0.1:${host.shell.port}/other?secret=${host.shell.secret}`, { origin: host.origin })).toBe(404);
  });

  it('never writes the secret to the log', () => {
    expect(JSON.stringify(host.logs)).not.toContain(host.shell.secret);
    const reasons = host.logs
      .filter((line) => (line as { event?: string }).event === 'bridge-upgrade-refused')
      .map((line) => (line as { reason?: string }).reason);
    expect(new Set(reasons)).toEqual(new Set(['secret', 'origin', 'host', 'path']));
  });
});

describe('malformed frames', () => {
  async function expectClosedThenHostStillServes(send: (client: BridgeClient) => void, expectedCode: number) {
    const client = await connect(host);
    send(client);
    const closed = await withTimeout(client.closed, 5_000, 'closing the connection');
    expect(closed.code).toBe(expectedCode);
    const next = await connect(host);
    expect(await next.call('app:get-info')).toMatchObject({ ok: true });
    next.close();
  }

  it('closes on binary garbage', async () => {
    await expectClosedThenHostStillServes((c) => c.ws.send(Buffer.from([0xff, 0x00, 0xfe, 0x13, 0x37]), { binary: true }), 1003);
  });

  it('closes on text that is not a call frame', async () => {
    await expectClosedThenHostStillServes((c) => c.ws.send('this is not json'), 1008);
    await expectClosedThenHostStillServes((c) => c.ws.send('[1,2,3]'), 1008);
    await expectClosedThenHostStillServes((c) => c.ws.send('{"t":"call","id":1e400,"channel":"app:get-info"}'), 1008);
    await expectClosedThenHostStillServes((c) => c.ws.send('{"t":"call","id":1,"channel":"app:get-info","args":{"__proto__":{"x":1}}}'), 1008);
  });

  it('closes on a text frame that is not valid UTF-8', async () => {
    await expectClosedThenHostStillServes((c) => c.ws.send(Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), { binary: false }), 1007);
  });

  it('carries a workspace file far above the old 1 MiB frame limit', async () => {
    // 4 MiB of incompressible bytes in a `.accord` file, sent as base64 JSON.
    const random = seededRandom(7);
    const noise = Uint8Array.from({ length: 4 * 1024 * 1024 }, () => Math.floor(random() * 256));
    const bytes = await encodeAccordFile({
      workspaceId: 'ws_large',
      name: 'Large',
      savedAt: '2026-11-21T05:00:00.000Z',
      appVersion: '0.1.0',
      parts: [{ docId: 'ws_large', kind: 'workspace', update: noise }],
    });
    const client = await connect(host);
    try {
      const result = await client.call('files:save-workspace', { workspaceId: 'ws_large', name: 'Large', bytes: Buffer.from(bytes).toString('base64') });
      expect(result).toMatchObject({ ok: true, value: { path: 'Large.accord' } });
      const read = await client.call('files:read', { path: 'Large.accord' });
      expect(read.ok && Buffer.from((read.value as { bytes: string }).bytes, 'base64').equals(Buffer.from(bytes))).toBe(true);
    } finally {
      client.close();
    }
  });

  it('closes on a frame above MAX_FRAME_BYTES', async () => {
    const huge = JSON.stringify({ t: 'call', id: 1, channel: 'app:get-info', args: 'x'.repeat(MAX_FRAME_BYTES) });
    await expectClosedThenHostStillServes((c) => c.ws.send(huge), 1009);
  });

  it('logged each bad frame', () => {
    const events = host.logs.map((line) => (line as { event?: string }).event);
    expect(events).toContain('bridge-malformed-frame');
    expect(events).toContain('bridge-socket-error');
  });
});
