/**
 * Markdown → BlockList.
 *
 * Parsing: mdast-util-from-markdown (micromark) with the GFM extensions. micromark
 * follows CommonMark to the letter (escapes, entities, emphasis rules, lazy lines),
 * gives a typed tree (@types/mdast) whose text is already decoded, and runs without the
 * DOM or Node; it is the parser under remark, used and kept up widely. (marked's lexer is
 * smaller, but leaves entities and escapes for its renderer to undo and is less strict.)
 *
 * What a document cannot hold is converted sensibly and counted in `dropped`:
 * headings deeper than 3 become level 3; nested lists are flattened; code becomes plain
 * text; images leave their alt text; raw HTML keeps its text (underline `<u>` and `<br>`
 * are understood); strikethrough, task boxes, footnotes and rules are removed.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type * as Md from 'mdast';
import type { Block, BlockList, Inline } from '../model/template';
import { DroppedCounter, type ImportedDocument } from './import-result';
import { InlineBuilder, PLAIN, isKeptLink, withFormat, type InlineStyle } from './inline-builder';
import { htmlToBlocks } from './html-to-blocks';

export function markdownToBlocks(markdown: string): ImportedDocument {
  const tree = fromMarkdown(markdown.replace(/^\uFEFF/, ''), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const converter = new MarkdownConverter(tree);
  const blocks = converter.blocks(tree.children);
  const firstH1 = blocks.find((block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading' && block.level === 1);
  const title = firstH1 ? plain(firstH1.text).trim() : '';
  return { ...(title ? { title } : {}), blocks, dropped: converter.dropped.list() };
}

const plain = (value: Inline[] | string) => (typeof value === 'string' ? value : value.map((run) => (typeof run === 'string' ? run : run.text)).join(''));

class MarkdownConverter {
  readonly dropped = new DroppedCounter();
  private readonly definitions = new Map<string, string>();

  constructor(tree: Md.Root) {
    const visit = (node: Md.Nodes) => {
      if (node.type === 'definition') this.definitions.set(node.identifier, node.url);
      if ('children' in node) for (const child of node.children) visit(child as Md.Nodes);
    };
    visit(tree);
  }

  blocks(nodes: Md.Nodes[]): BlockList {
    const out: BlockList = [];
    for (const node of nodes) out.push(...this.block(node));
    return out;
  }

  private block(node: Md.Nodes): BlockList {
    switch (node.type) {
      case 'heading': {
        if (node.depth > 3) this.dropped.add('heading-level');
        const level = Math.min(3, node.depth) as 1 | 2 | 3;
        return [{ type: 'heading', level, text: this.inlines(node.children) }];
      }
      case 'paragraph': {
        const text = this.inlines(node.children);
        return plain(text).trim() ? [{ type: 'paragraph', text }] : [];
      }
      case 'blockquote':
        return this.quote(node.children);
      case 'list': {
        const items: (Inline[] | string)[] = [];
        this.listItems(node, items);
        return items.length > 0 ? [{ type: node.ordered ? 'numbered' : 'bullets', items }] : [];
      }
      case 'table':
        return [this.table(node)];
      case 'code':
        this.dropped.add('code');
        return node.value
          .split(/\r?\n/)
          .filter((line) => line.trim())
          .map((line) => ({ type: 'paragraph', text: line }));
      case 'html': {
        if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return [];
        this.dropped.add('html');
        const converted = htmlToBlocks(node.value);
        for (const { feature, count } of converted.dropped) if (feature !== 'html') this.dropped.add(feature, count);
        return converted.blocks;
      }
      case 'thematicBreak':
        this.dropped.add('horizontal-rule');
        return [];
      case 'footnoteDefinition':
        this.dropped.add('footnote');
        return [];
      case 'definition':
        return [];
      default:
        // Anything else that holds text keeps it as a paragraph.
        if ('children' in node) return this.blocks(node.children as Md.Nodes[]);
        return [];
    }
  }

  /** A quote's paragraphs (and headings) become quote blocks; lists and tables inside stay what they are. */
  private quote(children: Md.Nodes[]): BlockList {
    const out: BlockList = [];
    for (const child of children) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        const text = this.inlines(child.children);
        if (plain(text).trim()) out.push({ type: 'quote', text });
      } else if (child.type === 'blockquote') {
        out.push(...this.quote(child.children));
      } else {
        out.push(...this.block(child));
      }
    }
    return out;
  }

  /** Items in order; a nested list's items follow their parent item (documents have no nesting). */
  private listItems(list: Md.List, items: (Inline[] | string)[]): void {
    for (const item of list.children) {
      if (item.checked === true || item.checked === false) this.dropped.add('task-list');
      const builder = new InlineBuilder();
      const nested: Md.List[] = [];
      for (const child of item.children) {
        if (child.type === 'list') {
          nested.push(child);
          continue;
        }
        if (!builder.isEmpty) builder.text(' ');
        if (child.type === 'paragraph' || child.type === 'heading') this.appendInlines(builder, child.children, PLAIN);
        else {
          if (child.type === 'code') this.dropped.add('code');
          builder.text(textOf(child));
        }
      }
      const text = builder.build();
      if (plain(text).trim() || nested.length === 0) items.push(text);
      for (const list of nested) {
        this.dropped.add('nested-list');
        this.listItems(list, items);
      }
    }
  }

  private table(node: Md.Table): Block {
    const rows = node.children.map((row) =>
      row.children.map((cell) => {
        const builder = new InlineBuilder();
        this.appendInlines(builder, cell.children, PLAIN);
        const text = builder.build();
        if (typeof text !== 'string' && text.some((run) => typeof run !== 'string')) this.dropped.add('table-formatting');
        return plain(text);
      }),
    );
    const [header = [], ...body] = rows;
    // A table written without a header has an empty one (see blocks-to-markdown).
    return header.every((cell) => cell === '') ? { type: 'table', header: [], rows: body } : { type: 'table', header, rows: body };
  }

  private inlines(nodes: Md.PhrasingContent[]): Inline[] | string {
    const builder = new InlineBuilder();
    this.appendInlines(builder, nodes, PLAIN);
    return builder.build();
  }

  private appendInlines(builder: InlineBuilder, nodes: Md.PhrasingContent[], style: InlineStyle): void {
    // Inline HTML comes as separate opening and closing tags: <u> … </u> switches underline.
    let underline = 0;
    for (const node of nodes) {
      const current = underline > 0 ? withFormat(style, 'underline') : style;
      switch (node.type) {
        case 'text':
          builder.text(node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' '), current);
          break;
        case 'strong':
          this.appendInlines(builder, node.children, withFormat(current, 'bold'));
          break;
        case 'emphasis':
          this.appendInlines(builder, node.children, withFormat(current, 'italic'));
          break;
        case 'delete':
          this.dropped.add('strikethrough');
          this.appendInlines(builder, node.children, current);
          break;
        case 'link':
          this.appendInlines(builder, node.children, this.link(node.url, current));
          break;
        case 'linkReference': {
          const url = this.definitions.get(node.identifier);
          this.appendInlines(builder, node.children, url ? this.link(url, current) : current);
          break;
        }
        case 'image':
        case 'imageReference':
          this.dropped.add('image');
          if (node.alt) builder.text(node.alt, current);
          break;
        case 'inlineCode':
          this.dropped.add('code');
          builder.text(node.value, current);
          break;
        case 'break':
          builder.text('\n', current);
          break;
        case 'footnoteReference':
          this.dropped.add('footnote');
          break;
        case 'html': {
          const tag = node.value.trim().toLowerCase();
          if (/^<(u|ins)>$/.test(tag)) underline += 1;
          else if (/^<\/(u|ins)>$/.test(tag)) underline = Math.max(0, underline - 1);
          else if (/^<br\s*\/?>$/.test(tag)) builder.text('\n', current);
          else if (!/^<!--/.test(tag)) this.dropped.add('html');
          break;
        }
        default: {
          // Anything else (from an extension) keeps its text.
          const other = node as Md.Nodes;
          if ('children' in other) this.appendInlines(builder, other.children as Md.PhrasingContent[], current);
        }
      }
    }
  }

  private link(url: string, style: InlineStyle): InlineStyle {
    if (isKeptLink(url)) return { ...style, href: url };
    this.dropped.add('link');
    return style;
  }
}

function textOf(node: Md.Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Md.Nodes[]).map(textOf).join(' ');
  return '';
}
