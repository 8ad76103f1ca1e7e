/**
 * Named versions and endorsements, kept in the document's own Y.Doc so they travel (and are
 * sealed) with the text they are about.
 *
 * A version is a Yjs snapshot (state vector + delete set) plus the hash of its content. The
 * delete set lists every deletion ever made, so it grows with the document's history; each
 * version therefore stores only the deletions made since the version it names as its `base`
 * (deletions are permanent in Yjs, so a later version's set contains its base's). Twenty
 * versions then cost about one delete set in all, not twenty. Its text is read back from the doc's history,
 * which is why document docs keep it (gc off). A doc whose history was collected — made
 * before that, or damaged — can hold a version whose text is gone: `versionContent` says so
 * rather than showing a wrong text.
 *
 * An endorsement records that a member organisation approved one version, by its hash: if
 * the version's content no longer hashes to it, the endorsement is flagged.
 */
import * as Y from 'yjs';
import type { BlockList } from '../model/template';
import { versionHash } from '../model/version-hash';
import { documentBlocks } from './document-blocks';

export const VERSIONS_NAME = 'versions';
export const ENDORSEMENTS_NAME = 'endorsements';

export const VERSION_NAME_MAX = 120;

/** The origin of the (change-free) transaction a version is read in. */
const READ_ORIGIN = 'accord-read-version';

export interface VersionRecord {
  id: string;
  name: string;
  author: string;
  /** ISO date-time. */
  createdAt: string;
  /**
   * `Y.encodeSnapshot` of the doc when the version was saved — with `base`, its delete set
   * holds only the deletions made since that version.
   */
  snapshot: Uint8Array;
  /** The earlier version whose deletions complete this one's. */
  base?: string;
  /** `versionHash` of the version's blocks. */
  hash: string;
}

export interface EndorsementRecord {
  id: string;
  /** The member organisation that endorsed. */
  organisationId: string;
  /** The individual through whom it endorsed (its delegate or alternate). */
  delegateId: string;
  versionId: string;
  /** The hash of the version as endorsed. */
  versionHash: string;
  /** When the organisation endorsed (`YYYY-MM-DD`). */
  date: string;
  /** Who recorded it on this computer, and when (ISO date-time). */
  recordedBy: string;
  recordedAt: string;
}

function versionsArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(VERSIONS_NAME);
}

function endorsementsArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(ENDORSEMENTS_NAME);
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Versions in the order they were saved; entries that are not versions (damaged, or from a newer app) are skipped. */
export function listVersions(doc: Y.Doc): VersionRecord[] {
  const out: VersionRecord[] = [];
  for (const entry of versionsArray(doc)) {
    if (!(entry instanceof Y.Map)) continue;
    const { id, name, author, createdAt, snapshot, hash, base } = Object.fromEntries(entry.entries()) as Record<string, unknown>;
    if (!isString(id) || !isString(name) || !isString(author) || !isString(createdAt) || !isString(hash)) continue;
    // A damaged entry keeps its place in the list; opening it says its data is missing.
    const record: VersionRecord = { id, name, author, createdAt, hash, snapshot: snapshot instanceof Uint8Array ? snapshot : new Uint8Array() };
    if (isString(base)) record.base = base;
    out.push(record);
  }
  return out;
}

export interface NewVersion {
  id: string;
  name: string;
  author: string;
  createdAt: string;
}

/**
 * Saves the document as it is now under a name. The snapshot and the blocks are taken
 * together (before the hash is awaited), so they describe the same moment.
 */
export async function saveVersion(doc: Y.Doc, version: NewVersion): Promise<VersionRecord> {
  const name = version.name.trim().slice(0, VERSION_NAME_MAX);
  if (!name) throw new Error('A version needs a name');
  const now = Y.snapshot(doc);
  const blocks = documentBlocks(doc);
  const { snapshot, base } = compactSnapshot(doc, now);
  const hash = await versionHash(blocks);
  const record: VersionRecord = { ...version, name, snapshot, hash };
  if (base) record.base = base;
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(record)) entry.set(key, value);
    versionsArray(doc).push([entry]);
  });
  return record;
}

export type VersionContent =
  | { ok: true; blocks: BlockList; hash: string; hashMatches: boolean }
  | { ok: false; reason: 'undecodable' | 'missing' };

