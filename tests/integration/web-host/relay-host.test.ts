/** "Host on this computer" through the browser shell's bridge, with a real relay and a real client. */
import net from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelayHostStatus } from '../../../shared/ipc/contract';
import type { ServerFrame } from '../../../shared/ipc/wire';
import { connect, startTestHost, withTimeout, type TestHost } from './helpers';

type EventFrameOf = Extract<ServerFrame, { t: 'event' }>;
const isHostStatusEvent = (frame: ServerFrame): frame is EventFrameOf => frame.t === 'event' && frame.event === 'relay:host-status-changed';

let host: TestHost;
let port: number;

/** A port nothing listens on right now (the OS picks it, then it is released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as net.AddressInfo;
      server.close(() => resolve(free));
    });
  });
}

/** A plain y-websocket client joining a room: resolves once the relay sent its first frame (SyncStep1). */
function joinRoom(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { handshakeTimeout: 5_000 });
    ws.once('message', (data) => {
      if ((data as Buffer)[0] === 0) resolve(ws);
      else reject(new Error(`unexpected first frame type ${(data as Buffer)[0]}`));
    });
    ws.once('close', (code, reason) => reject(new Error(`closed ${code} ${String(reason)}`)));
    ws.once('error', reject);
  });
}

beforeAll(async () => {
  host = await startTestHost();
  port = await freePort();
});

afterAll(async () => {
  await host?.stop();
});

describe('relay hosting over the bridge', () => {
  it('starts a relay that a ws client can join, and pushes the status to every window', async () => {
    const caller = await connect(host);
    const watcher = await connect(host);
    try {
      expect(await caller.call('relay:get-host-status')).toEqual({ ok: true, value: { running: false, port: 4455, addresses: [] } });

      const expected: RelayHostStatus = { running: true, port, addresses: [`ws://127.0.0.1:${port}`] };
      expect(await caller.call('relay:start-host', { port })).toEqual({ ok: true, value: expected });
      for (const client of [caller, watcher]) expect((await client.waitFor(isHostStatusEvent)).payload).toEqual(expected);

      const member = await withTimeout(joinRoom(`${expected.addresses[0]}/ws_committee/agenda?token=member-token`), 5_000, 'joining the room');
      member.terminate();
      expect(host.logs).toContainEqual(expect.objectContaining({ event: 'relay-host-started', port }));
    } finally {
      caller.close();
      watcher.close();
    }
  });

  it('refuses a bad port as a typed error', async () => {
    const client = await connect(host);
    try {
      for (const args of [{ port: 80 }, { port: 70000 }, { port: '4455' }, { port, bind: '0.0.0.0' }, undefined]) {
        expect(await client.call('relay:start-host', args)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
      }
      // The relay started by the previous test is untouched.
      expect(await client.call('relay:get-host-status')).toMatchObject({ ok: true, value: { running: true, port } });
    } finally {
      client.close();
    }
  });

  it('stops the relay with the host and brings it back on the next launch', async () => {
    const member = await joinRoom(`ws://127.0.0.1:${port}/ws_committee/agenda?token=member-token`);
    const closed = new Promise<number>((resolve) => member.once('close', (code) => resolve(code)));
    await host.shell.close();
    expect(await withTimeout(closed, 5_000, 'the relay closing')).toBe(1001);

    host = await startTestHost({ root: host.root });
    const client = await connect(host);
    try {
      expect(await client.call('relay:get-host-status')).toEqual({
        ok: true,
        value: { running: true, port, addresses: [`ws://127.0.0.1:${port}`] },
      });
      (await joinRoom(`ws://127.0.0.1:${port}/ws_committee/agenda?token=member-token`)).terminate();

      expect(await client.call('relay:stop-host')).toEqual({ ok: true, value: { running: false, port, addresses: [] } });
      await expect(joinRoom(`ws://127.0.0.1:${port}/ws_committee/agenda?token=member-token`)).rejects.toThrow();
    } finally {
      client.close();
    }
  });
});
