/**
 * "Host on this computer": runs the Accord relay inside the app so the other members
 * of a committee can sync through this machine on the local network. Plain Node:
 * both shells and the tests use it.
 *
 * The chosen port and whether hosting is on are kept in the settings, so hosting
 * comes back on the next launch. Operations run one after another, so a quick
 * start/stop/start from the renderer cannot leave two relays or a stale status.
 */
import os from 'node:os';
import path from 'node:path';
import type { RelayHostError, RelayHostStatus } from '../../shared/ipc/contract';
import { startRelay, type Relay } from '../relay/relay';
import type { SettingsStore } from './settings-store';

/** Every interface: what makes the relay reachable from the other members' computers. */
export const ALL_INTERFACES = '0.0.0.0';
/** Under the app's data folder; the relay's room logs and access lists live there. */
export const RELAY_DATA_FOLDER = 'relay';

export type RelayHostListener = (status: RelayHostStatus) => void;
export type NetworkInterfaces = () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;

export interface RelayHostOptions {
  /** The app's data folder; the relay keeps its data in `<dataDir>/relay`. */
  dataDir: string;
  settings: SettingsStore;
  /** Default: every interface. The browser shell's tests bind to 127.0.0.1. */
  bindAddress?: string;
  /** Receives the relay's structured lines (connections, errors) and the host's own. */
  log?: (line: Record<string, unknown>) => void;
  /** Injectable so tests can check the advertised addresses. */
  networkInterfaces?: NetworkInterfaces;
}

export interface RelayHost {
  /** The status once every pending start/stop has finished. */
  status(): Promise<RelayHostStatus>;
  /** Starts (or moves) the relay to `port` and remembers it; a busy port is a status, not an error. */
  start(port: number): Promise<RelayHostStatus>;
  /** Stops the relay and remembers that hosting is off. */
  stop(): Promise<RelayHostStatus>;
  /** At launch: starts the relay if hosting was on when the app last ran. */
  resume(): Promise<RelayHostStatus>;
  /** App quit / host shutdown: stops the relay, keeping "hosting on" for the next launch. */
  close(): Promise<void>;
  /** Called after each change of status; returns the unsubscribe function. */
  onChange(listener: RelayHostListener): () => void;
}

/** `ws://<ip>:<port>` per non-internal IPv4 address, then loopback — or just the bound address. */
export function hostAddresses(bindAddress: string, port: number, interfaces: NetworkInterfaces = os.networkInterfaces): string[] {
  const loopback = `ws://127.0.0.1:${port}`;
  if (bindAddress !== ALL_INTERFACES) {
    const host = bindAddress.includes(':') ? `[${bindAddress}]` : bindAddress;
    return bindAddress.startsWith('127.') ? [loopback] : [`ws://${host}:${port}`];
  }
  const lan = new Set<string>();
  for (const entries of Object.values(interfaces())) {
    for (const entry of entries ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      const ipv4 = entry.family === 'IPv4' || (entry.family as unknown) === 4;
      if (ipv4 && !entry.internal) lan.add(`ws://${entry.address}:${port}`);
    }
  }
  return [...lan, loopback];
}

function errorCode(error: unknown): RelayHostError {
  return (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE' ? 'port-in-use' : 'failed';
}

export function createRelayHost(options: RelayHostOptions): RelayHost {
  const bindAddress = options.bindAddress ?? ALL_INTERFACES;
  const interfaces = options.networkInterfaces ?? os.networkInterfaces;
  const log = options.log ?? (() => {});
  const { settings } = options;
  const listeners = new Set<RelayHostListener>();

  let relay: Relay | null = null;
  let lastError: RelayHostError | undefined;
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();

  function current(): RelayHostStatus {
    const port = relay?.port ?? settings.get().relayHostPort;
    const status: RelayHostStatus = { running: relay !== null, port, addresses: relay ? hostAddresses(bindAddress, port, interfaces) : [] };
    if (lastError) status.error = lastError;
    return status;
  }

  function notify(): void {
    const status = current();
    for (const listener of [...listeners]) {
      try {
        listener({ ...status, addresses: [...status.addresses] });
      } catch (error) {
        log({ event: 'host-listener-failed', error: String(error) });
      }
    }
  }

  /** Runs `step` after every earlier one, whatever their outcome. */
  function enqueue<T>(step: () => Promise<T>): Promise<T> {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  }

  async function closeRelay(): Promise<void> {
    const running = relay;
    if (!running) return;
    relay = null;
    await running.close();
    log({ event: 'host-stopped', port: running.port });
  }

  /** Opens the relay on `port`; true when it listens. */
  async function openRelay(port: number): Promise<boolean> {
    try {
      relay = await startRelay({
        host: bindAddress,
        port,
        dataDir: path.join(options.dataDir, RELAY_DATA_FOLDER),
        // Reachable from the whole network: only invited tokens (first one per space claims it).
        access: 'tokens',
        log,
      });
      lastError = undefined;
      log({ event: 'host-started', bind: bindAddress, port: relay.port });
      return true;
    } catch (error) {
      lastError = errorCode(error);
      log({ event: 'host-start-failed', bind: bindAddress, port, error: lastError, detail: String(error) });
      return false;
    }
  }

  async function startOn(port: number, remember: boolean): Promise<RelayHostStatus> {
    if (closed) return current();
    if (relay?.port === port) return current();
    await closeRelay();
    const started = await openRelay(port);
    if (remember) {
      // A failed start leaves hosting off: the next launch should not retry a port the user saw fail.
      await settings.update({ relayHostPort: port, relayHostEnabled: started });
    }
    notify();
    return current();
  }

  return {
    status: () => enqueue(async () => current()),

    start: (port) => enqueue(() => startOn(port, true)),

    stop: () =>
      enqueue(async () => {
        await closeRelay();
        lastError = undefined;
        if (settings.get().relayHostEnabled) await settings.update({ relayHostEnabled: false });
        notify();
        return current();
      }),

    resume: () =>
      enqueue(async () => {
        const saved = settings.get();
        if (!saved.relayHostEnabled || relay) return current();
        // Not remembered: a port taken at launch should be retried on the next launch.
        return startOn(saved.relayHostPort, false);
      }),

    close: () =>
      enqueue(async () => {
        closed = true;
        const wasRunning = relay !== null;
        await closeRelay();
        if (wasRunning) notify();
      }),

    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
