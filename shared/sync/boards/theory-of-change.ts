/**
 * Theory of change board (toolkit §3): chains of "If … (action), then … (goal), because …
 * (reasons)". A chain's outcome can lead to another chain, building the bigger picture.
 *
 * Layout of the board's content Y.Map:
 *
 *   chains: Y.Map  id -> Y.Map { if, then, because, rank }
 *   links:  Y.Map  'fromId>toId' -> true     ("the Then of `from` leads to the If of `to`")
 *
 * Links are keyed by their ends, so the same link made twice at once is one link. The UI
 * refuses a link that would close a cycle; two members may still close one at the same
 * moment, so reading drops (deterministically, in key order) any link that would.
 */
import * as Y from 'yjs';
import type { BlockList } from '../../model/template';
import { BOARD_ID, childMap, cleanText, ensureMap, moveRanked, newBoardId, rankAfterAll, rankedEntries, readText, transact } from './ranked';

export interface TocChain {
  id: string;
  if: string;
  then: string;
  because: string;
}

export interface TocLink {
  from: string;
  to: string;
}

export interface TheoryOfChange {
  /** In order. */
  chains: TocChain[];
  /** Only links between chains that exist, without cycles. */
  links: TocLink[];
}

export type TocField = 'if' | 'then' | 'because';
export const TOC_FIELDS: readonly TocField[] = ['if', 'then', 'because'];

export type LinkResult = { ok: true } | { ok: false; reason: 'missing' | 'self' | 'exists' | 'cycle' };

const CHAINS = 'chains';
const LINKS = 'links';
const linkKey = (from: string, to: string) => `${from}>${to}`;

function parseLinkKey(key: string): TocLink | null {
  const [from, to, extra] = key.split('>');
  if (extra !== undefined || !from || !to || !BOARD_ID.test(from) || !BOARD_ID.test(to) || from === to) return null;
  return { from, to };
}

/** Whether `to` can already reach `from` through `links` (so from → to would close a cycle). */
function reaches(links: readonly TocLink[], start: string, target: string): boolean {
  const next = new Map<string, string[]>();
  for (const link of links) next.set(link.from, [...(next.get(link.from) ?? []), link.to]);
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === target) return true;
    if (seen.has(node)) continue;
    seen.add(node);
    stack.push(...(next.get(node) ?? []));
  }
  return false;
}

export function readTheoryOfChange(content: Y.Map<unknown>): TheoryOfChange {
  const chains = rankedEntries(childMap(content, CHAINS)).map(({ id, entry }) => ({
    id,
    if: readText(entry, 'if'),
    then: readText(entry, 'then'),
    because: readText(entry, 'because'),
  }));
  const ids = new Set(chains.map((chain) => chain.id));
  const candidates: TocLink[] = [];
  childMap(content, LINKS)?.forEach((value, key) => {
    const link = value === true ? parseLinkKey(key) : null;
    if (link && ids.has(link.from) && ids.has(link.to)) candidates.push(link);
  });
  candidates.sort((a, b) => (linkKey(a.from, a.to) < linkKey(b.from, b.to) ? -1 : 1));
  const links: TocLink[] = [];
  for (const link of candidates) if (!reaches(links, link.to, link.from)) links.push(link);
  return { chains, links };
}

/** Adds a chain at the end; returns its id. */
export function addChain(content: Y.Map<unknown>, input: Partial<Record<TocField, string>> = {}): string {
  const id = newBoardId('chain');
  transact(content, () => {
    const chains = ensureMap(content, CHAINS);
    const entry = new Y.Map<unknown>();
    for (const field of TOC_FIELDS) entry.set(field, cleanText(input[field] ?? ''));
    entry.set('rank', rankAfterAll(rankedEntries(chains)));
    chains.set(id, entry);
  });
  return id;
}

export function updateChain(content: Y.Map<unknown>, id: string, field: TocField, text: string): boolean {
  const entry = childMap(content, CHAINS)?.get(id);
  if (!(entry instanceof Y.Map) || !TOC_FIELDS.includes(field)) return false;
  const value = cleanText(text);
  if (entry.get(field) !== value) entry.set(field, value);
  return true;
}

