/**
 * Frames of the browser shell's WebSocket bridge. One JSON text message per frame:
 * the renderer sends calls, the host answers with results (matched by `id`) and
 * pushes events. Frames from the other side are parsed here, never trusted as-is.
 */
import type { BridgeResult, EventChannel, EventMap } from './contract';
import { isEventChannel } from './channels';

/** Where the browser shell accepts the bridge's WebSocket upgrade. */
export const BRIDGE_PATH = '/bridge';
/** The `<meta name=…>` through which the host hands the renderer its bridge endpoint. */
export const BRIDGE_META_NAME = 'accord-bridge';
/** The query parameter carrying the per-launch secret on the upgrade request. */
export const BRIDGE_SECRET_PARAM = 'secret';

export interface CallFrame {
  t: 'call';
  /** Chosen by the client; the result frame carries it back. */
  id: number;
  /** Checked against the contract by `dispatch`, not here. */
  channel: string;
  args?: unknown;
}

export type ClientFrame = CallFrame;

export interface ResultFrame {
  t: 'result';
  id: number;
  result: BridgeResult<unknown>;
}

export type EventFrame = {
  [E in EventChannel]: { t: 'event'; event: E; payload: EventMap[E] };
}[EventChannel];

export type ServerFrame = ResultFrame | EventFrame;

/** Longer channel names cannot be in the contract; refusing them keeps logs small. */
export const MAX_CHANNEL_LENGTH = 128;

/**
 * Keys that could reach an object's prototype if a later step merged the args into
 * an object. The bridge's arguments never need them, so a frame carrying one
 * anywhere is refused outright.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A safe, non-negative integer id. */
export function isFrameId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** JSON.parse that returns `undefined` on bad JSON or on any forbidden key, at any depth. */
function parseJsonWithoutForbiddenKeys(text: string): unknown {
  let forbidden = false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return value;
    });
  } catch {
    return undefined; // not JSON, or nested too deep for the parser
  }
  return forbidden ? undefined : parsed;
}

/**
 * Validates a text frame from an untrusted client. Returns a fresh object holding
 * only the known fields, or null when the frame is malformed in any way.
 */
export function parseClientFrame(text: string): ClientFrame | null {
  if (typeof text !== 'string') return null;
  const raw = parseJsonWithoutForbiddenKeys(text);
  if (!isPlainRecord(raw)) return null;
  if (raw.t !== 'call') return null;
  if (!isFrameId(raw.id)) return null;
  const channel = raw.channel;
  if (typeof channel !== 'string' || channel.length === 0 || channel.length > MAX_CHANNEL_LENGTH) return null;
  const frame: CallFrame = { t: 'call', id: raw.id, channel };
  if (Object.prototype.hasOwnProperty.call(raw, 'args')) frame.args = raw.args;
  return frame;
}

function isBridgeResult(value: unknown): value is BridgeResult<unknown> {
  if (!isPlainRecord(value)) return false;
  if (value.ok === true) return Object.prototype.hasOwnProperty.call(value, 'value');
  if (value.ok !== false || !isPlainRecord(value.error)) return false;
  return typeof value.error.code === 'string' && typeof value.error.message === 'string';
}

/**
 * Validates a text frame from the host. The host is ours, but a frame that does not
 * have the expected shape is dropped rather than allowed to break the renderer.
 */
export function parseServerFrame(text: string): ServerFrame | null {
  if (typeof text !== 'string') return null;
  const raw = parseJsonWithoutForbiddenKeys(text);
  if (!isPlainRecord(raw)) return null;
  if (raw.t === 'result') {
    if (!isFrameId(raw.id) || !isBridgeResult(raw.result)) return null;
    return { t: 'result', id: raw.id, result: raw.result };
  }
  if (raw.t === 'event') {
    if (!isEventChannel(raw.event) || !Object.prototype.hasOwnProperty.call(raw, 'payload')) return null;
    return { t: 'event', event: raw.event, payload: raw.payload } as EventFrame;
  }
  return null;
}
