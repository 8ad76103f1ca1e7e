/**
 * The decision log of a workspace: every confirmed outcome, kept in the workspace's Y.Doc.
 *
 * Storage. Map `decisionLog`: entry id → the entry as one plain JSON value, written once and
 * never changed (append-only by convention: nothing here edits or deletes an entry; an
 * amendment or reversal is a new entry naming the one it changes). Map `decisionLogSeen`:
 * entry id → its hash, written in the same transaction as the entry. Neither is trusted on
 * reading: verification recomputes everything from what is stored.
 *
 * Linking. Each entry names as `parents` the hashes of the log's heads (the entries nothing
 * follows yet) when it was recorded, and its own hash covers its parents. The log is thus a
 * chain that may fork: two computers recording while offline each append to the same heads,
 * both entries stay valid, and the next entry recorded after they met follows both.
 *
 * Order and numbers. "Decision 12" is the 12th entry of a topological order of that graph —
 * an entry always comes after the entries it follows — where, among entries that could come
 * next, the earlier `recordedAt` goes first, then the smaller hash. It depends only on the
 * stored entries, so every computer holding the same entries numbers them the same. The
 * cost: an entry recorded offline and synced later is placed by when it was recorded, so
 * entries recorded elsewhere in the meantime may move up by one when it arrives.
 *
 * What verification detects (verifyDecisionLog):
 * - any field of an entry changed, added or removed by hand: its hash no longer matches,
 *   and its per-field digests say which field (shared/model/decision-log-hash.ts);
 * - an entry deleted: its id is still in `decisionLogSeen`, or the entries that follow or
 *   amend it still name it (with only the hash known, the entry that follows is named);
 * - an entry rewritten consistently (hash recomputed): the hash `decisionLogSeen` holds, or
 *   the one the entries that follow it name, no longer matches.
 * Limits, honestly: hashes are not signatures. Someone with edit access who rewrites or
 * deletes the newest entries together with their `decisionLogSeen` records, or rewrites the
 * whole chain consistently, leaves a log that verifies — unless a computer remembers what it
 * saw before outside the shared data: pass that memory as `remembered` (e.g. id → hash kept
 * in local storage), and a change made on another computer is still reported.
 */
import * as Y from 'yjs';
import { changedFields, entriesHashMatch, entryHash, fieldDigests, isSha256Hex, withSortedKeys, type JsonValue } from '../model/decision-log-hash';
import { newId } from '../model/ids';
import { isRecord } from '../model/records';

const LOG = 'decisionLog';
const SEEN = 'decisionLogSeen';
/** Stored in every entry (and so covered by its hash), for a later format to tell itself apart. */
const FORMAT = 1;

export interface DecisionFields {
  /** The day the decision was taken (ISO date). */
  date: string;
  meetingId?: string;
  title: string;
  text: string;
  /** A decision method id (see decision-rules.ts); a string, so one from a newer version still reads. */
  method: string;
  /** The count as the meeting recorded it (for, against, abstentions, blocks…). */
  tally: JsonValue;
  outcome: string;
  rationale: string;
  /** The entry this one amends, or reverses (an entry id). */
  amends?: string;
  reverses?: string;
  /** The proposal whose outcome this entry records; absent in entries recorded without one. */
  proposalId?: string;
}

export interface LogEntry {
  id: string;
  hash: string;
  parents: string[];
  recordedAt: string;
  recordedBy: string;
  fields: DecisionFields;
}

export interface NumberedEntry extends LogEntry {
  /** Position in the log's order, from 1: "Decision 12". */
  number: number;
}

export type LogProblemKind = 'altered' | 'missing' | 'bad-parent' | 'malformed';

export interface LogProblem {
  kind: LogProblemKind;
  /** altered/malformed: the entry; missing: the entry gone, when its id is known; bad-parent: the entry whose predecessor is gone. */
  entryId?: string;
  /** The entry's number, when it is in the log and readable. */
  number?: number;
  /** altered: the field changed, when it can be told. */
  field?: string;
  /** missing: its hash when known; bad-parent: the parent hash that no entry has. */
  hash?: string;
  /** missing: the numbers of the entries that follow or amend the missing one. */
  referencedBy?: number[];
}

export type LogVerification = { ok: true; count: number } | { ok: false; count: number; problems: LogProblem[] };

export function decisionLogMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(LOG);
}