/**
 * The version's text, read from the doc's history, and whether it still hashes to what was
 * recorded. Nothing is changed.
 */
export async function versionContent(doc: Y.Doc, version: Pick<VersionRecord, 'snapshot' | 'hash' | 'base'>): Promise<VersionContent> {
  const snapshot = fullSnapshot(version, new Map(listVersions(doc).map((item) => [item.id, item])));
  if (snapshot === 'undecodable' || snapshot === 'missing') return { ok: false, reason: snapshot };
  if (!historyCovers(doc, snapshot)) return { ok: false, reason: 'missing' };
  // One transaction for the whole reading: Yjs splits the items a snapshot cuts through once
  // per transaction, and a read per block would otherwise repeat it for every element.
  const blocks = doc.transact(() => documentBlocks(doc, snapshot), READ_ORIGIN);
  const hash = await versionHash(blocks);
  return { ok: true, blocks, hash, hashMatches: hash === version.hash };
}

/**
 * The snapshot to store for `now`: its deletions since the latest earlier version, when that
 * version reads back and all its deletions are among now's (else the whole delete set).
 */
function compactSnapshot(doc: Y.Doc, now: Y.Snapshot): { snapshot: Uint8Array; base?: string } {
  const versions = listVersions(doc);
  const latest = versions[versions.length - 1];
  const baseSnapshot = latest ? fullSnapshot(latest, new Map(versions.map((item) => [item.id, item]))) : null;
  const since = latest && baseSnapshot && typeof baseSnapshot !== 'string' ? deletionsSince(now.ds, baseSnapshot.ds) : null;
  if (!latest || !since) return { snapshot: Y.encodeSnapshot(now) };
  return { snapshot: Y.encodeSnapshot(Y.createSnapshot(since, now.sv)), base: latest.id };
}

/** A version's whole snapshot: its own deletions plus those of its bases (a base unreadable or gone: 'missing'). */
function fullSnapshot(version: Pick<VersionRecord, 'snapshot' | 'base'>, byId: ReadonlyMap<string, VersionRecord>): Y.Snapshot | 'undecodable' | 'missing' {
  const own = decodeSnapshot(version.snapshot);
  if (!own) return 'undecodable';
  const deleteSets = [own.ds];
  let base = version.base;
  // Bases are always earlier versions; the bound guards against a damaged (cyclic) chain.
  for (let depth = 0; base !== undefined; depth++) {
    const record = byId.get(base);
    const decoded = record && depth < byId.size ? decodeSnapshot(record.snapshot) : null;
    if (!record || !decoded) return 'missing';
    deleteSets.push(decoded.ds);
    base = record.base;
  }
  return deleteSets.length === 1 ? own : Y.createSnapshot(Y.mergeDeleteSets(deleteSets), own.sv);
}

type Ranges = ReadonlyArray<{ clock: number; len: number }>;
/** Yjs does not export the DeleteSet type by name. */
type DeleteSet = Y.Snapshot['ds'];

/** `current` minus `earlier`, or null when `earlier` holds a deletion `current` lacks. Both sorted and merged. */
function deletionsSince(current: DeleteSet, earlier: DeleteSet): DeleteSet | null {
  for (const [client, ranges] of earlier.clients) {
    const now = current.clients.get(client) ?? [];
    for (const range of ranges) if (!rangeDeleted(now, range.clock, range.clock + range.len)) return null;
  }
  const out = Y.createDeleteSet();
  for (const [client, ranges] of current.clients) {
    const left = subtractRanges(ranges, earlier.clients.get(client) ?? []);
    // Plain {clock, len} objects: all the encoder reads of a DeleteItem.
    if (left.length > 0) out.clients.set(client, left as unknown as (typeof ranges)[number][]);
  }
  return out;
}

function subtractRanges(ranges: Ranges, minus: Ranges): Array<{ clock: number; len: number }> {
  const out: Array<{ clock: number; len: number }> = [];
  let m = 0;
  for (const range of ranges) {
    let start = range.clock;
    const end = range.clock + range.len;
    while (m < minus.length && minus[m]!.clock + minus[m]!.len <= start) m++;
    for (let k = m; k < minus.length && minus[k]!.clock < end; k++) {
      const cut = minus[k]!;
      if (cut.clock > start) out.push({ clock: start, len: cut.clock - start });
      start = Math.max(start, cut.clock + cut.len);
    }
    if (start < end) out.push({ clock: start, len: end - start });
  }
  return out;
}

