// The y-websocket message framing, decoded just enough to route frames: the relay never
// interprets document content or presence beyond the message type.
//   frame     = varUint messageType, body
//   sync (0)  = varUint subtype (0 step1 | 1 step2 | 2 update), varUint8Array payload
//   awareness (1) = varUint8Array (forwarded untouched), query-awareness (3) = no body
// Pure: no Node, no Yjs.

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export type Frame =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'sync-update'; update: Uint8Array }
  | { kind: 'awareness' }
  | { kind: 'query-awareness' };

/** Thrown for a frame that does not follow the framing; the connection is closed with `code`. */
export class FrameError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Close codes the relay uses; documented in electron/relay/README.md. */
export const CloseCode = {
  goingAway: 1001,
  malformed: 4400,
  unauthorized: 4401,
  readOnly: 4403,
  invalidUpdate: 4422,
  rateLimited: 4429,
  busy: 4503,
  storageFailure: 4507,
  slowConsumer: 4508,
} as const;

class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (let i = 0; i < 8; i++) {
      if (this.pos >= this.bytes.length) throw new FrameError(CloseCode.malformed, 'truncated varint');
      const byte = this.bytes[this.pos++];
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) {
        if (value > Number.MAX_SAFE_INTEGER) break;
        return value;
      }
      multiplier *= 128;
    }
    throw new FrameError(CloseCode.malformed, 'varint too long');
  }

  bytesWithLength(): Uint8Array {
    const length = this.varUint();
    if (length > this.bytes.length - this.pos) throw new FrameError(CloseCode.malformed, 'truncated payload');
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
}

export function decodeFrame(bytes: Uint8Array): Frame {
  const reader = new Reader(bytes);
  const type = reader.varUint();
  switch (type) {
    case MESSAGE_SYNC: {
      const subtype = reader.varUint();
      const payload = reader.bytesWithLength();
      if (subtype === SYNC_STEP1) return { kind: 'sync-step1', stateVector: payload };
      if (subtype === SYNC_STEP2) return { kind: 'sync-step2', update: payload };
      if (subtype === SYNC_UPDATE) return { kind: 'sync-update', update: payload };
      throw new FrameError(CloseCode.malformed, `unknown sync message ${subtype}`);
    }
    case MESSAGE_AWARENESS:
      reader.bytesWithLength();
      return { kind: 'awareness' };
    case MESSAGE_QUERY_AWARENESS:
      return { kind: 'query-awareness' };
    default:
      throw new FrameError(CloseCode.malformed, `unknown message type ${type}`);
  }
}

function varUintBytes(value: number): number[] {
  const out: number[] = [];
  while (value > 0x7f) {
    out.push((value % 128) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
  return out;
}

function syncFrame(subtype: number, payload: Uint8Array): Uint8Array {
  const head = [MESSAGE_SYNC, subtype, ...varUintBytes(payload.length)];
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

export const encodeSyncStep1 = (stateVector: Uint8Array) => syncFrame(SYNC_STEP1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) => syncFrame(SYNC_STEP2, update);
export const encodeSyncUpdate = (update: Uint8Array) => syncFrame(SYNC_UPDATE, update);
export const encodeQueryAwareness = () => new Uint8Array([MESSAGE_QUERY_AWARENESS]);
