/**
 * Text search that ignores case, accents and Arabic short vowels, as people type: "decision"
 * finds "Décision", "اتفاق" finds "اتِّفاق". The index stores a folded copy of each document's
 * text; folding works character by character, so an offset in the folded text maps back to
 * the original text (for snippets and highlights) by folding the original again with a map.
 */

/** Separates blocks in a document's indexed text; never typed, so a match never spans two blocks. */
export const BLOCK_SEPARATOR = '\u0001';

function foldCodePoint(char: string): string {
  if (/\s/u.test(char)) return ' ';
  // Final sigma folds like sigma; marks (accents, harakat) and tatweel disappear.
  return char.normalize('NFKD').replace(/[\p{M}\u0640]/gu, '').toLowerCase().replace(/ς/gu, 'σ');
}

/** Folds a whole text at once (fast: for the index). Equal to folding it character by character. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/ς/gu, 'σ')
    .replace(/\s/gu, ' ');
}

/** A query as typed: folded, spaces collapsed, control characters dropped. */
export function foldQuery(query: string): string {
  return foldText(query.replace(/\p{Cc}/gu, ' ')).replace(/ +/g, ' ').trim();
}

/** The folded text and, for each folded position, the original position it came from. */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const part = foldCodePoint(char);
    for (let i = 0; i < part.length; i++) origin.push(index);
    folded += part;
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** Where `foldedQuery` occurs in `text`, as ranges of the original text. */
export function findInText(text: string, foldedQuery: string, limit = Infinity): Array<{ start: number; end: number }> {
  if (!foldedQuery) return [];
  const { folded, origin } = foldWithMap(text);
  const ranges: Array<{ start: number; end: number }> = [];
  let from = 0;
  while (ranges.length < limit) {
    const at = folded.indexOf(foldedQuery, from);
    if (at < 0) break;
    const last = at + foldedQuery.length - 1;
    // The end is just after the original character that produced the last folded one.
    let end = origin[last + 1] ?? text.length;
    if (end <= origin[last]!) end = origin[last]! + 1;
    ranges.push({ start: origin[at]!, end });
    from = at + Math.max(1, foldedQuery.length);
  }
  return ranges;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** A window of `text` around a match, cut at word boundaries where possible, the match marked. */
export function snippetAround(text: string, match: { start: number; end: number }, context = 60): SnippetPart[] {
  let from = Math.max(0, match.start - context);
  let to = Math.min(text.length, match.end + context);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < match.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > match.end) to = space;
  }
  const clean = (part: string) => part.replace(/\s+/g, ' ');
  return [
    { text: (from > 0 ? '…' : '') + clean(text.slice(from, match.start)), match: false },
    { text: clean(text.slice(match.start, match.end)), match: true },
    { text: clean(text.slice(match.end, to)) + (to < text.length ? '…' : ''), match: false },
  ].filter((part) => part.text.length > 0);
}

/** Joins block texts into one indexed string, with where each block starts. */
export function joinBlocks(blocks: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += block.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.map((block) => block.replaceAll(BLOCK_SEPARATOR, ' ')).join(BLOCK_SEPARATOR), starts };
}

/** The block that holds `offset` (binary search over the block starts). */
export function blockAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
