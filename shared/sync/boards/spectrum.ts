/**
 * Spectrum of allies (toolkit §3, figure 4; George Lakey): five segments from active allies
 * to active opposition; actors placed in one segment each; tactics noted per segment; and the
 * record of moves over time.
 *
 * Content: `placements` Y.Map actor id → segment (one value: a concurrent move converges on one
 * segment); `tactics` Y.Map segment → Y.Text (two members typing in the same notes both keep
 * their words); `history` Y.Array of moves, only ever appended to.
 */
import * as Y from 'yjs';
import { ACTOR_ID } from '../actors-doc';

export const SEGMENTS = ['active-allies', 'passive-allies', 'neutral', 'passive-opposition', 'active-opposition'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const TACTICS_MAX = 5000;

export interface Move {
  actorId: string;
  /** null: first placed on this board. */
  from: Segment | null;
  /** null: taken off the board. */
  to: Segment | null;
  /** ISO date-time. */
  at: string;
  /** Member id of who moved it, or ''. */
  by: string;
}

export function isSegment(value: unknown): value is Segment {
  return typeof value === 'string' && (SEGMENTS as readonly string[]).includes(value);
}

/** The segment one step towards the allies (-1) or the opposition (+1); null past either end. */
export function neighbourSegment(segment: Segment, towards: -1 | 1): Segment | null {
  const index = SEGMENTS.indexOf(segment) + towards;
  return index >= 0 && index < SEGMENTS.length ? SEGMENTS[index]! : null;
}

export function fillSpectrum(content: Y.Map<unknown>): void {
  content.set('placements', new Y.Map<unknown>());
  const tactics = new Y.Map<unknown>();
  for (const segment of SEGMENTS) tactics.set(segment, new Y.Text());
  content.set('tactics', tactics);
  content.set('history', new Y.Array<unknown>());
}

function mapChild(content: Y.Map<unknown>, key: string, create: boolean): Y.Map<unknown> | null {
  const existing = content.get(key);
  if (existing instanceof Y.Map) return existing;
  if (!create) return null;
  const created = new Y.Map<unknown>();
  content.set(key, created);
  return created;
}

const placementsOf = (content: Y.Map<unknown>, create = false) => mapChild(content, 'placements', create);
const tacticsOf = (content: Y.Map<unknown>, create = false) => mapChild(content, 'tactics', create);

function historyOf(content: Y.Map<unknown>, create = false): Y.Array<unknown> | null {
  const existing = content.get('history');
  if (existing instanceof Y.Array) return existing;
  if (!create) return null;
  const created = new Y.Array<unknown>();
  content.set('history', created);
  return created;
}

/** Actor id → segment, for every readable placement. */
export function readSegments(content: Y.Map<unknown>): Map<string, Segment> {
  const out = new Map<string, Segment>();
  placementsOf(content)?.forEach((segment, id) => {
    if (ACTOR_ID.test(id) && isSegment(segment)) out.set(id, segment);
  });
  return out;
}

function readMove(value: unknown): Move | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.actorId !== 'string' || !ACTOR_ID.test(record.actorId)) return null;
  const from = record.from === null || record.from === undefined ? null : isSegment(record.from) ? record.from : undefined;
  const to = record.to === null || record.to === undefined ? null : isSegment(record.to) ? record.to : undefined;
  if (from === undefined || to === undefined || typeof record.at !== 'string' || Number.isNaN(Date.parse(record.at))) return null;
  return { actorId: record.actorId, from, to, at: record.at, by: typeof record.by === 'string' && ACTOR_ID.test(record.by) ? record.by : '' };
}

/** Every readable move, in the order they were appended. */
export function readHistory(content: Y.Map<unknown>): Move[] {
  const out: Move[] = [];
  for (const value of historyOf(content)?.toArray() ?? []) {
    const move = readMove(value);
    if (move) out.push(move);
  }
  return out;
}

/** One actor's moves, oldest first (by time, then as appended). Pure. */
export function movesOf(history: readonly Move[], actorId: string): Move[] {
  return history
    .map((move, index) => ({ move, index }))
    .filter(({ move }) => move.actorId === actorId)
    .sort((a, b) => (a.move.at < b.move.at ? -1 : a.move.at > b.move.at ? 1 : a.index - b.index))
    .map(({ move }) => move);
}

/**
 * Puts an actor in a segment (or with null takes it off the board) and appends the move to the
 * history, in one transaction. No-op (false) when it is already there.
 */
export function moveToSegment(content: Y.Map<unknown>, actorId: string, to: Segment | null, options: { by?: string; now?: Date } = {}): boolean {
  if (!ACTOR_ID.test(actorId) || (to !== null && !isSegment(to))) return false;
  const current = readSegments(content).get(actorId) ?? null;
  if (current === to) return false;
  const write = () => {
    const placements = placementsOf(content, true)!;
    if (to === null) placements.delete(actorId);
    else placements.set(actorId, to);
    const move: Move = { actorId, from: current, to, at: (options.now ?? new Date()).toISOString(), by: options.by ?? '' };
    historyOf(content, true)!.push([move]);
  };
  if (content.doc) content.doc.transact(write);
  else write();
  return true;
}

/** The segment's tactics text (live Y.Text), created if missing. */
export function tacticsText(content: Y.Map<unknown>, segment: Segment): Y.Text {
  const tactics = tacticsOf(content, true)!;
  const existing = tactics.get(segment);
  if (existing instanceof Y.Text) return existing;
  const created = new Y.Text();
  tactics.set(segment, created);
  return created;
}

export function readTactics(content: Y.Map<unknown>): Record<Segment, string> {
  const tactics = tacticsOf(content);
  const out = {} as Record<Segment, string>;
  for (const segment of SEGMENTS) {
    const value = tactics?.get(segment);
    out[segment] = value instanceof Y.Text ? value.toString().slice(0, TACTICS_MAX) : typeof value === 'string' ? value.slice(0, TACTICS_MAX) : '';
  }
  return out;
}

/** Replaces the segment's tactics with `next`, writing only the changed middle (so a concurrent edit elsewhere in the text is kept). */
export function setTactics(content: Y.Map<unknown>, segment: Segment, next: string): void {
  const value = next.slice(0, TACTICS_MAX);
  const write = () => {
    const text = tacticsText(content, segment);
    const before = text.toString();
    if (before === value) return;
    let start = 0;
    while (start < before.length && start < value.length && before[start] === value[start]) start++;
    let endBefore = before.length;
    let endAfter = value.length;
    while (endBefore > start && endAfter > start && before[endBefore - 1] === value[endAfter - 1]) {
      endBefore--;
      endAfter--;
    }
    if (endBefore > start) text.delete(start, endBefore - start);
    if (endAfter > start) text.insert(start, value.slice(start, endAfter));
  };
  if (content.doc) content.doc.transact(write);
  else write();
}