export function decisionLogSeenMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(SEEN);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function readFields(value: Record<string, unknown>): DecisionFields {
  const fields: DecisionFields = {
    date: text(value['date']),
    title: text(value['title']),
    text: text(value['text']),
    method: text(value['method']),
    tally: (value['tally'] ?? null) as JsonValue,
    outcome: text(value['outcome']),
    rationale: text(value['rationale']),
  };
  const meetingId = optionalText(value['meetingId']);
  const amends = optionalText(value['amends']);
  const reverses = optionalText(value['reverses']);
  const proposalId = optionalText(value['proposalId']);
  if (meetingId !== undefined) fields.meetingId = meetingId;
  if (amends !== undefined) fields.amends = amends;
  if (reverses !== undefined) fields.reverses = reverses;
  if (proposalId !== undefined) fields.proposalId = proposalId;
  return fields;
}

/**
 * An entry as the map holds it, or null when it cannot be placed in the log at all (not an
 * object, no valid hash, parents or fields). Wrongly typed fields read as empty: the hash
 * check reports them.
 */
function readEntry(id: string, value: unknown): LogEntry | null {
  if (!isRecord(value)) return null;
  const { hash, parents, fields } = value;
  if (!isSha256Hex(hash) || !Array.isArray(parents) || !parents.every(isSha256Hex) || !isRecord(fields)) return null;
  return { id, hash, parents: [...parents], recordedAt: text(value['recordedAt']), recordedBy: text(value['recordedBy']), fields: readFields(fields) };
}

function compareEntries(a: LogEntry, b: LogEntry): number {
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
  if (a.hash !== b.hash) return a.hash < b.hash ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The log's order (see the top of the file). Parents no entry has are ignored, so a damaged
 * log still has an order; entries caught in a cycle (only possible with forged hashes) go
 * last, by recordedAt and hash.
 */
export function orderEntries(entries: readonly LogEntry[]): LogEntry[] {
  const byHash = new Map<string, LogEntry[]>();
  for (const entry of entries) byHash.set(entry.hash, [...(byHash.get(entry.hash) ?? []), entry]);
  const waitingOn = new Map<LogEntry, number>();
  const followers = new Map<LogEntry, LogEntry[]>();
  for (const entry of entries) {
    let count = 0;
    for (const parentHash of new Set(entry.parents)) {
      for (const parent of byHash.get(parentHash) ?? []) {
        if (parent === entry) continue;
        count++;
        followers.set(parent, [...(followers.get(parent) ?? []), entry]);
      }
    }
    waitingOn.set(entry, count);
  }
  // Entries free to come next, sorted last-first so the next one pops off the end.
  const ready = entries.filter((entry) => waitingOn.get(entry) === 0).sort((a, b) => compareEntries(b, a));
  const insert = (entry: LogEntry) => {
    let low = 0;
    let high = ready.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareEntries(ready[middle]!, entry) > 0) low = middle + 1;
      else high = middle;
    }
    ready.splice(low, 0, entry);
  };
  const ordered: LogEntry[] = [];
  while (ready.length > 0) {
    const next = ready.pop()!;
    ordered.push(next);
    for (const follower of followers.get(next) ?? []) {
      const left = waitingOn.get(follower)! - 1;
      waitingOn.set(follower, left);
      if (left === 0) insert(follower);
    }
  }
  if (ordered.length < entries.length) {
    const placed = new Set(ordered);
    ordered.push(...entries.filter((entry) => !placed.has(entry)).sort(compareEntries));
  }
  return ordered;
}

function readableEntries(doc: Y.Doc): LogEntry[] {
  const entries: LogEntry[] = [];
  decisionLogMap(doc).forEach((value, id) => {
    const entry = readEntry(id, value);
    if (entry) entries.push(entry);
  });
  return entries;
}

/** Every readable entry, in the log's order, numbered from 1. Unreadable ones are left out (verification reports them). */
export function listDecisions(doc: Y.Doc): NumberedEntry[] {
  return orderEntries(readableEntries(doc)).map((entry, index) => ({ ...entry, number: index + 1 }));
}

/** Whether an entry records the outcome of this proposal (read straight from the stored entries: no ordering needed). */
export function hasDecisionFor(doc: Y.Doc, proposalId: string): boolean {
  for (const value of decisionLogMap(doc).values()) {
    if (isRecord(value) && isRecord(value['fields']) && value['fields']['proposalId'] === proposalId) return true;
  }
  return false;
}

/**
 * For each entry that records the same proposal as others, those others, in log order. Two
 * chairs confirming one proposal on two computers before either saw the other's entry both
 * record it; the log only grows, so both stay, and the screens say so.
 */
