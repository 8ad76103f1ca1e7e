/** Small readers over a BlockList, shared by the model tests. */
import type { Block, BlockList, Inline } from '../../../shared/model/template';

export function inlineText(value: Inline[] | string): string {
  return typeof value === 'string' ? value : value.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return inlineText(block.text);
    case 'guidance':
      return block.text;
    case 'bullets':
    case 'numbered':
      return block.items.map(inlineText).join('\n');
    case 'table':
      return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
  }
}

export const allText = (blocks: BlockList): string => blocks.map(blockText).join('\n');

export function headings(blocks: BlockList, level: 1 | 2 | 3): string[] {
  return blocks.flatMap((block) => (block.type === 'heading' && block.level === level ? [inlineText(block.text)] : []));
}

export const tables = (blocks: BlockList) =>
  blocks.filter((block): block is Extract<Block, { type: 'table' }> => block.type === 'table');

/** Blocks from the level-2 heading whose text matches, up to the next level-1 or level-2 heading. */
export function section(blocks: BlockList, heading: RegExp): BlockList {
  const start = blocks.findIndex((block) => block.type === 'heading' && block.level === 2 && heading.test(inlineText(block.text)));
  if (start < 0) return [];
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((block) => block.type === 'heading' && block.level <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

export const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

export function runFormats(blocks: BlockList): Set<string> {
  const formats = new Set<string>();
  const visit = (value: Inline[] | string) => {
    if (typeof value === 'string') return;
    for (const run of value) if (typeof run !== 'string') for (const format of run.formats ?? []) formats.add(format);
  };
  for (const block of blocks) {
    if (block.type === 'bullets' || block.type === 'numbered') block.items.forEach(visit);
    else if (block.type !== 'table') visit(block.text);
  }
  return formats;
}
