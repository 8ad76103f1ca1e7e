/**
 * Fingerprints of decision-log entries (see shared/sync/decision-log.ts).
 *
 * An entry's `hash` is the hex SHA-256 of the canonical JSON of the whole stored entry
 * except `hash` itself: every field, the parents it follows and its `digests`. So any
 * change to what is stored — a field edited, added or removed — changes the hash.
 *
 * `digests` holds a short fingerprint per field, taken when the entry was recorded. It
 * is not what protects the entry (the full hash is); it only lets verification say
 * WHICH field was changed once the full hash no longer matches. Being covered by the
 * hash, a digest edited by hand is detected too, and then reported as its field.
 */
import { isRecord } from './records';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Short per-field fingerprints: 32 bits is plenty to tell which field changed (the full hash is what protects). */
const DIGEST_HEX = 8;
/** Keys of the stored entry that are not fingerprinted per field. */
const UNDIGESTED = new Set(['hash', 'digests']);
/** Decision fields sit under `fields`; their digest keys carry this prefix, so they never clash with the entry's own keys. */
export const FIELD_PREFIX = 'fields.';

/** A copy with every object's keys in sorted order: JSON.stringify then writes them in that order. */
export function withSortedKeys<T>(value: T, omit?: string): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => withSortedKeys(item)) as T;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) if (key !== omit) out[key] = withSortedKeys(record[key]);
  return out as T;
}

/**
 * JSON with object keys sorted at every depth, so the same value gives the same text on
 * every computer whatever order its keys were written or synced in. (JavaScript puts
 * integer-like keys first, in numeric order, whatever the order they were added in: that
 * is the same everywhere too.) As JSON.stringify: undefined object members are left out,
 * undefined array items and non-finite numbers become null. `omit` leaves out one key of
 * the top-level object (the entry's own hash).
 */
export function canonicalJson(value: unknown, omit?: string): string {
  return JSON.stringify(withSortedKeys(value, omit)) ?? 'null';
}

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex(digest: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(digest)) out += HEX_BYTES[byte];
  return out;
}

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

/** The hash an entry must carry: of everything stored in it but the hash. */
export function entryHash(stored: Readonly<Record<string, unknown>>): Promise<string> {
  return sha256Hex(canonicalJson(stored, 'hash'));
}

/**
 * Whether the stored hash is right. Entries are stored with their keys already sorted, so
 * the plain JSON of what is stored is normally the canonical text itself: one native
 * stringify, no sorted copy (verifying 10,000 entries). It matching the hash proves the
 * content is what was hashed; when it does not (an entry whose keys came back in another
 * order, or a changed one), the canonical text decides.
 */
export async function entryHashMatches(stored: Readonly<Record<string, unknown>>): Promise<boolean> {
  const hash = stored['hash'];
  if ((await sha256Hex(JSON.stringify({ ...stored, hash: undefined }))) === hash) return true;
  return (await entryHash(stored)) === hash;
}

/**
 * entryHashMatches for many entries, a batch at a time: thousands of digests in flight at
 * once cost more (memory, scheduling) than they gain. The first batch is started before
 * this returns, so the caller's own work overlaps it.
 */
export async function entriesHashMatch(entries: ReadonlyArray<Readonly<Record<string, unknown>>>, batch = 500): Promise<boolean[]> {
  const results: boolean[] = [];
  for (let start = 0; start < entries.length; start += batch) {
    results.push(...(await Promise.all(entries.slice(start, start + batch).map(entryHashMatches))));
  }
  return results;
}

/** Every field's value by digest key: the entry's own keys, then each decision field as `fields.<name>`. */
function digestedValues(stored: Readonly<Record<string, unknown>>): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const [key, value] of Object.entries(stored)) {
    if (UNDIGESTED.has(key) || value === undefined) continue;
    if (key === 'fields' && isRecord(value)) {
      for (const [name, item] of Object.entries(value)) if (item !== undefined) values.set(FIELD_PREFIX + name, item);
    } else {
      values.set(key, value);
    }
  }
  return values;
}

/** The name a problem report uses: a decision field by its own name, an entry key as is. */
function fieldName(key: string): string {
  return key.startsWith(FIELD_PREFIX) ? key.slice(FIELD_PREFIX.length) : key;
}

async function digest(key: string, value: unknown): Promise<string> {
  return (await sha256Hex(canonicalJson([key, value]))).slice(0, DIGEST_HEX);
}

/** The `digests` to store with a new entry (taken before `digests` and `hash` are added). */
export async function fieldDigests(stored: Readonly<Record<string, unknown>>): Promise<Record<string, string>> {
  const entries = await Promise.all([...digestedValues(stored)].map(async ([key, value]) => [key, await digest(key, value)] as const));
  return Object.fromEntries(entries);
}

/**
 * Which fields of an entry whose hash no longer matches were changed: those whose value no
 * longer matches its digest, those added since and those removed. When every field still
 * matches its digest, what was changed is the stored hash itself.
 */
export async function changedFields(stored: Readonly<Record<string, unknown>>): Promise<string[]> {
  const digests = stored['digests'];
  if (!isRecord(digests)) return ['digests'];
  const values = digestedValues(stored);
  const keys = [...new Set([...Object.keys(digests), ...values.keys()])];
  const matches = await Promise.all(
    keys.map(async (key) => values.has(key) && typeof digests[key] === 'string' && (await digest(key, values.get(key))) === digests[key]),
  );
  const changed = keys.filter((_, index) => !matches[index]).map(fieldName);
  return changed.length > 0 ? [...new Set(changed)].sort() : ['hash'];
}