export function sameProposalRecords<T extends LogEntry>(entries: readonly T[]): Map<string, T[]> {
  const byProposal = new Map<string, T[]>();
  for (const entry of entries) {
    const proposalId = entry.fields.proposalId;
    if (proposalId !== undefined) byProposal.set(proposalId, [...(byProposal.get(proposalId) ?? []), entry]);
  }
  const others = new Map<string, T[]>();
  for (const group of byProposal.values()) {
    if (group.length < 2) continue;
    for (const entry of group) others.set(entry.id, group.filter((other) => other !== entry));
  }
  return others;
}

/** Hashes of the entries nothing follows yet, sorted: what a new entry follows. */
export function logHeads(entries: ReadonlyArray<Pick<LogEntry, 'hash' | 'parents'>>): string[] {
  const followed = new Set(entries.flatMap((entry) => entry.parents));
  return [...new Set(entries.map((entry) => entry.hash).filter((hash) => !followed.has(hash)))].sort();
}

/** Only the known fields, optional ones when given, the tally as plain JSON. */
function storedFields(fields: DecisionFields): Record<string, JsonValue> {
  const stored: Record<string, JsonValue> = {
    date: fields.date,
    title: fields.title,
    text: fields.text,
    method: fields.method,
    tally: JSON.parse(JSON.stringify(fields.tally ?? null)) as JsonValue,
    outcome: fields.outcome,
    rationale: fields.rationale,
  };
  if (fields.meetingId !== undefined) stored['meetingId'] = fields.meetingId;
  if (fields.amends !== undefined) stored['amends'] = fields.amends;
  if (fields.reverses !== undefined) stored['reverses'] = fields.reverses;
  if (fields.proposalId !== undefined) stored['proposalId'] = fields.proposalId;
  return stored;
}

/** The current heads, reading only hashes and parents (appending to a long log stays cheap). */
function currentHeads(doc: Y.Doc): string[] {
  const followed = new Set<unknown>();
  const hashes: unknown[] = [];
  for (const value of decisionLogMap(doc).values()) {
    if (!isRecord(value)) continue;
    hashes.push(value['hash']);
    if (Array.isArray(value['parents'])) for (const parent of value['parents']) followed.add(parent);
  }
  return [...new Set(hashes.filter((hash): hash is string => !followed.has(hash) && isSha256Hex(hash)))].sort();
}

async function recordEntry(doc: Y.Doc, fields: DecisionFields, recordedBy: string, recordedAt: string): Promise<LogEntry> {
  for (const target of [fields.amends, fields.reverses]) {
    if (target !== undefined && readEntry(target, decisionLogMap(doc).get(target)) === null) {
      throw new RangeError(`No decision log entry ${target} to amend or reverse`);
    }
  }
  const id = newId('dec', (bytes) => crypto.getRandomValues(bytes));
  const content: Record<string, JsonValue> = { v: FORMAT, id, parents: currentHeads(doc), recordedAt, recordedBy, fields: storedFields(fields) };
  const withDigests = { ...content, digests: await fieldDigests(content) };
  const hash = await entryHash(withDigests);
  doc.transact(() => {
    // Keys sorted, so the stored JSON is the canonical text (see entryHashMatches).
    decisionLogMap(doc).set(id, withSortedKeys({ ...withDigests, hash }));
    decisionLogSeenMap(doc).set(id, hash);
  });
  return readEntry(id, decisionLogMap(doc).get(id))!;
}

/** Appends on one doc run one after another, so this computer's own entries form a chain rather than forks. */
const appendQueues = new WeakMap<Y.Doc, Promise<unknown>>();

/**
 * Records a confirmed outcome after the log's current heads. Its number is its place in
 * listDecisions (it may move up by one when an entry recorded offline elsewhere arrives).
 * Throws a RangeError when `amends`/`reverses` names an entry the log does not have.
 */
export function appendDecision(doc: Y.Doc, fields: DecisionFields, recordedBy: string, recordedAt = new Date().toISOString()): Promise<LogEntry> {
  const previous = appendQueues.get(doc) ?? Promise.resolve();
  const next = previous.then(
    () => recordEntry(doc, fields, recordedBy, recordedAt),
    () => recordEntry(doc, fields, recordedBy, recordedAt),
  );
  appendQueues.set(doc, next);
  return next;
}

