/**
 * Helpers the theory-of-change, problem-tree and force-field boards share: items are Y.Maps
 * in a Y.Map keyed by id (so an item added on two computers at once is two items, never a
 * duplicate of one), ordered by a fractional `rank` (ties broken by id) so a move writes only
 * the moved item's rank and concurrent moves never lose or duplicate an item.
 */
import * as Y from 'yjs';
import { newId } from '../../model/ids';
import { rankBetween } from '../meetings-doc';

export const BOARD_ID = /^[A-Za-z0-9_-]{1,80}$/;
export const BOARD_TEXT_MAX = 2000;

export function newBoardId(prefix: string): string {
  return newId(prefix, (bytes) => crypto.getRandomValues(bytes));
}

/** Runs `fn` in one transaction of the content's document (or directly when it is not in one yet). */
export function transact(content: Y.Map<unknown>, fn: () => void): void {
  const doc = content.doc;
  if (doc) doc.transact(fn);
  else fn();
}

/** The child Y.Map under `key`, created when missing or damaged. */
export function ensureMap(content: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const existing = content.get(key);
  if (existing instanceof Y.Map) return existing;
  const created = new Y.Map<unknown>();
  content.set(key, created);
  return created;
}

export function childMap(content: Y.Map<unknown>, key: string): Y.Map<unknown> | null {
  const value = content.get(key);
  return value instanceof Y.Map ? value : null;
}

/** A string field, trimmed to the limit; '' when missing or not a string. */
export function readText(entry: Y.Map<unknown>, key: string, max = BOARD_TEXT_MAX): string {
  const value = entry.get(key);
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export function cleanText(value: string, max = BOARD_TEXT_MAX): string {
  return value.trim().slice(0, max);
}

export function readRank(entry: Y.Map<unknown>): number {
  const rank = entry.get('rank');
  return typeof rank === 'number' && Number.isFinite(rank) ? rank : 0;
}

export interface RankedEntry {
  id: string;
  entry: Y.Map<unknown>;
  rank: number;
}

/** The valid entries of an items map, in order (rank, then id), optionally filtered. */
export function rankedEntries(items: Y.Map<unknown> | null, keep: (entry: Y.Map<unknown>) => boolean = () => true): RankedEntry[] {
  const out: RankedEntry[] = [];
  items?.forEach((entry, id) => {
    if (entry instanceof Y.Map && BOARD_ID.test(id) && keep(entry)) out.push({ id, entry, rank: readRank(entry) });
  });
  return out.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A rank after every entry. */
export function rankAfterAll(entries: readonly RankedEntry[]): number {
  return entries.length === 0 ? 1 : Math.max(...entries.map((item) => item.rank)) + 1;
}

/** Moves `id` to `toIndex` among `entries` (an ordered list that holds it), writing only ranks. */
export function moveRanked(entries: readonly RankedEntry[], id: string, toIndex: number): boolean {
  const from = entries.findIndex((item) => item.id === id);
  if (from < 0 || toIndex < 0 || toIndex >= entries.length || from === toIndex) return false;
  const others = entries.filter((item) => item.id !== id);
  let rank = rankBetween(others[toIndex - 1]?.rank, others[toIndex]?.rank);
  if (rank === null) {
    others.forEach((item, position) => item.entry.set('rank', (item.rank = position + 1)));
    rank = rankBetween(others[toIndex - 1]?.rank, others[toIndex]?.rank) as number;
  }
  entries[from]!.entry.set('rank', rank);
  return true;
}
