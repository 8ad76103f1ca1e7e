/**
 * What changed between two versions of a document, for the comparison view: blocks are aligned
 * first (an unchanged paragraph is never re-read word by word), then the blocks that changed
 * are compared word by word — list items one by one, tables row by row and cell by cell.
 * A word whose text stayed but whose formatting changed is marked as such, not as a deletion
 * plus an insertion.
 *
 * The alignments use jsdiff's `diffArrays` (Myers' O(ND) algorithm, so a long document that
 * differs in a few places costs little).
 */
import { diffArrays } from 'diff';
import { canonicalBlockKey, canonicalRuns } from './version-hash';
import type { Block, BlockList, Inline, InlineFormat } from './template';

export type SegmentChange = 'same' | 'inserted' | 'deleted';

export interface Segment {
  change: SegmentChange;
  text: string;
  formats?: InlineFormat[];
  href?: string;
  /** Same text as before, other formatting (bold, italic, underline, link). */
  formatChanged?: boolean;
}

export type DiffChange = 'same' | 'inserted' | 'deleted' | 'changed';

export interface TextDiff {
  change: DiffChange;
  segments: Segment[];
}

export type BlockDiff =
  | ({ type: 'heading'; level: 1 | 2 | 3 } & TextDiff)
  | ({ type: 'paragraph' | 'quote' } & TextDiff)
  | { type: 'bullets' | 'numbered'; change: DiffChange; items: TextDiff[] }
  | { type: 'table'; change: DiffChange; header: TextDiff[]; rows: { change: DiffChange; cells: TextDiff[] }[] };

export interface VersionDiff {
  blocks: BlockDiff[];
  /** Inserted passages: each run of inserted words, inserted block, item, row or cell counts once. */
  insertions: number;
  deletions: number;
  /** Passages whose text stayed and whose formatting changed. */
  formatting: number;
}

type TextBlock = Extract<Block, { type: 'heading' | 'paragraph' | 'quote' }>;
type Counts = Pick<VersionDiff, 'insertions' | 'deletions' | 'formatting'>;

export function diffVersions(before: BlockList, after: BlockList): VersionDiff {
  const counts: Counts = { insertions: 0, deletions: 0, formatting: 0 };
  const oldBlocks = before.filter((block) => block.type !== 'guidance');
  const newBlocks = after.filter((block) => block.type !== 'guidance');
  const blocks: BlockDiff[] = [];
  alignSequences(oldBlocks, newBlocks, canonicalBlockKey, canPair, blockWords, {
    same: (block) => blocks.push(wholeBlock(block, 'same')),
    deleted: (block) => {
      counts.deletions++;
      blocks.push(wholeBlock(block, 'deleted'));
    },
    inserted: (block) => {
      counts.insertions++;
      blocks.push(wholeBlock(block, 'inserted'));
    },
    paired: (oldBlock, newBlock) => blocks.push(diffBlock(oldBlock, newBlock, counts)),
  });
  return { blocks, ...counts };
}

interface AlignHandlers<T> {
  same(item: T): void;
  deleted(item: T): void;
  inserted(item: T): void;
  /** An old item and the new item it became. */
  paired(oldItem: T, newItem: T): void;
}

/**
 * Aligns two sequences on their keys; within each run of changes, pairs old and new items that
 * are alike (same kind, words in common) so they are compared word by word, in order.
 */
function alignSequences<T>(
  oldItems: readonly T[],
  newItems: readonly T[],
  key: (item: T) => string,
  pairable: (a: T, b: T) => boolean,
  words: (item: T) => string[],
  handlers: AlignHandlers<T>,
): void {
  const changes = diffArrays(oldItems.map(key), newItems.map(key));
  let oldIndex = 0;
  let newIndex = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flush = () => {
    if (removed.length > 0 || added.length > 0) pairHunk(removed, added, pairable, words, handlers);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) {
      removed.push(...oldItems.slice(oldIndex, oldIndex + count));
      oldIndex += count;
    } else if (change.added) {
      added.push(...newItems.slice(newIndex, newIndex + count));
      newIndex += count;
    } else {
      flush();
      for (let i = 0; i < count; i++) handlers.same(newItems[newIndex + i] as T);
      oldIndex += count;
      newIndex += count;
    }
  }
  flush();
}

/** Above this many candidate pairs a hunk is paired in order instead of by best likeness. */
const MAX_PAIRING_CELLS = 40_000;
const MIN_LIKENESS = 0.25;

