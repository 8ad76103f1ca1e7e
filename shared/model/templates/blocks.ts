/**
 * Small builders for `BlockList` content, shared by the templates, the example
 * workspace and the benchmark text generator, so that content modules read as text.
 */
import type { Block, BlockList, Inline } from '../template';
import type { Locale } from '../locale';

/**
 * Parses a tiny markup into inline runs: `**bold**`, `*italic*` and
 * `[label](https://…)`. Nothing else is special, so ordinary prose (including
 * Arabic and French punctuation) passes through untouched.
 */
export function inline(markup: string): Inline[] {
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(((?:https:\/\/|mailto:)[^)\s]+)\)/g;
  const runs: Inline[] = [];
  let last = 0;
  for (const match of markup.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) runs.push(markup.slice(last, index));
    if (match[1] !== undefined) runs.push({ text: match[1], formats: ['bold'] });
    else if (match[2] !== undefined) runs.push({ text: match[2], formats: ['italic'] });
    else runs.push({ text: match[3] ?? '', href: match[4] });
    last = index + match[0].length;
  }
  if (last < markup.length) runs.push(markup.slice(last));
  return runs;
}

/** Plain strings stay strings (cheaper to store); markup becomes runs. */
function content(text: string): Inline[] | string {
  return /\*|\]\(/.test(text) ? inline(text) : text;
}

export const h1 = (text: string): Block => ({ type: 'heading', level: 1, text: content(text) });
export const h2 = (text: string): Block => ({ type: 'heading', level: 2, text: content(text) });
export const h3 = (text: string): Block => ({ type: 'heading', level: 3, text: content(text) });
export const p = (text: string): Block => ({ type: 'paragraph', text: content(text) });
export const quote = (text: string): Block => ({ type: 'quote', text: content(text) });
export const bullets = (items: readonly string[]): Block => ({ type: 'bullets', items: items.map(content) });
export const numbered = (items: readonly string[]): Block => ({ type: 'numbered', items: items.map(content) });

export function table(header: readonly string[], rows: readonly (readonly string[])[]): Block {
  // A short row would render a ragged table; pad it rather than fail.
  return {
    type: 'table',
    header: [...header],
    rows: rows.map((row) => header.map((_, column) => row[column] ?? '')),
  };
}

/**
 * Advice drawn from the toolkit. It is shown apart from the text, labelled in the
 * reader's language, and leaves once its section is written (GuidancePlugin).
 */
export function guidance(text: string): Block {
  return { type: 'guidance', text };
}

/** One heading of a template: the heading, advice from the toolkit, then a starter to fill in. */
export interface TemplateSection {
  heading: string;
  /** Empty when the heading speaks for itself. */
  guidance: string;
  starter: Block[];
}

export interface SectionedText {
  intro: string;
  sections: TemplateSection[];
}

/** Title (level 1), an introductory guidance paragraph, then one level-2 heading per section. */
export function sectioned(locale: Locale, title: string, text: SectionedText): BlockList {
  const blocks: BlockList = [h1(title), guidance(text.intro)];
  for (const section of text.sections) {
    blocks.push(h2(section.heading));
    if (section.guidance) blocks.push(guidance(section.guidance));
    blocks.push(...section.starter);
  }
  return withTypography(locale, blocks);
}

/**
 * French sets a no-break space before high punctuation and inside guillemets,
 * and a curly apostrophe; writing them by hand everywhere is error-prone, so
 * content is written with ordinary spaces and straight quotes and fixed here.
 */
export function withTypography(locale: Locale, blocks: BlockList): BlockList {
  if (locale !== 'fr') return blocks;
  const fix = (text: string): string =>
    text
      .replace(/'/g, '\u2019')
      .replace(/ ([:;?!»])/g, '\u00a0$1')
      .replace(/« /g, '«\u00a0');
  const fixInline = (value: Inline[] | string): Inline[] | string =>
    typeof value === 'string'
      ? fix(value)
      : value.map((run) => (typeof run === 'string' ? fix(run) : { ...run, text: fix(run.text) }));
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
      case 'quote':
        return { ...block, text: fixInline(block.text) };
      case 'guidance':
        return { ...block, text: fix(block.text) };
      case 'bullets':
      case 'numbered':
        return { ...block, items: block.items.map(fixInline) };
      case 'table':
        return { ...block, header: block.header.map(fix), rows: block.rows.map((row) => row.map(fix)) };
    }
  });
}

/** A deep copy, so callers can change what they get without touching module constants. */
export function cloneBlocks(blocks: BlockList): BlockList {
  const copyInline = (value: Inline[] | string): Inline[] | string =>
    typeof value === 'string'
      ? value
      : value.map((run) => (typeof run === 'string' ? run : { ...run, formats: run.formats && [...run.formats] }));
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
      case 'quote':
        return { ...block, text: copyInline(block.text) };
      case 'guidance':
        return { ...block };
      case 'bullets':
      case 'numbered':
        return { ...block, items: block.items.map(copyInline) };
      case 'table':
        return { ...block, header: [...block.header], rows: block.rows.map((row) => [...row]) };
    }
  });
}
