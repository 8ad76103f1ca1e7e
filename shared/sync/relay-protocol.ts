// The relay's wire protocol: y-websocket's message framing, decoded just enough to route
// frames, plus Accord's extension (types >= 100, never sent to unmodified clients).
//   frame     = varUint messageType, body
//   sync (0)  = varUint subtype (0 step1 | 1 step2 | 2 update), varUint8Array payload
//   awareness (1) = varUint8Array, query-awareness (3) = no body
// The extension is described in electron/relay/README.md. Pure: no Node, no DOM, no Yjs.

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

// Accord's extension. A client asks for it with `?proto=accord1` in its URL.
/** C→R sealed rooms: an encrypted update. */
export const MESSAGE_SEALED_UPDATE = 100;
/** R→C sealed rooms: a stored encrypted update (replayed on join, then live). */
export const MESSAGE_SEALED_RECORD = 101;
/** R→C sealed rooms: the join replay is complete; carries the last stored seq. */
export const MESSAGE_REPLAY_DONE = 102;
/** C→R sealed rooms: encrypted presence. */
export const MESSAGE_SEALED_AWARENESS = 103;
/** R→C sealed rooms: another connection's encrypted presence, tagged with its connection id. */
export const MESSAGE_PEER_AWARENESS = 104;
/** R→C sealed rooms: a connection left; its presence is gone. */
export const MESSAGE_PEER_LEFT = 105;
/** C→R sealed rooms: an encrypted snapshot that replaces every record up to `coversSeq`. */
export const MESSAGE_SNAPSHOT = 106;
/** R→C: one per update-carrying frame of this connection, once it is stored (or found empty). */
export const MESSAGE_ACK = 107;
/** C→R: grant or revoke invite tokens (by hash) for the connection's space. Edit access only. */
export const MESSAGE_ACL_UPDATE = 110;
/** R→C: the ACL update was stored. */
export const MESSAGE_ACL_APPLIED = 111;

export const PROTOCOL_EXTENSION = 'accord1';

export type AclUpdate = {
  grant?: { hash: string; access: 'edit' | 'read' }[];
  revoke?: string[];
};

export type Frame =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'sync-update'; update: Uint8Array }
  | { kind: 'awareness'; payload: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'sealed-update'; blob: Uint8Array }
  | { kind: 'sealed-record'; seq: number; blob: Uint8Array }
  | { kind: 'replay-done'; lastSeq: number }
  | { kind: 'sealed-awareness'; blob: Uint8Array }
  | { kind: 'peer-awareness'; connection: number; blob: Uint8Array }
  | { kind: 'peer-left'; connection: number }
  | { kind: 'snapshot'; coversSeq: number; blob: Uint8Array }
  | { kind: 'ack' }
  | { kind: 'acl-update'; update: AclUpdate }
  | { kind: 'acl-applied' };

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
  /** Reason: 'no token', 'unknown invite' or 'revoked'. */
  unauthorized: 4401,
  readOnly: 4403,
  /** A sealed client on a plain room or the reverse. */
  modeMismatch: 4409,
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
      return { kind: 'awareness', payload: reader.bytesWithLength() };
    case MESSAGE_QUERY_AWARENESS:
      return { kind: 'query-awareness' };
    case MESSAGE_SEALED_UPDATE:
      return { kind: 'sealed-update', blob: reader.bytesWithLength() };
    case MESSAGE_SEALED_RECORD: {
      const seq = reader.varUint();
      return { kind: 'sealed-record', seq, blob: reader.bytesWithLength() };
    }
    case MESSAGE_REPLAY_DONE:
      return { kind: 'replay-done', lastSeq: reader.varUint() };
    case MESSAGE_SEALED_AWARENESS:
      return { kind: 'sealed-awareness', blob: reader.bytesWithLength() };
    case MESSAGE_PEER_AWARENESS: {
      const connection = reader.varUint();
      return { kind: 'peer-awareness', connection, blob: reader.bytesWithLength() };
    }
    case MESSAGE_PEER_LEFT:
      return { kind: 'peer-left', connection: reader.varUint() };
    case MESSAGE_SNAPSHOT: {
      const coversSeq = reader.varUint();
      return { kind: 'snapshot', coversSeq, blob: reader.bytesWithLength() };
    }
    case MESSAGE_ACK:
      return { kind: 'ack' };
    case MESSAGE_ACL_UPDATE:
      return { kind: 'acl-update', update: parseAclUpdate(reader.bytesWithLength()) };
    case MESSAGE_ACL_APPLIED:
      return { kind: 'acl-applied' };
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