/** Removes a chain and every link to or from it. */
export function removeChain(content: Y.Map<unknown>, id: string): boolean {
  const chains = childMap(content, CHAINS);
  if (!chains?.has(id)) return false;
  transact(content, () => {
    chains.delete(id);
    const links = childMap(content, LINKS);
    if (!links) return;
    for (const key of [...links.keys()]) {
      const link = parseLinkKey(key);
      if (!link || link.from === id || link.to === id) links.delete(key);
    }
  });
  return true;
}

export function moveChain(content: Y.Map<unknown>, id: string, toIndex: number): boolean {
  let moved = false;
  transact(content, () => {
    moved = moveRanked(rankedEntries(childMap(content, CHAINS)), id, toIndex);
  });
  return moved;
}

/** Whether linking from → to is allowed now (the same check linkChains makes). */
export function checkLink(board: TheoryOfChange, from: string, to: string): LinkResult {
  const ids = new Set(board.chains.map((chain) => chain.id));
  if (!ids.has(from) || !ids.has(to)) return { ok: false, reason: 'missing' };
  if (from === to) return { ok: false, reason: 'self' };
  if (board.links.some((link) => link.from === from && link.to === to)) return { ok: false, reason: 'exists' };
  if (reaches(board.links, to, from)) return { ok: false, reason: 'cycle' };
  return { ok: true };
}

/** "The Then of `from` leads to the If of `to`"; refused when it would make a cycle. */
export function linkChains(content: Y.Map<unknown>, from: string, to: string): LinkResult {
  const result = checkLink(readTheoryOfChange(content), from, to);
  if (result.ok) transact(content, () => ensureMap(content, LINKS).set(linkKey(from, to), true));
  return result;
}

export function unlinkChains(content: Y.Map<unknown>, from: string, to: string): boolean {
  const links = childMap(content, LINKS);
  if (!links?.has(linkKey(from, to))) return false;
  links.delete(linkKey(from, to));
  return true;
}

/**
 * Layers for drawing the bigger picture: each chain's depth is the longest path of links
 * that leads to it (chains nothing leads to are at 0), so every link points forward.
 */
export function chainLayers(board: TheoryOfChange): Map<string, number> {
  const depth = new Map(board.chains.map((chain) => [chain.id, 0]));
  // The links are acyclic: relaxing them as many times as there are chains settles every depth.
  for (let pass = 0; pass < board.chains.length; pass += 1) {
    let changed = false;
    for (const link of board.links) {
      const wanted = (depth.get(link.from) ?? 0) + 1;
      if (wanted > (depth.get(link.to) ?? 0)) {
        depth.set(link.to, wanted);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return depth;
}

export interface TocLabels {
  heading: string;
  chain: (position: number) => string;
  if: string;
  then: string;
  because: string;
  leadsTo: string;
  empty: string;
  blank: string;
}

export const TOC_LABELS_EN: TocLabels = {
  heading: 'Theory of change',
  chain: (position) => `Chain ${position}`,
  if: 'If',
  then: 'Then',
  because: 'Because',
  leadsTo: 'Leads to',
  empty: 'No chains yet.',
  blank: '(not filled in)',
};

/** The board as structured text for exports: a heading per chain, If / Then / Because, and what it leads to. */
export function theoryOfChangeBlocks(content: Y.Map<unknown>, title?: string, labels: TocLabels = TOC_LABELS_EN): BlockList {
  const board = readTheoryOfChange(content);
  const blocks: BlockList = [{ type: 'heading', level: 2, text: title ?? labels.heading }];
  if (board.chains.length === 0) return [...blocks, { type: 'paragraph', text: labels.empty }];
  const position = new Map(board.chains.map((chain, index) => [chain.id, index + 1]));
  board.chains.forEach((chain, index) => {
    const or = (text: string) => text || labels.blank;
    blocks.push({ type: 'heading', level: 3, text: labels.chain(index + 1) });
    const items = [`${labels.if}: ${or(chain.if)}`, `${labels.then}: ${or(chain.then)}`, `${labels.because}: ${or(chain.because)}`];
    const targets = board.links.filter((link) => link.from === chain.id).map((link) => labels.chain(position.get(link.to)!));
    if (targets.length > 0) items.push(`${labels.leadsTo}: ${targets.join(', ')}`);
    blocks.push({ type: 'bullets', items });
  });
  return blocks;
}