function sortKey(problem: LogProblem): number {
  return problem.number ?? problem.referencedBy?.[0] ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Checks the whole log: every entry's hash recomputed, every entry ever recorded still there,
 * every entry an entry follows or amends still there. `remembered`: id → hash of entries this
 * computer saw earlier, kept outside the shared data (see the top of the file).
 */
export async function verifyDecisionLog(doc: Y.Doc, options: { remembered?: ReadonlyMap<string, string> } = {}): Promise<LogVerification> {
  const problems: LogProblem[] = [];
  const log = decisionLogMap(doc);
  const stored = new Map<string, Record<string, unknown>>();
  const readable: LogEntry[] = [];
  /** Hashes of entries present but unreadable: entries following them are not also reported. */
  const unreadableHashes = new Set<string>();
  log.forEach((value, id) => {
    const entry = readEntry(id, value);
    if (entry) {
      readable.push(entry);
      stored.set(id, value as Record<string, unknown>);
    } else {
      problems.push({ kind: 'malformed', entryId: id });
      if (isRecord(value) && isSha256Hex(value['hash'])) unreadableHashes.add(value['hash']);
    }
  });
  // Every entry's hash, recomputed: WebCrypto digests run off the main thread, so the order is built meanwhile.
  const hashing = entriesHashMatch(readable.map((entry) => stored.get(entry.id)!));
  const ordered = orderEntries(readable);
  const numberOf = new Map(ordered.map((entry, index) => [entry.id, index + 1]));
  const byHash = new Set(readable.map((entry) => entry.hash));
  const intact = await hashing;

  // An entry whose hash fails is named with each field changed.
  const altered = new Set<string>();
  for (const [index, entry] of readable.entries()) {
    const value = stored.get(entry.id)!;
    const moved = value['id'] !== entry.id;
    if (intact[index] && !moved) continue;
    altered.add(entry.id);
    const fields = intact[index] ? [] : await changedFields(value);
    for (const field of moved && !fields.includes('id') ? [...fields, 'id'] : fields) {
      problems.push({ kind: 'altered', entryId: entry.id, number: numberOf.get(entry.id)!, field });
    }
  }

  // What was recorded before: ids (and hashes) from `decisionLogSeen` and the caller's memory.
  const claims: Array<[string, unknown]> = [...decisionLogSeenMap(doc).entries(), ...(options.remembered ?? new Map<string, string>())];
  const missing = new Map<string, LogProblem>();
  const hashOwner = new Map<string, string>();
  for (const [id, hash] of claims) {
    if (isSha256Hex(hash)) hashOwner.set(hash, id);
    if (!log.has(id)) {
      const problem = missing.get(id) ?? { kind: 'missing', entryId: id, referencedBy: [] };
      if (isSha256Hex(hash)) problem.hash = hash;
      missing.set(id, problem);
    }
  }
  const currentHash = new Map(readable.map((entry) => [entry.id, entry.hash]));
  for (const [id, hash] of claims) {
    const current = currentHash.get(id);
    if (current === undefined || !isSha256Hex(hash) || current === hash || altered.has(id)) continue;
    // Rewritten with a freshly computed hash: which field changed cannot be told any more.
    altered.add(id);
    problems.push({ kind: 'altered', entryId: id, number: numberOf.get(id)! });
  }

  const referenceMissing = (id: string, by: number, hash?: string) => {
    const problem = missing.get(id) ?? { kind: 'missing', entryId: id, referencedBy: [] };
    if (hash) problem.hash = hash;
    if (!problem.referencedBy!.includes(by)) problem.referencedBy!.push(by);
    missing.set(id, problem);
  };
  for (const entry of ordered) {
    // An altered entry's own parents and references are not to be trusted: its alteration is the report.
    if (altered.has(entry.id)) continue;
    const number = numberOf.get(entry.id)!;
    for (const parent of entry.parents) {
      if (byHash.has(parent) || unreadableHashes.has(parent)) continue;
      const owner = hashOwner.get(parent);
      if (owner === undefined) problems.push({ kind: 'bad-parent', entryId: entry.id, number, hash: parent });
      else if (!log.has(owner)) referenceMissing(owner, number, parent);
      // else: the owner is there with another hash, reported as altered above.
    }
    for (const target of [entry.fields.amends, entry.fields.reverses]) {
      if (target !== undefined && !log.has(target)) referenceMissing(target, number);
    }
  }
  for (const problem of missing.values()) {
    problem.referencedBy!.sort((a, b) => a - b);
    problems.push(problem);
  }

  const count = readable.length;
  if (problems.length === 0) return { ok: true, count };
  const byText = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);
  problems.sort((a, b) => sortKey(a) - sortKey(b) || byText(a.kind, b.kind) || byText(a.entryId, b.entryId) || byText(a.field, b.field));
  return { ok: false, count, problems };
}

export function observeDecisionLog(doc: Y.Doc, listener: () => void): () => void {
  const log = decisionLogMap(doc);
  log.observe(listener);
  return () => log.unobserve(listener);
}