function decodeSnapshot(bytes: Uint8Array): Y.Snapshot | null {
  if (bytes.length === 0) return null;
  try {
    return Y.decodeSnapshot(bytes);
  } catch {
    return null;
  }
}

/**
 * True when everything the snapshot shows is still in the doc: every change it counts has
 * arrived, and nothing it shows as present has been garbage-collected since (a collected
 * item keeps its place but loses its content, so the text would silently lack it).
 */
export function historyCovers(doc: Y.Doc, snapshot: Y.Snapshot): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of snapshot.sv) {
    if ((have.get(client) ?? 0) < clock) return false;
  }
  for (const [client, structs] of doc.store.clients) {
    const upTo = snapshot.sv.get(client) ?? 0;
    const deleted = snapshot.ds.clients.get(client) ?? [];
    for (const struct of structs) {
      const start = struct.id.clock;
      if (start >= upTo) break;
      const lost = struct instanceof Y.GC || (struct instanceof Y.Item && struct.content instanceof Y.ContentDeleted);
      if (lost && !rangeDeleted(deleted, start, Math.min(start + struct.length, upTo))) return false;
    }
  }
  return true;
}

/** Whether [from, to) is wholly inside the (sorted, merged) deleted ranges of one client. */
function rangeDeleted(ranges: Ranges, from: number, to: number): boolean {
  let at = from;
  for (const range of ranges) {
    if (range.clock + range.len <= at) continue;
    if (range.clock > at) return false;
    at = range.clock + range.len;
    if (at >= to) return true;
  }
  return at >= to;
}

// ── endorsements ──────────────────────────────────────────────────────────────

export function listEndorsements(doc: Y.Doc): EndorsementRecord[] {
  const out: EndorsementRecord[] = [];
  for (const entry of endorsementsArray(doc)) {
    if (!(entry instanceof Y.Map)) continue;
    const value = Object.fromEntries(entry.entries()) as Record<string, unknown>;
    const keys = ['id', 'organisationId', 'delegateId', 'versionId', 'versionHash', 'date', 'recordedBy', 'recordedAt'] as const;
    if (keys.every((key) => isString(value[key]))) out.push(value as unknown as EndorsementRecord);
  }
  return out;
}

export function recordEndorsement(doc: Y.Doc, endorsement: EndorsementRecord): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(endorsement)) entry.set(key, value);
    endorsementsArray(doc).push([entry]);
  });
}

export type EndorsementState =
  /** The endorsed version is intact and is the current text. */
  | 'current'
  /** The endorsed version is intact; the text has changed since. */
  | 'text-changed'
  /** The version's content no longer hashes to what was endorsed (or was never that version). */
  | 'hash-mismatch'
  /** The version is not in the document, or its text cannot be read. */
  | 'version-missing';

/**
 * Checks every endorsement against its version's recomputed content and the current text.
 * `currentHash` is `versionHash(documentBlocks(doc))`. `recomputed` (version id → hash of its
 * content) may be kept between calls: a version's content does not change.
 */
export async function endorsementStates(doc: Y.Doc, currentHash: string, recomputed = new Map<string, string>()): Promise<Map<string, EndorsementState>> {
  const versions = new Map(listVersions(doc).map((version) => [version.id, version]));
  const states = new Map<string, EndorsementState>();
  for (const endorsement of listEndorsements(doc)) {
    const version = versions.get(endorsement.versionId);
    if (!version) {
      states.set(endorsement.id, 'version-missing');
      continue;
    }
    let hash: string | null | undefined = recomputed.get(version.id);
    if (hash === undefined) {
      const content = await versionContent(doc, version);
      hash = content.ok ? content.hash : null;
      // Unreadable now may be readable once the rest of the history has synced: not kept.
      if (hash !== null) recomputed.set(version.id, hash);
    }
    if (hash === null) states.set(endorsement.id, 'version-missing');
    else if (hash !== endorsement.versionHash) states.set(endorsement.id, 'hash-mismatch');
    else states.set(endorsement.id, hash === currentHash ? 'current' : 'text-changed');
  }
  return states;
}
