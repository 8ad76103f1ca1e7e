/**
 * Power map (toolkit §3, figures 2 and 3): actors placed on a grid of influence (low → high)
 * against support (opposed → supportive); the quadrant names the engagement strategy.
 *
 * Content: `placements`, a Y.Map actor id → a Y.Map per placement holding `position`, ONE plain
 * value `{ influence, support }` (each 0..1), plus who moved it last and when. The position is
 * one value, not two keys, so two members moving the same actor at once converge on one of the
 * two positions they chose — never on the influence of one and the support of the other.
 */
import * as Y from 'yjs';
import { ACTOR_ID } from '../actors-doc';

export const QUADRANTS = ['partner', 'awareness-raising', 'capacity-development', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface Position {
  /** 0 = low influence, 1 = high. */
  influence: number;
  /** 0 = opposed, 1 = supportive. */
  support: number;
}

/** Where the board is split: a value on the line counts as the higher side. */
export const MIDPOINT = 0.5;

/**
 * The toolkit's engagement strategy for a position: high influence and support → partner;
 * high influence, low support → awareness raising; low influence, high support → capacity
 * development; low and low → monitor.
 */
export function quadrantOf(influence: number, support: number): Quadrant {
  const { influence: i, support: s } = clampPosition({ influence, support });
  const high = i >= MIDPOINT;
  const supportive = s >= MIDPOINT;
  if (high) return supportive ? 'partner' : 'awareness-raising';
  return supportive ? 'capacity-development' : 'monitor';
}

function clamp01(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MIDPOINT;
  return Math.min(1, Math.max(0, value));
}

/** A position inside the board: out-of-range values are pulled to the nearest edge, garbage to the middle. */
export function clampPosition(position: Partial<Position> | null | undefined): Position {
  return { influence: clamp01(position?.influence), support: clamp01(position?.support) };
}

/** Rounded to 3 decimals: what is stored (keeps the doc small, and equal positions equal). */
export function tidyPosition(position: Position): Position {
  const clamped = clampPosition(position);
  return { influence: Math.round(clamped.influence * 1000) / 1000, support: Math.round(clamped.support * 1000) / 1000 };
}

export type Direction = 'up' | 'down' | 'left' | 'right';
/** A keyboard step and a big (Shift) step. */
export const STEP = 0.05;
export const BIG_STEP = 0.2;

/**
 * One keyboard move: up = more influence, right = more support in the reading direction
 * (`rtl` mirrors left and right, as the board is mirrored). Stays inside the board.
 */
export function nudge(position: Position, direction: Direction, step: number, rtl = false): Position {
  const { influence, support } = clampPosition(position);
  const towardsSupport = (direction === 'right') !== rtl;
  switch (direction) {
    case 'up':
      return tidyPosition({ influence: influence + step, support });
    case 'down':
      return tidyPosition({ influence: influence - step, support });
    default:
      return tidyPosition({ influence, support: support + (towardsSupport ? step : -step) });
  }
}

/** Five words for a level (0 very low … 4 very high), for the list view and announcements. */
export function levelOf(value: number): 0 | 1 | 2 | 3 | 4 {
  const v = clamp01(value);
  return Math.min(4, Math.floor(v * 5)) as 0 | 1 | 2 | 3 | 4;
}

/** Fills a new board's content (in the transaction that creates it). */
export function fillPowerMap(content: Y.Map<unknown>): void {
  content.set('placements', new Y.Map<unknown>());
}

function placementsOf(content: Y.Map<unknown>, create: boolean): Y.Map<unknown> | null {
  const existing = content.get('placements');
  if (existing instanceof Y.Map) return existing;
  if (!create) return null;
  const created = new Y.Map<unknown>();
  content.set('placements', created);
  return created;
}

function readPosition(entry: unknown): Position | null {
  // A Y.Map per placement; a plain object is accepted too (a hand-edited file).
  const raw = entry instanceof Y.Map ? entry.get('position') : entry;
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  if (typeof record.influence !== 'number' || typeof record.support !== 'number') return null;
  return clampPosition({ influence: record.influence, support: record.support });
}

/** Actor id → position, for every readable placement. */
export function readPlacements(content: Y.Map<unknown>): Map<string, Position> {
  const out = new Map<string, Position>();
  placementsOf(content, false)?.forEach((entry, id) => {
    if (!ACTOR_ID.test(id)) return;
    const position = readPosition(entry);
    if (position) out.set(id, position);
  });
  return out;
}

/** Places or moves an actor (clamped inside the board). */
export function placeActor(content: Y.Map<unknown>, actorId: string, position: Position, by = ''): void {
  if (!ACTOR_ID.test(actorId)) return;
  const write = () => {
    const placements = placementsOf(content, true)!;
    const tidy = tidyPosition(position);
    let entry = placements.get(actorId);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      placements.set(actorId, entry);
    }
    const map = entry as Y.Map<unknown>;
    const current = readPosition(map);
    if (current && current.influence === tidy.influence && current.support === tidy.support) return;
    map.set('position', tidy);
    map.set('by', by);
    map.set('at', new Date().toISOString());
  };
  if (content.doc) content.doc.transact(write);
  else write();
}

/** Takes an actor off the board (it goes back to the tray). */
export function unplaceActor(content: Y.Map<unknown>, actorId: string): boolean {
  const placements = placementsOf(content, false);
  if (!placements?.has(actorId)) return false;
  placements.delete(actorId);
  return true;
}
