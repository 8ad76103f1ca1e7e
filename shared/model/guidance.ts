/**
 * Template guidance goes away once its section has been written. A section is
 * what follows a heading up to the next heading of the same or a higher level
 * (guidance before any heading belongs to the whole document).
 *
 * Templates come with starters ("[Objective]", a roles table) that are not the
 * user's writing, so each guidance block carries a fingerprint of its section as
 * the template wrote it: the section counts as written once its text is neither
 * empty nor that. Without a fingerprint, any text at all counts as written.
 * Whitespace is ignored, so the same text read from blocks or from Lexical nodes
 * (which separate blocks differently) gives the same fingerprint.
 */
import type { Block, BlockList, Inline } from './template';

/** One top-level piece of a document, as the section logic sees it. */
export type OutlineItem =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'guidance'; baseline?: string }
  | { kind: 'content'; text: string };

/** FNV-1a (32 bit) of the text without whitespace; '' for text that is only whitespace. */
export function sectionFingerprint(text: string): string {
  const compact = text.replace(/\s+/gu, '');
  if (compact === '') return '';
  let hash = 0x811c9dc5;
  for (let index = 0; index < compact.length; index += 1) {
    hash ^= compact.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The text of the section that guidance item `index` belongs to (guidance excluded). */
function sectionText(items: readonly OutlineItem[], index: number): string {
  let start = 0;
  let level = 0; // 0: no heading before, the section is the whole document
  for (let back = index - 1; back >= 0; back -= 1) {
    const item = items[back]!;
    if (item.kind === 'heading') {
      start = back + 1;
      level = item.level;
      break;
    }
  }
  const parts: string[] = [];
  for (let at = start; at < items.length; at += 1) {
    const item = items[at]!;
    if (item.kind === 'heading' && level > 0 && item.level <= level) break;
    if (item.kind !== 'guidance') parts.push(item.text);
  }
  return parts.join('\n');
}

/** Indices of the guidance items whose section has been written. */
export function writtenGuidance(items: readonly OutlineItem[]): number[] {
  const written: number[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'guidance') return;
    const fingerprint = sectionFingerprint(sectionText(items, index));
    if (fingerprint !== '' && fingerprint !== (item.baseline ?? '')) written.push(index);
  });
  return written;
}

function inlineText(value: Inline[] | string): string {
  return typeof value === 'string' ? value : value.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}

export function blockOutline(block: Block): OutlineItem {
  switch (block.type) {
    case 'heading':
      return { kind: 'heading', level: block.level, text: inlineText(block.text) };
    case 'guidance':
      return { kind: 'guidance', baseline: block.baseline };
    case 'paragraph':
    case 'quote':
      return { kind: 'content', text: inlineText(block.text) };
    case 'bullets':
    case 'numbered':
      return { kind: 'content', text: block.items.map(inlineText).join('\n') };
    case 'table':
      return { kind: 'content', text: [block.header, ...block.rows].map((row) => row.join('\n')).join('\n') };
  }
}

/** Stamps every guidance block with the fingerprint of its section as given (a fresh list). */
export function withGuidanceBaselines(blocks: BlockList): BlockList {
  const items = blocks.map(blockOutline);
  return blocks.map((block, index) =>
    block.type === 'guidance' ? { ...block, baseline: sectionFingerprint(sectionText(items, index)) } : block,
  );
}

/** The blocks without the guidance whose section has been written. */
export function dropWrittenGuidance(blocks: BlockList): BlockList {
  const written = new Set(writtenGuidance(blocks.map(blockOutline)));
  return blocks.filter((_, index) => !written.has(index));
}