function pairHunk<T>(removed: T[], added: T[], pairable: (a: T, b: T) => boolean, words: (item: T) => string[], handlers: AlignHandlers<T>): void {
  const pairs: Array<[number, number]> = [];
  if (removed.length * added.length <= MAX_PAIRING_CELLS) {
    pairs.push(...bestPairs(removed, added, pairable, words));
  } else {
    for (let i = 0; i < Math.min(removed.length, added.length); i++) if (pairable(removed[i] as T, added[i] as T)) pairs.push([i, i]);
  }
  let r = 0;
  let a = 0;
  for (const [pr, pa] of [...pairs, [removed.length, added.length] as [number, number]]) {
    while (r < pr) handlers.deleted(removed[r++] as T);
    while (a < pa) handlers.inserted(added[a++] as T);
    if (pr < removed.length && pa < added.length) handlers.paired(removed[r++] as T, added[a++] as T);
  }
}

/** Monotonic pairing that maximises total likeness (a small dynamic programme over the hunk). */
function bestPairs<T>(removed: T[], added: T[], pairable: (a: T, b: T) => boolean, words: (item: T) => string[]): Array<[number, number]> {
  const n = removed.length;
  const m = added.length;
  if (n === 0 || m === 0) return [];
  const oldWords = removed.map(words);
  const newWords = added.map(words);
  const likeness = (i: number, j: number) => (pairable(removed[i] as T, added[j] as T) ? wordLikeness(oldWords[i]!, newWords[j]!) : 0);
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const like = likeness(i, j);
      const take = like >= MIN_LIKENESS ? like + score[i + 1]![j + 1]! : -1;
      score[i]![j] = Math.max(take, score[i + 1]![j]!, score[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const like = likeness(i, j);
    if (like >= MIN_LIKENESS && score[i]![j] === like + score[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (score[i]![j] === score[i + 1]![j]) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** Dice coefficient on words: 1 for the same words, 0 for none in common. */
function wordLikeness(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common++;
      counts.set(word, left - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

const WORD = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

function inlineText(value: Inline[] | string): string {
  return typeof value === 'string' ? value : value.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}

function blockWords(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return splitWords(inlineText(block.text));
    case 'bullets':
    case 'numbered':
      return block.items.flatMap((item) => splitWords(inlineText(item)));
    case 'table':
      return [...block.header, ...block.rows.flat()].flatMap(splitWords);
    default:
      return [];
  }
}

function canPair(a: Block, b: Block): boolean {
  if (a.type !== b.type) return false;
  return a.type !== 'heading' || a.level === (b as typeof a).level;
}

// ── whole blocks ──────────────────────────────────────────────────────────────

function wholeText(value: Inline[] | string, change: DiffChange): TextDiff {
  const segmentChange: SegmentChange = change === 'inserted' ? 'inserted' : change === 'deleted' ? 'deleted' : 'same';
  return {
    change,
    segments: canonicalRuns(value).map((run) => segment(segmentChange, run.t, run.f, run.h)),
  };
}

function segment(change: SegmentChange, text: string, formats?: string, href?: string): Segment {
  const out: Segment = { change, text };
  if (formats) out.formats = formats.split(',') as InlineFormat[];
  if (href) out.href = href;
  return out;
}

function wholeBlock(block: Block, change: DiffChange): BlockDiff {
  switch (block.type) {
    case 'heading':
      return { type: 'heading', level: block.level, ...wholeText(block.text, change) };
    case 'paragraph':
    case 'quote':
      return { type: block.type, ...wholeText(block.text, change) };
    case 'bullets':
    case 'numbered':
      return { type: block.type, change, items: block.items.map((item) => wholeText(item, change)) };
    case 'table':
      return {
        type: 'table',
        change,
        header: block.header.map((cell) => wholeText(cell, change)),
        rows: block.rows.map((row) => ({ change, cells: row.map((cell) => wholeText(cell, change)) })),
      };
    case 'guidance':
      throw new Error('guidance is not compared');
  }
}

// ── changed blocks ────────────────────────────────────────────────────────────

function diffBlock(before: Block, after: Block, counts: Counts): BlockDiff {
  switch (after.type) {
    case 'heading':
    case 'paragraph':
    case 'quote': {
      const text = diffText((before as TextBlock).text, after.text, counts);
      return after.type === 'heading' ? { type: 'heading', level: after.level, ...text } : { type: after.type, ...text };
    }
    case 'bullets':
    case 'numbered': {
      const items: TextDiff[] = [];
      const oldItems = (before as typeof after).items;
      alignSequences(oldItems, after.items, (item) => JSON.stringify(canonicalRuns(item)), () => true, (item) => splitWords(inlineText(item)), {
        same: (item) => items.push(wholeText(item, 'same')),
        deleted: (item) => {
          counts.deletions++;
          items.push(wholeText(item, 'deleted'));
        },
        inserted: (item) => {
          counts.insertions++;
          items.push(wholeText(item, 'inserted'));
        },
        paired: (oldItem, newItem) => items.push(diffText(oldItem, newItem, counts)),
      });
      return { type: after.type, change: 'changed', items };
    }
    case 'table': {
      const old = before as typeof after;
      const header = diffCells(old.header, after.header, counts);
      const rows: { change: DiffChange; cells: TextDiff[] }[] = [];
      alignSequences(old.rows, after.rows, (row) => JSON.stringify(row), () => true, (row) => row.flatMap(splitWords), {
        same: (row) => rows.push({ change: 'same', cells: row.map((cell) => wholeText(cell, 'same')) }),
        deleted: (row) => {
          counts.deletions++;
          rows.push({ change: 'deleted', cells: row.map((cell) => wholeText(cell, 'deleted')) });
        },
        inserted: (row) => {
          counts.insertions++;
          rows.push({ change: 'inserted', cells: row.map((cell) => wholeText(cell, 'inserted')) });
        },
        paired: (oldRow, newRow) => rows.push({ change: 'changed', cells: diffCells(oldRow, newRow, counts) }),
      });
      return { type: 'table', change: 'changed', header, rows };
    }
    case 'guidance':
      throw new Error('guidance is not compared');
  }
}

/** Cells in the same column are compared; a column added or removed shows as inserted or deleted cells. */
function diffCells(before: string[], after: string[], counts: Counts): TextDiff[] {
  const cells: TextDiff[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const oldCell = before[i];
    const newCell = after[i];
    if (oldCell === undefined) {
      counts.insertions++;
      cells.push(wholeText(newCell ?? '', 'inserted'));
    } else if (newCell === undefined) {
      counts.deletions++;
      cells.push(wholeText(oldCell, 'deleted'));
    } else {
      cells.push(diffText(oldCell, newCell, counts));
    }
  }
  return cells;
}

interface Token {
  text: string;
  formats?: string;
  href?: string;
}

function tokens(value: Inline[] | string): Token[] {
  const out: Token[] = [];
  for (const run of canonicalRuns(value)) {
    for (const word of splitWords(run.t)) out.push({ text: word, formats: run.f, href: run.h });
  }
  return out;
}

const tokenKey = (token: Token) => `${token.formats ?? ''}\u0001${token.href ?? ''}\u0001${token.text}`;

/** Word-level comparison of two runs of text; formatting is part of a word's identity. */
function diffText(before: Inline[] | string, after: Inline[] | string, counts: Counts): TextDiff {
  const oldTokens = tokens(before);
  const newTokens = tokens(after);
  const segments: Segment[] = [];
  const push = (change: SegmentChange, token: Token, formatChanged = false) => {
    const previous = segments[segments.length - 1];
    if (previous && previous.change === change && previous.formats?.join() === token.formats && previous.href === token.href && Boolean(previous.formatChanged) === formatChanged) {
      previous.text += token.text;
      return;
    }
    const next = segment(change, token.text, token.formats, token.href);
    if (formatChanged) next.formatChanged = true;
    segments.push(next);
  };
  const changes = diffArrays(oldTokens.map(tokenKey), newTokens.map(tokenKey));
  let oldIndex = 0;
  let newIndex = 0;
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    const count = change.value.length;
    if (change.removed) {
      const removed = oldTokens.slice(oldIndex, oldIndex + count);
      oldIndex += count;
      const next = changes[c + 1];
      if (next?.added) {
        const added = newTokens.slice(newIndex, newIndex + next.value.length);
        if (added.map((token) => token.text).join('') === removed.map((token) => token.text).join('')) {
          // Same words, other formatting.
          counts.formatting++;
          for (const token of added) push('same', token, true);
          newIndex += added.length;
          c++;
          continue;
        }
      }
      counts.deletions++;
      for (const token of removed) push('deleted', token);
    } else if (change.added) {
      const added = newTokens.slice(newIndex, newIndex + count);
      newIndex += count;
      counts.insertions++;
      for (const token of added) push('inserted', token);
    } else {
      for (const token of newTokens.slice(newIndex, newIndex + count)) push('same', token);
      oldIndex += count;
      newIndex += count;
    }
  }
  const changed = segments.some((item) => item.change !== 'same' || item.formatChanged);
  return { change: changed ? 'changed' : 'same', segments };
}
