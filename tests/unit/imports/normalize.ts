/** Compares BlockLists by structure: what Markdown and DOCX can carry, in one canonical shape. */
import type { Block, BlockList, Inline, InlineFormat } from '../../../shared/model/template';

type Run = { text: string; formats: InlineFormat[]; href?: string };

export function canonicalInline(value: Inline[] | string): Run[] {
  const runs = (typeof value === 'string' ? [value] : value).map((run): Run =>
    typeof run === 'string' ? { text: run, formats: [] } : { text: run.text, formats: [...(run.formats ?? [])].sort(), ...(run.href ? { href: run.href } : {}) },
  );
  const merged: Run[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const previous = merged[merged.length - 1];
    if (previous && previous.href === run.href && previous.formats.join() === run.formats.join()) previous.text += run.text;
    else merged.push({ ...run });
  }
  // Whitespace at the edges of a block is not part of its structure.
  if (merged[0]) merged[0].text = merged[0].text.replace(/^\s+/, '');
  const last = merged[merged.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return merged.filter((run) => run.text);
}

const isEmpty = (value: Inline[] | string) => canonicalInline(value).length === 0;

/** Guidance and empty paragraphs are not exported; everything else must come back. */
export function canonicalBlocks(blocks: BlockList): unknown[] {
  const out: unknown[] = [];
  for (const block of blocks as Block[]) {
    switch (block.type) {
      case 'guidance':
        break;
      case 'paragraph':
        if (!isEmpty(block.text)) out.push({ type: 'paragraph', text: canonicalInline(block.text) });
        break;
      case 'heading':
        out.push({ type: 'heading', level: block.level, text: canonicalInline(block.text) });
        break;
      case 'quote':
        out.push({ type: 'quote', text: canonicalInline(block.text) });
        break;
      case 'bullets':
      case 'numbered':
        out.push({ type: block.type, items: block.items.map(canonicalInline) });
        break;
      case 'table':
        out.push({ type: 'table', header: block.header.map((cell) => cell.trim()), rows: block.rows.map((row) => row.map((cell) => cell.trim())) });
        break;
    }
  }
  return out;
}
