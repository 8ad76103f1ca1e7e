import { mkdtemp, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelayHostStatus } from '../../../shared/ipc/contract';
import { createRelayHost, hostAddresses, type NetworkInterfaces, type RelayHost } from '../../../electron/services/relay-host';
import { openSettingsStore, type SettingsStore } from '../../../electron/services/settings-store';

const quiet = { logError: () => {} };
let dir: string;
let settings: SettingsStore;
const hosts: RelayHost[] = [];
const blockers: net.Server[] = [];

function makeHost(store = settings, logs?: Record<string, unknown>[]): RelayHost {
  const host = createRelayHost({ dataDir: dir, settings: store, bindAddress: '127.0.0.1', ...(logs ? { log: (line) => logs.push(line) } : {}) });
  hosts.push(host);
  return host;
}

function listenOn(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** A port nothing listens on right now (the OS picks it, then it is released). */
async function freePort(): Promise<number> {
  const server = await listenOn(0);
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves with the first frame the relay sends a plain y-websocket client (its SyncStep1). */
function firstFrame(url: string): Promise<{ ws: WebSocket; frame: Buffer }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { handshakeTimeout: 5_000 });
    ws.once('message', (data) => resolve({ ws, frame: data as Buffer }));
    ws.once('close', (code, reason) => reject(new Error(`closed ${code} ${String(reason)}`)));
    ws.once('error', reject);
  });
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'accord-relay-host-'));
  settings = await openSettingsStore(dir, quiet);
});
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
  await Promise.all(blockers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  await rm(dir, { recursive: true, force: true });
});

