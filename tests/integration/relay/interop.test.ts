// Unmodified y-websocket clients syncing through the relay, with persistence and restarts.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { startRelay, type Relay } from '../../../electron/relay/relay';
import { destroy, peer, relayBundle, relayProcess, synced, tempDir, waitFor, type Peer } from './helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function relayOn(dataDir: string, port = 0): Promise<Relay> {
  const relay = await startRelay({ port, dataDir });
  cleanups.push(() => relay.close());
  return relay;
}

function track(...peers: Peer[]): Peer[] {
  cleanups.push(() => destroy(...peers));
  return peers;
}

describe('relay interop with y-websocket', () => {
  it('two and three clients converge; a late joiner gets everything while the others are offline', async () => {
    const dataDir = tempDir();
    const relay = await relayOn(dataDir);
    const [a, b] = track(peer(relay.url, 'doc-1'), peer(relay.url, 'doc-1'));
    await Promise.all([synced(a), synced(b)]);
    a.text.insert(0, 'hello ');
    b.text.insert(0, 'world ');
    await waitFor(() => a.text.toString() === b.text.toString() && a.text.length === 12, 'a and b converge');
    const [c] = track(peer(relay.url, 'doc-1'));
    await synced(c);
    await waitFor(() => c.text.toString() === a.text.toString(), 'c catches up');
    c.text.insert(c.text.length, '!');
    await waitFor(() => a.text.toString().endsWith('!') && b.text.toString().endsWith('!'), 'three converge');

    // Everyone leaves; a newcomer still gets the whole text from the relay's store.
    const expected = a.text.toString();
    destroy(a, b, c);
    await waitFor(() => relay.stats().connections === 0, 'all gone');
    const [late] = track(peer(relay.url, 'doc-1'));
    await synced(late);
    await waitFor(() => late.text.toString() === expected, 'late joiner receives everything');

    const health = await (await fetch(`http://127.0.0.1:${relay.port}/healthz`)).json();
    expect(health).toEqual({ ok: true, rooms: 1, connections: 1 });
  });

  it('a relay restart on the same data folder in the middle of editing loses nothing', async () => {
    const dataDir = tempDir();
    let relay = await startRelay({ port: 0, dataDir });
    const port = relay.port;
    const [a, b] = track(peer(relay.url, 'r'), peer(relay.url, 'r'));
    await Promise.all([synced(a), synced(b)]);
    for (let i = 0; i < 50; i++) (i % 2 ? a : b).text.insert(0, String(i % 10));
    await relay.close();
    a.text.insert(0, 'offline-a ');
    relay = await startRelay({ port, dataDir });
    cleanups.push(() => relay.close());
    b.text.insert(0, 'after ');
    await waitFor(() => a.text.length === 50 + 10 + 6 && a.text.toString() === b.text.toString(), 'converge after restart', 15_000);
    // A fresh client reading only the relay's store sees the same text.
    destroy(a, b);
    const [fresh] = track(peer(relay.url, 'r'));
    await waitFor(() => fresh.text.toString() === a.text.toString(), 'store holds everything');
  });

  it('a SIGKILLed relay process loses nothing it had forwarded', async () => {
    const dataDir = tempDir();
    const bundle = await relayBundle();
    const startProcess = async (port: number) => {
      const started = await relayProcess(bundle, ['--port', String(port), '--data', dataDir, '--open']);
      cleanups.push(() => started.child.kill('SIGKILL'));
      return started;
    };
    const first = await startProcess(0);
    const url = `ws://127.0.0.1:${first.port}`;
    const [a, b] = track(peer(url, 'k'), peer(url, 'k'));
    await Promise.all([synced(a), synced(b)]);
    for (let i = 0; i < 200; i++) a.text.insert(a.text.length, String.fromCharCode(97 + (i % 26)));
    await waitFor(() => b.text.length === 200, 'b received what the relay forwarded');
    first.child.kill('SIGKILL');
    destroy(a); // a's copy must not be the one that restores the text
    await waitFor(() => !b.provider.wsconnected, 'b notices');
    b.provider.disconnect();
    const second = await startProcess(first.port);
    const [reader] = track(peer(`ws://127.0.0.1:${second.port}`, 'k'));
    await synced(reader);
    expect(reader.text.toString()).toBe(b.text.toString());
    expect(fs.readdirSync(dataDir).some((f) => f.endsWith('.log'))).toBe(true);
  });
});
