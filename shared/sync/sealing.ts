/**
 * Sealing: what a sealed workspace's computers send through the relay is encrypted with
 * AES-GCM (256-bit keys, a fresh random 96-bit IV per message). Each room has its own key,
 * derived with HKDF-SHA-256 from the workspace secret (32 random bytes), the workspace's
 * random salt and the room name, so the relay cannot move a message from one room to
 * another. The kind of message is authenticated data, so an update cannot pass as
 * presence. Neither the secret nor the salt is ever sent to the relay.
 *
 * Blob layout: [version = 1][12-byte IV][ciphertext + 16-byte tag].
 */

export type SealedKind = 'update' | 'awareness' | 'snapshot';

export const SECRET_BYTES = 32;
export const SALT_BYTES = 16;
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const MIN_SEALED_BYTES = 1 + IV_BYTES + TAG_BYTES;

const encoder = new TextEncoder();

/** A blob that is not ours, was altered, or was sealed with another key. */
export class SealError extends Error {}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

export async function deriveRoomKey(secret: Uint8Array, salt: Uint8Array, room: string): Promise<CryptoKey> {
  if (secret.length !== SECRET_BYTES || salt.length !== SALT_BYTES) throw new SealError('bad key material');
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode(`accord/seal/v1/${room}`) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(key: CryptoKey, kind: SealedKind, plaintext: Uint8Array): Promise<Uint8Array> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(kind) }, key, plaintext),
  );
  const out = new Uint8Array(1 + IV_BYTES + ciphertext.length);
  out[0] = VERSION;
  out.set(iv, 1);
  out.set(ciphertext, 1 + IV_BYTES);
  return out;
}

export async function unseal(key: CryptoKey, kind: SealedKind, blob: Uint8Array): Promise<Uint8Array> {
  if (blob.length < MIN_SEALED_BYTES || blob[0] !== VERSION) throw new SealError('not a sealed message');
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: blob.subarray(1, 1 + IV_BYTES), additionalData: encoder.encode(kind) },
      key,
      blob.subarray(1 + IV_BYTES),
    );
    return new Uint8Array(plaintext);
  } catch {
    throw new SealError('sealed message does not open with this key');
  }
}

/** Hex SHA-256 of an invite token: what the relay stores instead of the token. */
export async function tokenHash(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(token)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
