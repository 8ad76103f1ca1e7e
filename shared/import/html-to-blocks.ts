/**
 * HTML → BlockList, for what mammoth makes of a DOCX file (and for raw HTML blocks in
 * Markdown). htmlparser2 is small, forgiving, pure JavaScript (no DOM), and kept up; its
 * streaming parser builds the tiny tree walked here.
 *
 * Kept: headings (deeper than 3 become 3), paragraphs, quotes, lists (nested ones
 * flattened), tables (cell text), links (https and mailto), bold, italic, underline,
 * and all text whatever its direction. Counted in `dropped`: what had to go or change.
 */
import { Parser } from 'htmlparser2';
import type { Block, BlockList, Inline } from '../model/template';
import { DroppedCounter, type DroppedFeature } from './import-result';
import { InlineBuilder, PLAIN, isKeptLink, withFormat, type InlineStyle } from './inline-builder';

interface HElement {
  name: string;
  attribs: Record<string, string>;
  children: HNode[];
}
type HNode = HElement | string;

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'area', 'base', 'wbr', 'source']);
const SKIPPED = new Set(['head', 'script', 'style', 'title', 'template', 'noscript']);
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'center', 'form', 'fieldset', 'details', 'dl']);
const BLOCKS = new Set([...CONTAINERS, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote', 'pre', 'hr', 'dt', 'dd', 'figcaption', 'summary', 'address']);

export function parseHtml(html: string): HElement {
  const root: HElement = { name: '#root', attribs: {}, children: [] };
  const stack: HElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: HElement = { name, attribs, children: [] };
        stack[stack.length - 1]!.children.push(element);
        if (!VOID.has(name)) stack.push(element);
      },
      ontext(text) {
        const children = stack[stack.length - 1]!.children;
        const last = children[children.length - 1];
        if (typeof last === 'string') children[children.length - 1] = last + text;
        else children.push(text);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // htmlparser2 closes implied tags itself; pop up to the matching element.
        for (let index = stack.length - 1; index > 0; index -= 1) {
          if (stack[index]!.name === name) {
            stack.length = index;
            break;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

export function htmlToBlocks(html: string): { blocks: BlockList; dropped: DroppedFeature[] } {
  const converter = new HtmlConverter();
  const blocks = converter.blocks(parseHtml(html).children, false);
  return { blocks, dropped: converter.dropped.list() };
}

const plain = (value: Inline[] | string) => (typeof value === 'string' ? value : value.map((run) => (typeof run === 'string' ? run : run.text)).join(''));

/** A footnote or endnote as mammoth writes it: the reference link, and the note itself at the end. */
function noteKind(element: HElement): 'footnote' | 'endnote' | null {
  const target = element.name === 'a' ? (element.attribs.href ?? '') : element.name === 'li' ? `#${element.attribs.id ?? ''}` : '';
  if (/^#footnote-/.test(target)) return 'footnote';
  if (/^#endnote-/.test(target)) return 'endnote';
  return null;
}

class HtmlConverter {
  readonly dropped = new DroppedCounter();

  blocks(nodes: HNode[], inQuote: boolean): BlockList {
    const out: BlockList = [];
    let loose = new InlineBuilder();
    const flush = () => {
      const text = loose.build();
      if (plain(text).trim()) out.push({ type: inQuote ? 'quote' : 'paragraph', text });
      loose = new InlineBuilder();
    };
    for (const node of nodes) {
      if (typeof node !== 'string' && BLOCKS.has(node.name)) {
        flush();
        out.push(...this.block(node, inQuote));
      } else if (typeof node !== 'string' && SKIPPED.has(node.name)) {
        continue;
      } else {
        this.inline(loose, node, PLAIN);
      }
    }
    flush();
    return out;
  }

  private block(element: HElement, inQuote: boolean): BlockList {
    const name = element.name;
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      const depth = Number(heading[1]);
      if (depth > 3) this.dropped.add('heading-level');
      const text = this.inlines(element.children);
      if (!plain(text).trim()) return [];
      return [inQuote ? { type: 'quote', text } : { type: 'heading', level: Math.min(3, depth) as 1 | 2 | 3, text }];
    }
    switch (name) {
      case 'p':
      case 'dt':
      case 'dd':
      case 'figcaption':
      case 'summary':
      case 'address':
        return this.blocks(element.children, inQuote);
      case 'blockquote':
        return this.blocks(element.children, true);
      case 'ul':
      case 'ol': {
        const items: (Inline[] | string)[] = [];
        this.listItems(element, items, false);
        return items.length > 0 ? [{ type: name === 'ol' ? 'numbered' : 'bullets', items }] : [];
      }
      case 'li':
        // A stray item outside a list: its own bullet.
        return this.block({ name: 'ul', attribs: {}, children: [element] }, inQuote);
      case 'table':
        return this.table(element);
      case 'pre': {
        this.dropped.add('code');
        return textContent(element)
          .split(/\r?\n/)
          .filter((line) => line.trim())
          .map((line): Block => ({ type: inQuote ? 'quote' : 'paragraph', text: line }));
      }
      case 'hr':
        this.dropped.add('horizontal-rule');
        return [];
      default:
        return this.blocks(element.children, inQuote);
    }
  }

  private listItems(list: HElement, items: (Inline[] | string)[], nested: boolean): void {
    if (nested) this.dropped.add('nested-list');
    for (const child of list.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'ul' || child.name === 'ol') {
        this.listItems(child, items, true);
        continue;
      }
      if (child.name !== 'li') continue;
      const note = noteKind(child);
      if (note) {
        // The note's text is not part of the document's body; its reference was counted.
        continue;
      }
      const builder = new InlineBuilder();
      const sublists: HElement[] = [];
      this.listItemContent(builder, child.children, sublists);
      const text = builder.build();
      if (plain(text).trim() || sublists.length === 0) items.push(text);
      for (const sublist of sublists) this.listItems(sublist, items, true);
    }
  }

  private listItemContent(builder: InlineBuilder, nodes: HNode[], sublists: HElement[]): void {
    for (const node of nodes) {
      if (typeof node !== 'string' && (node.name === 'ul' || node.name === 'ol')) sublists.push(node);
      else if (typeof node !== 'string' && BLOCKS.has(node.name)) {
        if (!builder.isEmpty) builder.text(' ');
        if (node.name === 'table') this.dropped.add('table-formatting');
        this.listItemContent(builder, node.children, sublists);
      } else this.inline(builder, node, PLAIN);
    }
  }

  private table(element: HElement): BlockList {
    const rows: { cells: string[]; header: boolean }[] = [];
    const visitRows = (node: HElement) => {
      for (const child of node.children) {
        if (typeof child === 'string') continue;
        if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visitRows(child);
        else if (child.name === 'tr') {
          const cells: string[] = [];
          let header = node.name === 'thead';
          let allHeader = true;
          for (const cell of child.children) {
            if (typeof cell === 'string' || (cell.name !== 'td' && cell.name !== 'th')) continue;
            if (cell.name !== 'th') allHeader = false;
            if (cell.attribs.colspan || cell.attribs.rowspan) this.dropped.add('table-formatting');
            // A header cell's bold is the header's own look, not formatting lost.
            cells.push(this.cellText(cell, cell.name === 'th' || node.name === 'thead'));
            const span = Number(cell.attribs.colspan ?? 1);
            for (let extra = 1; extra < Math.min(span, 50); extra += 1) cells.push('');
          }
          header = header || (allHeader && cells.length > 0);
          rows.push({ cells, header });
        }
      }
    };
    visitRows(element);
    const columns = Math.max(0, ...rows.map((row) => row.cells.length));
    if (columns === 0) return [];
    const pad = (cells: string[]) => Array.from({ length: columns }, (_, column) => cells[column] ?? '');
    const first = rows[0];
    return first?.header
      ? [{ type: 'table', header: pad(first.cells), rows: rows.slice(1).map((row) => pad(row.cells)) }]
      : [{ type: 'table', header: [], rows: rows.map((row) => pad(row.cells)) }];
  }

  /** A cell keeps its text, one line per paragraph; formatting, lists and nested tables inside are flattened. */
  private cellText(cell: HElement, header: boolean): string {
    const blocks = this.blocks(cell.children, false);
    const formatted = (text: Inline[] | string) =>
      typeof text !== 'string' && text.some((run) => typeof run !== 'string' && (run.href || !header || run.formats?.some((format) => format !== 'bold')));
    const lines: string[] = [];
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
        case 'quote':
          if (block.type !== 'paragraph' || formatted(block.text)) this.dropped.add('table-formatting');
          lines.push(plain(block.text));
          break;
        case 'bullets':
        case 'numbered':
          this.dropped.add('table-formatting');
          lines.push(...block.items.map(plain));
          break;
        case 'table':
          this.dropped.add('table-formatting');
          lines.push(...[block.header, ...block.rows].filter((row) => row.length > 0).map((row) => row.join(' ')));
          break;
        default:
          break;
      }
    }
    return lines.join('\n').trim();
  }

  private inlines(nodes: HNode[]): Inline[] | string {
    const builder = new InlineBuilder();
    for (const node of nodes) this.inline(builder, node, PLAIN);
    return builder.build();
  }

  private inline(builder: InlineBuilder, node: HNode, style: InlineStyle): void {
    if (typeof node === 'string') {
      // HTML white space only: a no-break space (French typography) stays.
      builder.text(node.replace(/[ \t\n\r\f]+/g, ' '), style);
      return;
    }
    const children = (next: InlineStyle) => {
      for (const child of node.children) this.inline(builder, child, next);
    };
    switch (node.name) {
      case 'strong':
      case 'b':
        children(withFormat(style, 'bold'));
        return;
      case 'em':
      case 'i':
        children(withFormat(style, 'italic'));
        return;
      case 'u':
      case 'ins':
        children(withFormat(style, 'underline'));
        return;
      case 's':
      case 'del':
      case 'strike':
        this.dropped.add('strikethrough');
        children(style);
        return;
      case 'a': {
        const note = noteKind(node);
        if (note) {
          this.dropped.add(note);
          return;
        }
        const href = node.attribs.href;
        if (!href || href.startsWith('#')) children(style);
        else if (isKeptLink(href)) children({ ...style, href });
        else {
          this.dropped.add('link');
          children(style);
        }
        return;
      }
      case 'img':
        this.dropped.add('image');
        if (node.attribs.alt?.trim()) builder.text(node.attribs.alt.trim(), style);
        return;
      case 'br':
        builder.text('\n', style);
        return;
      case 'code':
      case 'kbd':
      case 'samp':
        this.dropped.add('code');
        children(style);
        return;
      default:
        if (SKIPPED.has(node.name)) return;
        if (BLOCKS.has(node.name)) {
          // A block inside inline content (e.g. a list in a paragraph): keep its text in line.
          builder.text(' ', style);
          children(style);
          builder.text(' ', style);
          return;
        }
        children(style);
    }
  }
}

function textContent(node: HNode): string {
  if (typeof node === 'string') return node;
  if (node.name === 'br') return '\n';
  return node.children.map(textContent).join('');
}
