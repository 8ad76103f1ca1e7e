/**
 * The bridge of the browser shell: the same `AccordBridge` the desktop preload
 * exposes, carried over the host's loopback WebSocket. Calls never throw and never
 * hang on a dead connection: they resolve with a typed error instead.
 */
import type {
  AccordBridge,
  ArgsOf,
  BridgeResult,
  EventChannel,
  EventMap,
  RequestChannel,
  ResultOf,
} from '../../shared/ipc/contract';
import { parseServerFrame, type CallFrame } from '../../shared/ipc/wire';

/** The part of the browser's WebSocket this bridge uses (the `ws` package fits too). */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface WebSocketBridgeOptions {
  /** Opens the socket; defaults to the browser's `WebSocket`. */
  createSocket?: (url: string) => WebSocketLike;
  /** Milliseconds to wait before automatic reconnect number `attempt` (0-based). */
  reconnectDelay?: (attempt: number) => number;
}

export interface WebSocketBridge extends AccordBridge {
  /** Closes the connection for good; later calls resolve with an error at once. */
  close(): void;
}

const SOCKET_OPEN = 1;
const MAX_RECONNECT_DELAY_MS = 5_000;

function defaultReconnectDelay(attempt: number): number {
  return Math.min(MAX_RECONNECT_DELAY_MS, 250 * 2 ** attempt);
}

function connectionError(message: string): BridgeResult<never> {
  return { ok: false, error: { code: 'internal', message } };
}

type Resolve = (result: BridgeResult<unknown>) => void;
type State = 'idle' | 'connecting' | 'open' | 'waiting' | 'closed';

export function createWebSocketBridge(endpoint: string, options: WebSocketBridgeOptions = {}): WebSocketBridge {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url) as WebSocketLike);
  const reconnectDelay = options.reconnectDelay ?? defaultReconnectDelay;

  let state: State = 'idle';
  let socket: WebSocketLike | null = null;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let failedAttempts = 0;
  let nextId = 1;
  /** Calls made before the socket opened, sent in order once it does. */
  const outbox: string[] = [];
  const pending = new Map<number, Resolve>();
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();

  function hasListeners(): boolean {
    for (const set of listeners.values()) if (set.size > 0) return true;
    return false;
  }

  function failAll(message: string): void {
    outbox.length = 0;
    const waiting = [...pending.values()];
    pending.clear();
    for (const resolve of waiting) resolve(connectionError(message));
  }

  function deliver(event: EventChannel, payload: unknown): void {
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try {
        (listener as (payload: unknown) => void)(payload);
      } catch (error) {
        // One faulty listener must not keep the event from the others.
        console.error(`A listener for ${event} failed`, error);
      }
    }
  }

  function handleMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    const frame = parseServerFrame(data);
    if (!frame) return;
    if (frame.t === 'event') {
      deliver(frame.event, frame.payload);
      return;
    }
    const resolve = pending.get(frame.id);
    if (!resolve) return;
    pending.delete(frame.id);
    resolve(frame.result);
  }

  function handleDrop(): void {
    const wasOpen = state === 'open';
    socket = null;
    failAll(wasOpen ? 'The connection to Accord was lost.' : 'Accord could not be reached.');
    if (state === 'closed') return;
    failedAttempts = wasOpen ? 0 : failedAttempts + 1;
    // Only listeners need a standing connection; a later call reconnects by itself.
    if (!hasListeners()) {
      state = 'idle';
      return;
    }
    state = 'waiting';
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      if (state === 'waiting') connect();
    }, reconnectDelay(failedAttempts));
  }

  function connect(): void {
    clearTimeout(reconnectTimer);
    reconnectTimer = undefined;
    state = 'connecting';
    let opened: WebSocketLike;
    try {
      opened = createSocket(endpoint);
    } catch {
      handleDrop(); // e.g. a malformed endpoint
      return;
    }
    socket = opened;
    opened.onopen = () => {
      if (socket !== opened) return;
      state = 'open';
      failedAttempts = 0;
      for (const text of outbox.splice(0)) opened.send(text);
    };
    opened.onmessage = (event) => {
      if (socket === opened) handleMessage(event.data);
    };
    opened.onclose = () => {
      if (socket === opened) handleDrop();
    };
    opened.onerror = () => {
      // A close event always follows; handleDrop does the work there.
    };
  }

  function ensureConnecting(): void {
    // A call (or a new listener) does not wait out the reconnect delay.
    if (state === 'idle' || state === 'waiting') connect();
  }

  return {
    invoke<C extends RequestChannel>(channel: C, args: ArgsOf<C>): Promise<BridgeResult<ResultOf<C>>> {
      if (state === 'closed') return Promise.resolve(connectionError('The bridge is closed.'));
      const id = nextId++;
      const frame: CallFrame = args === undefined ? { t: 'call', id, channel } : { t: 'call', id, channel, args };
      const text = JSON.stringify(frame);
      return new Promise<BridgeResult<ResultOf<C>>>((resolve) => {
        pending.set(id, resolve as Resolve);
        ensureConnecting();
        if (state === 'open' && socket?.readyState === SOCKET_OPEN) {
          try {
            socket.send(text);
          } catch {
            pending.delete(id);
            resolve(connectionError('The call could not be sent to Accord.'));
          }
        } else if (pending.has(id)) {
          outbox.push(text);
        }
      });
    },

    on<E extends EventChannel>(event: E, listener: (payload: EventMap[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const entry = listener as (payload: never) => void;
      set.add(entry);
      if (state !== 'closed') ensureConnecting();
      return () => {
        set.delete(entry);
      };
    },

    close(): void {
      if (state === 'closed') return;
      state = 'closed';
      clearTimeout(reconnectTimer);
      const closing = socket;
      socket = null;
      failAll('The bridge is closed.');
      listeners.clear();
      try {
        closing?.close(1000, 'closed');
      } catch {
        // Already closed.
      }
    },
  };
}
