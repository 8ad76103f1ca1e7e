/**
 * A document as Markdown: CommonMark, plus GFM tables. Underline has no Markdown
 * syntax, so it is written as inline `<u>…</u>` HTML (CommonMark allows it, and the
 * importer reads it back). Guidance blocks are advice, not the document's text: left out.
 *
 * Text is escaped so that it reads back as the same text: characters that start
 * emphasis, links, code, HTML or entities anywhere, and the markers that start a
 * block at the beginning of a line.
 */
import type { Block, BlockList, Inline, InlineFormat } from '../model/template';
import type { ExportDocument } from './export-document';

export function blocksToMarkdown(title: string, blocks: BlockList): string {
  const parts: string[] = [];
  const first = blocks.find((block) => block.type !== 'guidance');
  // Documents usually open with their title as a level-1 heading; do not write it twice.
  const hasTitle = first?.type === 'heading' && first.level === 1;
  if (!hasTitle && title.trim()) parts.push(blockMarkdown({ type: 'heading', level: 1, text: title.trim() }, '-', '.')!);
  let previous: Block | undefined;
  let bulletMarker = '-';
  let numberDelimiter = '.';
  for (const block of blocks) {
    if (block.type === 'guidance') continue;
    if (block.type === 'paragraph' && isEmpty(block.text)) continue;
    // Two lists of the same kind in a row would read back as one: a different marker starts a new list.
    if (block.type === 'bullets') bulletMarker = previous?.type === 'bullets' && bulletMarker === '-' ? '*' : '-';
    if (block.type === 'numbered') numberDelimiter = previous?.type === 'numbered' && numberDelimiter === '.' ? ')' : '.';
    const text = blockMarkdown(block, bulletMarker, numberDelimiter);
    if (text !== null) parts.push(text);
    previous = block;
  }
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}

function blockMarkdown(block: Block, bulletMarker: string, numberDelimiter: string): string | null {
  switch (block.type) {
    case 'heading':
      // A heading's text is not read for block markers; only a closing run of `#` would be lost.
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.text, { singleLine: true }).replace(/#+$/, (run) => run.replace(/#/g, '\\#'))}`.trimEnd();
    case 'paragraph':
      return inlineMarkdown(block.text);
    case 'quote': {
      const text = inlineMarkdown(block.text);
      return text.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
    }
    case 'bullets':
      return block.items.length === 0 ? null : block.items.map((item) => listItem(`${bulletMarker} `, inlineMarkdown(item))).join('\n');
    case 'numbered':
      return block.items.length === 0 ? null : block.items.map((item, index) => listItem(`${index + 1}${numberDelimiter} `, inlineMarkdown(item))).join('\n');
    case 'table':
      return tableMarkdown(block.header, block.rows);
    case 'guidance':
      return null;
  }
}

/** Continuation lines of an item are indented to the item's content. */
function listItem(marker: string, text: string): string {
  const indent = ' '.repeat(marker.length);
  const [head = '', ...rest] = text.split('\n');
  return [`${marker}${head}`.trimEnd(), ...rest.map((line) => (line ? `${indent}${line}` : ''))].join('\n');
}

function tableMarkdown(header: string[], rows: string[][]): string | null {
  const columns = Math.max(header.length, ...rows.map((row) => row.length));
  if (columns === 0) return null;
  // A cell holds one line: its lines are joined by <br>, which the importer reads as a new line.
  // escapeInlineText turns `|` into `\|`, which a GFM cell reads as a literal bar.
  const cell = (value: string | undefined) =>
    (value ?? '')
      .trim()
      .split(/\s*\r?\n\s*/)
      .map(escapeInlineText)
      .join('<br>');
  const line = (cells: (string | undefined)[]) => `| ${Array.from({ length: columns }, (_, column) => cell(cells[column])).join(' | ')} |`;
  // GFM tables need a header row: a table without one gets an empty header, which the importer reads as none.
  return [line(header), `|${' --- |'.repeat(columns)}`, ...rows.map(line)].join('\n');
}

const FORMAT_ORDER: InlineFormat[] = ['bold', 'italic', 'underline'];
const OPEN: Record<InlineFormat, string> = { bold: '**', italic: '*', underline: '<u>' };
const CLOSE: Record<InlineFormat, string> = { bold: '**', italic: '*', underline: '</u>' };

function inlineMarkdown(value: Inline[] | string, { singleLine = false } = {}): string {
  const runs = typeof value === 'string' ? [value] : value;
  let out = '';
  for (const run of runs) {
    const text = typeof run === 'string' ? run : run.text;
    if (!text) continue;
    const formats = typeof run === 'string' ? [] : FORMAT_ORDER.filter((format) => run.formats?.includes(format));
    const href = typeof run === 'string' ? undefined : run.href;
    // Emphasis cannot start or end with a space: keep the spaces outside the markers.
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
    let body = escapeInlineText(core);
    if (singleLine) body = oneLine(body);
    else body = body.replace(/\r?\n/g, '\\\n');
    if (href && core) body = `[${body}](${linkDestination(href)})`;
    if (core) for (const format of [...formats].reverse()) body = `${OPEN[format]}${body}${CLOSE[format]}`;
    out += oneLine(lead) + body + oneLine(trail);
  }
  return singleLine ? out.trim() : escapeLineStart(out);
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}

function isEmpty(value: Inline[] | string): boolean {
  return (typeof value === 'string' ? value : value.map((run) => (typeof run === 'string' ? run : run.text)).join('')).trim() === '';
}

function linkDestination(href: string): string {
  // Angle brackets allow spaces and parentheses in the destination.
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : href;
}

/** Characters that mean something anywhere in a line of Markdown. */
export function escapeInlineText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
    .replace(/!(?=\\\[)/g, '\\!')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
}

/** Markers that start a block when they open a line (headings, quotes, lists, rules, setext underlines). */
function escapeLineStart(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // Markdown drops a line's leading spaces (and four would start a code block).
      const rest = line.replace(/^[ \t]+/, '');
      const indent = '';
      if (/^(#{1,6}(\s|$)|>|[-+=](\s|$)|[-+=]{2,}\s*$)/.test(rest)) return `${indent}\\${rest}`;
      const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(rest);
      if (ordered) return `${indent}${ordered[1]}\\${rest.slice(ordered[1]!.length)}`;
      return line;
    })
    .join('\n');
}

/** Markdown has no subtitle, footer or comments: the subtitle and footer become paragraphs (after the document's own title heading). */
export function exportToMarkdown(document: ExportDocument): string {
  const note = (text: string): Block => ({ type: 'paragraph', text: [{ text, formats: ['italic'] }] });
  const [first, ...rest] = document.blocks;
  const ownTitle = document.titleShown === false && first?.type === 'heading' ? [first] : [];
  const blocks: Block[] = [
    ...ownTitle,
    ...(document.subtitle ? [note(document.subtitle)] : []),
    ...(ownTitle.length > 0 ? rest : document.blocks),
    ...(document.footer ? [note(document.footer)] : []),
  ];
  return blocksToMarkdown(document.titleShown === false ? '' : document.title, blocks);
}