/** `head` numbers as varUints, then `payload` with its length (if given). */
function frame(head: number[], payload?: Uint8Array): Uint8Array {
  const prefix = head.flatMap(varUintBytes);
  if (payload) prefix.push(...varUintBytes(payload.length));
  const out = new Uint8Array(prefix.length + (payload?.length ?? 0));
  out.set(prefix, 0);
  if (payload) out.set(payload, prefix.length);
  return out;
}

const syncFrame = (subtype: number, payload: Uint8Array) => frame([MESSAGE_SYNC, subtype], payload);

const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** Validates an ACL update's JSON; anything else is a malformed frame. */
function parseAclUpdate(bytes: Uint8Array): AclUpdate {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new FrameError(CloseCode.malformed, 'ACL update is not JSON');
  }
  const bad = () => new FrameError(CloseCode.malformed, 'ACL update has the wrong shape');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad();
  const { grant, revoke } = value as Record<string, unknown>;
  const update: AclUpdate = {};
  if (grant !== undefined) {
    if (!Array.isArray(grant) || grant.length > 1000) throw bad();
    update.grant = grant.map((entry: unknown) => {
      const { hash, access } = (entry ?? {}) as Record<string, unknown>;
      if (typeof hash !== 'string' || !HASH_PATTERN.test(hash) || (access !== 'edit' && access !== 'read')) throw bad();
      return { hash, access };
    });
  }
  if (revoke !== undefined) {
    if (!Array.isArray(revoke) || revoke.length > 1000) throw bad();
    update.revoke = revoke.map((hash: unknown) => {
      if (typeof hash !== 'string' || !HASH_PATTERN.test(hash)) throw bad();
      return hash;
    });
  }
  return update;
}

export const encodeSyncStep1 = (stateVector: Uint8Array) => syncFrame(SYNC_STEP1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) => syncFrame(SYNC_STEP2, update);
export const encodeSyncUpdate = (update: Uint8Array) => syncFrame(SYNC_UPDATE, update);
export const encodeQueryAwareness = () => new Uint8Array([MESSAGE_QUERY_AWARENESS]);
export const encodeAwareness = (payload: Uint8Array) => frame([MESSAGE_AWARENESS], payload);
export const encodeSealedUpdate = (blob: Uint8Array) => frame([MESSAGE_SEALED_UPDATE], blob);
export const encodeSealedRecord = (seq: number, blob: Uint8Array) => frame([MESSAGE_SEALED_RECORD, seq], blob);
export const encodeReplayDone = (lastSeq: number) => frame([MESSAGE_REPLAY_DONE, lastSeq]);
export const encodeSealedAwareness = (blob: Uint8Array) => frame([MESSAGE_SEALED_AWARENESS], blob);
export const encodePeerAwareness = (connection: number, blob: Uint8Array) => frame([MESSAGE_PEER_AWARENESS, connection], blob);
export const encodePeerLeft = (connection: number) => frame([MESSAGE_PEER_LEFT, connection]);
export const encodeSnapshot = (coversSeq: number, blob: Uint8Array) => frame([MESSAGE_SNAPSHOT, coversSeq], blob);
export const encodeAck = () => frame([MESSAGE_ACK]);
export const encodeAclUpdate = (update: AclUpdate) => frame([MESSAGE_ACL_UPDATE], new TextEncoder().encode(JSON.stringify(update)));
export const encodeAclApplied = () => frame([MESSAGE_ACL_APPLIED]);
