/** Checks on stored Yjs update bytes: whether a row can be applied, and how it is stored. */
import * as Y from 'yjs';

/**
 * Returns why `bytes` is not a decodable Yjs (v1) update, or null when it is.
 * Decoding reads every struct and the delete set, so truncated or random bytes
 * throw here instead of half-applying to a live document. Never throws.
 */
export function whyNotAnUpdate(bytes: unknown): string | null {
  if (!(bytes instanceof Uint8Array)) return `bytes is ${describeType(bytes)}, not a Uint8Array`;
  if (bytes.byteLength === 0) return 'empty update';
  try {
    Y.decodeUpdate(bytes);
    return null;
  } catch (error) {
    return `undecodable update: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * IndexedDB stores a typed array's whole underlying buffer; a view into a larger
 * buffer (e.g. a slice of a network message) would store the rest of it too.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return value.constructor?.name ?? 'object';
}