describe('hostAddresses', () => {
  const interfaces: NetworkInterfaces = () => ({
    lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
    eth0: [
      { address: '192.168.1.20', netmask: '255.255.255.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal: false, cidr: '192.168.1.20/24' },
      { address: 'fe80::1', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '02:00:00:00:00:01', internal: false, cidr: 'fe80::1/64', scopeid: 2 },
    ],
    // Node 18.0–18.3 reported the family as a number.
    wlan0: [{ address: '10.0.0.7', netmask: '255.0.0.0', family: 4 as unknown as 'IPv4', mac: '02:00:00:00:00:02', internal: false, cidr: '10.0.0.7/8' }],
  });

  it('lists every LAN IPv4 address, loopback last, when bound to every interface', () => {
    expect(hostAddresses('0.0.0.0', 4455, interfaces)).toEqual(['ws://192.168.1.20:4455', 'ws://10.0.0.7:4455', 'ws://127.0.0.1:4455']);
  });

  it('lists loopback alone on a machine without a network', () => {
    expect(hostAddresses('0.0.0.0', 5000, () => ({}))).toEqual(['ws://127.0.0.1:5000']);
  });

  it('lists only the bound address otherwise', () => {
    expect(hostAddresses('127.0.0.1', 4455, interfaces)).toEqual(['ws://127.0.0.1:4455']);
    expect(hostAddresses('192.168.1.20', 4455, interfaces)).toEqual(['ws://192.168.1.20:4455']);
    expect(hostAddresses('::1', 4455, interfaces)).toEqual(['ws://[::1]:4455']);
  });
});

describe('relay host', () => {
  it('is off by default, on the default port', async () => {
    expect(await makeHost().status()).toEqual({ running: false, port: 4455, addresses: [] });
  });

  it('starts a relay clients can join, remembers it, and stops it', async () => {
    const logs: Record<string, unknown>[] = [];
    const host = makeHost(settings, logs);
    const seen: RelayHostStatus[] = [];
    host.onChange((status) => seen.push(status));
    const port = await freePort();

    const running = await host.start(port);
    expect(running).toEqual({ running: true, port, addresses: [`ws://127.0.0.1:${port}`] });
    expect(await host.status()).toEqual(running);
    expect(settings.get()).toMatchObject({ relayHostPort: port, relayHostEnabled: true });
    expect((await stat(path.join(dir, 'relay'))).isDirectory()).toBe(true);

    const { ws, frame } = await firstFrame(`ws://127.0.0.1:${port}/ws_space/doc?token=first-member`);
    expect(frame[0]).toBe(0); // y-websocket sync message: the relay accepted the member
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

    expect(await host.stop()).toEqual({ running: false, port, addresses: [] });
    expect(await closed).toBe(1001);
    expect(settings.get()).toMatchObject({ relayHostPort: port, relayHostEnabled: false });
    await expect(firstFrame(`ws://127.0.0.1:${port}/ws_space/doc?token=first-member`)).rejects.toThrow();

    expect(seen.map((status) => status.running)).toEqual([true, false]);
    expect(logs.map((line) => line.event)).toEqual(expect.arrayContaining(['host-started', 'open', 'close', 'host-stopped']));
  });

  it('admits only invited tokens: the relay is reachable from the whole network', async () => {
    const host = makeHost();
    const port = await freePort();
    await host.start(port);
    const room = `ws://127.0.0.1:${port}/ws_space/doc`;
    await expect(firstFrame(room)).rejects.toThrow(/closed 4401/);
    (await firstFrame(`${room}?token=first-member`)).ws.terminate(); // trust on first use claims the space
    await expect(firstFrame(`${room}?token=stranger`)).rejects.toThrow(/closed 4401/);
  });

  it('reports a port in use as a status, not a crash, and recovers once it is free', async () => {
    const port = await freePort();
    const blocker = await listenOn(port);
    const host = makeHost();

    expect(await host.start(port)).toEqual({ running: false, port, addresses: [], error: 'port-in-use' });
    expect(settings.get()).toMatchObject({ relayHostPort: port, relayHostEnabled: false });

    await new Promise((resolve) => blocker.close(resolve));
    expect(await host.start(port)).toEqual({ running: true, port, addresses: [`ws://127.0.0.1:${port}`] });
  });

  it('reports other start failures as "failed"', async () => {
    const host = createRelayHost({ dataDir: dir, settings, bindAddress: '203.0.113.9' }); // not this machine's
    hosts.push(host);
    expect(await host.start(await freePort())).toMatchObject({ running: false, error: 'failed' });
  });

  it('moves to another port, freeing the first', async () => {
    const host = makeHost();
    const first = await freePort();
    await host.start(first);
    const second = await freePort();
    expect(await host.start(second)).toMatchObject({ running: true, port: second });
    blockers.push(await listenOn(first)); // would throw EADDRINUSE if the first relay still listened
    expect(settings.get().relayHostPort).toBe(second);
  });

  it('keeps one relay when starts and stops race', async () => {
    const host = makeHost();
    const port = await freePort();
    const results = await Promise.all([host.start(port), host.start(port), host.stop(), host.start(port)]);
    expect(results.map((status) => status.running)).toEqual([true, true, false, true]);
    expect(await host.status()).toMatchObject({ running: true, port });
  });

  it('restarts hosting on the next launch when it was on at quit', async () => {
    const port = await freePort();
    const before = makeHost();
    await before.start(port);
    await before.close(); // app quit: stops the relay but keeps "hosting on"
    await expect(firstFrame(`ws://127.0.0.1:${port}/s/d?token=t`)).rejects.toThrow();

    const reopened = await openSettingsStore(dir, quiet);
    expect(reopened.get()).toMatchObject({ relayHostPort: port, relayHostEnabled: true });
    const after = makeHost(reopened);
    expect(await after.resume()).toEqual({ running: true, port, addresses: [`ws://127.0.0.1:${port}`] });
    const { ws } = await firstFrame(`ws://127.0.0.1:${port}/s/d?token=t`);
    ws.terminate();
  });

  it('does not host on launch when hosting was off, and keeps it on when the port is busy at launch', async () => {
    expect(await makeHost().resume()).toMatchObject({ running: false });

    const port = await freePort();
    await settings.update({ relayHostPort: port, relayHostEnabled: true });
    blockers.push(await listenOn(port));
    expect(await makeHost().resume()).toEqual({ running: false, port, addresses: [], error: 'port-in-use' });
    // Retried on the next launch rather than silently forgotten.
    expect(settings.get().relayHostEnabled).toBe(true);
  });

  it('starts nothing once closed', async () => {
    const host = makeHost();
    await host.close();
    expect(await host.start(await freePort())).toMatchObject({ running: false });
  });
});
