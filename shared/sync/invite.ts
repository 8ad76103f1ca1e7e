/**
 * Invites: what a member pastes (a link or a code) to join a shared workspace. Both forms
 * carry the same bytes: the relay address, the workspace (id and name), its secret and
 * salt, the invite's own token (the relay knows only its hash), the access it gives and
 * whether the workspace is sealed. A CRC-32 catches a code mistyped or cut short; a forged
 * or revoked invite is refused by the relay, a wrong secret by decryption.
 *
 *   bytes = [version][flags: 1 read-only, 2 sealed][secret 32][salt 16][token 16]
 *           [relay][workspace id][workspace name]   (each: varUint length + UTF-8)
 *           [CRC-32 of all before, 4 bytes big-endian]
 *   link  = accord://join#<base64url(bytes)>
 *   code  = ACCORD-<Crockford base32(bytes) in groups of 5>
 */
import { SALT_BYTES, SECRET_BYTES } from './sealing';
import { normaliseRelayUrl } from './rooms';

export type InviteAccess = 'edit' | 'read';

export interface Invite {
  relayUrl: string;
  workspaceId: string;
  workspaceName: string;
  secret: Uint8Array;
  salt: Uint8Array;
  /** Base64url of 16 random bytes. */
  token: string;
  access: InviteAccess;
  sealed: boolean;
}

export type InviteProblem = 'empty' | 'not-an-invite' | 'damaged' | 'newer-version' | 'bad-relay';

export class InviteError extends Error {
  constructor(readonly problem: InviteProblem) {
    super(`invite: ${problem}`);
  }
}

const VERSION = 1;
const TOKEN_BYTES = 16;
const LINK_PREFIX = 'accord://join#';
const CODE_PREFIX = 'ACCORD-';
const MAX_NAME = 200;
const encoder = new TextEncoder();

export function encodeInviteLink(invite: Invite): string {
  return LINK_PREFIX + base64url(inviteBytes(invite));
}

export function encodeInviteCode(invite: Invite): string {
  const groups = base32(inviteBytes(invite)).match(/.{1,5}/g) ?? [];
  return CODE_PREFIX + groups.join('-');
}

/** Accepts a link or a code as pasted: surrounding text, spaces, line breaks and case do not matter. */
export function parseInvite(input: string): Invite {
  const text = input.trim();
  if (!text) throw new InviteError('empty');
  const linkAt = text.indexOf(LINK_PREFIX);
  if (linkAt >= 0) {
    const encoded = text.slice(linkAt + LINK_PREFIX.length).match(/^[A-Za-z0-9_-]+/)?.[0] ?? '';
    return readInviteBytes(fromBase64url(encoded));
  }
  const compact = text.replace(/[\s-]+/g, '').toUpperCase();
  const prefix = CODE_PREFIX.slice(0, -1);
  if (!compact.startsWith(prefix)) throw new InviteError('not-an-invite');
  return readInviteBytes(fromBase32(compact.slice(prefix.length)));
}

export function newInviteToken(random: (bytes: Uint8Array) => Uint8Array): string {
  return base64url(random(new Uint8Array(TOKEN_BYTES)));
}

function inviteBytes(invite: Invite): Uint8Array {
  const token = fromBase64url(invite.token) ?? new Uint8Array(0);
  if (invite.secret.length !== SECRET_BYTES || invite.salt.length !== SALT_BYTES || token.length !== TOKEN_BYTES) {
    throw new Error('invite: bad key material');
  }
  const flags = (invite.access === 'read' ? 1 : 0) | (invite.sealed ? 2 : 0);
  const parts: number[] = [VERSION, flags, ...invite.secret, ...invite.salt, ...token];
  for (const text of [invite.relayUrl, invite.workspaceId, invite.workspaceName.slice(0, MAX_NAME)]) {
    const bytes = encoder.encode(text);
    parts.push(...varUint(bytes.length), ...bytes);
  }
  const crc = crc32(Uint8Array.from(parts));
  parts.push((crc >>> 24) & 0xff, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff);
  return Uint8Array.from(parts);
}

function readInviteBytes(bytes: Uint8Array | null): Invite {
  if (!bytes || bytes.length < 4) throw new InviteError(bytes ? 'damaged' : 'not-an-invite');
  const body = bytes.subarray(0, bytes.length - 4);
  const stored = ((bytes[bytes.length - 4] << 24) | (bytes[bytes.length - 3] << 16) | (bytes[bytes.length - 2] << 8) | bytes[bytes.length - 1]) >>> 0;
  if (crc32(body) !== stored) throw new InviteError('damaged');
  if (body[0] !== VERSION) throw new InviteError(body[0] > VERSION ? 'newer-version' : 'damaged');
  let pos = 2;
  const take = (length: number) => {
    if (pos + length > body.length) throw new InviteError('damaged');
    const out = body.slice(pos, pos + length);
    pos += length;
    return out;
  };
  const text = () => {
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      if (shift > 21) throw new InviteError('damaged');
      const byte = take(1)[0];
      length |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(take(length));
    } catch {
      throw new InviteError('damaged');
    }
  };
  const flags = body[1];
  const secret = take(SECRET_BYTES);
  const salt = take(SALT_BYTES);
  const token = base64url(take(TOKEN_BYTES));
  const relay = text();
  const workspaceId = text();
  const workspaceName = text();
  if (pos !== body.length || !/^[A-Za-z0-9_.-]{1,100}$/.test(workspaceId)) throw new InviteError('damaged');
  const relayUrl = normaliseRelayUrl(relay);
  if (!relayUrl) throw new InviteError('bad-relay');
  return { relayUrl, workspaceId, workspaceName, secret, salt, token, access: flags & 1 ? 'read' : 'edit', sealed: (flags & 2) !== 0 };
}

function varUint(value: number): number[] {
  const out: number[] = [];
  while (value > 0x7f) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
  return out;
}

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base64url(bytes: Uint8Array): string {
  return encodeBits(bytes, 6, BASE64URL);
}
function fromBase64url(text: string): Uint8Array | null {
  return decodeBits(text, 6, (char) => BASE64URL.indexOf(char));
}
function base32(bytes: Uint8Array): string {
  return encodeBits(bytes, 5, CROCKFORD);
}
function fromBase32(text: string): Uint8Array | null {
  // Crockford: O reads as 0, I and L as 1.
  return decodeBits(text.replace(/O/g, '0').replace(/[IL]/g, '1'), 5, (char) => CROCKFORD.indexOf(char));
}

function encodeBits(bytes: Uint8Array, bits: number, alphabet: string): string {
  let out = '';
  let buffer = 0;
  let count = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    count += 8;
    while (count >= bits) {
      count -= bits;
      out += alphabet[(buffer >>> count) & ((1 << bits) - 1)];
    }
    buffer &= (1 << count) - 1;
  }
  if (count > 0) out += alphabet[(buffer << (bits - count)) & ((1 << bits) - 1)];
  return out;
}

function decodeBits(text: string, bits: number, valueOf: (char: string) => number): Uint8Array | null {
  const out: number[] = [];
  let buffer = 0;
  let count = 0;
  for (const char of text) {
    const value = valueOf(char);
    if (value < 0) return null;
    buffer = (buffer << bits) | value;
    count += bits;
    if (count >= 8) {
      count -= 8;
      out.push((buffer >>> count) & 0xff);
    }
    buffer &= (1 << count) - 1;
  }
  return Uint8Array.from(out);
}
