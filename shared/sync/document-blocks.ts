/**
 * Reads a document's Y.Doc — now, or as it was at a named version (a Yjs snapshot) — as the
 * language-neutral BlockList of shared/model/template.ts, without Lexical. This is what
 * versions are compared and hashed on, what search indexes, and what a template is saved as.
 *
 * The layout is @lexical/yjs v1's: each element node is a Y.XmlText embedded in its parent's
 * XmlText, with the node's properties as attributes (`__type`, `__tag`, `__listType`, …); a
 * text node is a Y.Map embed (its properties: `__type: 'text'`, `__format` bits) followed by
 * its characters; a decorator node is an embedded Y.XmlElement.
 */
import * as Y from 'yjs';
import type { Block, BlockList, Inline, InlineFormat, TextRun } from '../model/template';
import { DOCUMENT_ROOT_NAME } from './document-doc';

/** Lexical's text format bits. */
const FORMAT_BITS: ReadonlyArray<[number, InlineFormat]> = [
  [1, 'bold'],
  [2, 'italic'],
  [8, 'underline'],
];

type Delta = Array<{ insert?: unknown; attributes?: Record<string, unknown> }>;

type PropertyHolder = Y.XmlText | Y.XmlElement | Y.Map<unknown>;

/** Reads content and properties now, or as they were at a snapshot (a deleted node's properties are gone now). */
interface Reader {
  delta(type: Y.XmlText): Delta;
  property(type: PropertyHolder, name: string): unknown;
}

function readerFor(snapshot?: Y.Snapshot): Reader {
  return snapshot
    ? {
        delta: (type) => type.toDelta(snapshot) as Delta,
        property: (type, name) => Y.typeMapGetSnapshot(type as unknown as Y.AbstractType<unknown>, name, snapshot),
      }
    : {
        delta: (type) => type.toDelta() as Delta,
        property: (type, name) => (type instanceof Y.Map ? type.get(name) : (type as Y.XmlText).getAttribute(name)),
      };
}

/** The document's content as blocks; with `snapshot`, as it was then (the doc must keep its history: gc off). */
export function documentBlocks(doc: Y.Doc, snapshot?: Y.Snapshot): BlockList {
  const reader = readerFor(snapshot);
  const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlText);
  const blocks: BlockList = [];
  for (const op of reader.delta(root)) {
    if (op.insert instanceof Y.XmlText) blocks.push(...elementBlocks(op.insert, reader));
    else if (op.insert instanceof Y.XmlElement) {
      const block = decoratorBlock(op.insert);
      if (block) blocks.push(block);
    }
  }
  return blocks;
}

function elementBlocks(element: Y.XmlText, reader: Reader): Block[] {
  const type = reader.property(element, '__type');
  switch (type) {
    case 'heading': {
      const tag = String(reader.property(element, '__tag') ?? 'h2');
      const level = Math.min(3, Math.max(1, Number(tag.slice(1)) || 2)) as 1 | 2 | 3;
      return [{ type: 'heading', level, text: inlines(element, reader) }];
    }
    case 'quote':
      return [{ type: 'quote', text: inlines(element, reader) }];
    case 'list': {
      const items: (Inline[] | string)[] = [];
      collectListItems(element, reader, items);
      return [{ type: reader.property(element, '__listType') === 'number' ? 'numbered' : 'bullets', items }];
    }
    case 'table':
      return [tableBlock(element, reader)];
    default:
      // paragraphs, and any element type this reader does not know, keep their text
      return [{ type: 'paragraph', text: inlines(element, reader) }];
  }
}

/** List items in order; a nested list's items follow their parent item (blocks have no nesting). */
function collectListItems(list: Y.XmlText, reader: Reader, items: (Inline[] | string)[]): void {
  for (const op of reader.delta(list)) {
    if (!(op.insert instanceof Y.XmlText)) continue;
    const nested = reader.delta(op.insert).filter((child) => child.insert instanceof Y.XmlText && reader.property(child.insert, '__type') === 'list');
    if (nested.length > 0) {
      for (const child of nested) collectListItems(child.insert as Y.XmlText, reader, items);
    } else {
      items.push(inlines(op.insert, reader));
    }
  }
}

function tableBlock(table: Y.XmlText, reader: Reader): Block {
  const rows: { cells: string[]; header: boolean }[] = [];
  for (const rowOp of reader.delta(table)) {
    if (!(rowOp.insert instanceof Y.XmlText)) continue;
    const cells: string[] = [];
    let header = true;
    for (const cellOp of reader.delta(rowOp.insert)) {
      if (!(cellOp.insert instanceof Y.XmlText)) continue;
      if (!Number(reader.property(cellOp.insert, '__headerState') ?? 0)) header = false;
      const paragraphs = reader
        .delta(cellOp.insert)
        .filter((op) => op.insert instanceof Y.XmlText)
        .map((op) => plainText(inlines(op.insert as Y.XmlText, reader)));
      cells.push(paragraphs.join('\n'));
    }
    rows.push({ cells, header: header && cells.length > 0 });
  }
  const first = rows[0];
  return first?.header
    ? { type: 'table', header: first.cells, rows: rows.slice(1).map((row) => row.cells) }
    : { type: 'table', header: [], rows: rows.map((row) => row.cells) };
}

/** The text runs of an element: a Y.Map embed sets the format of the characters after it. */
function inlines(element: Y.XmlText, reader: Reader): Inline[] | string {
  const runs = inlineRuns(element, reader);
  // Plain text reads as a string, as templates write it.
  if (runs.length === 0) return '';
  return runs.length === 1 && typeof runs[0] === 'string' ? runs[0] : runs;
}

function inlineRuns(element: Y.XmlText, reader: Reader, href?: string): Inline[] {
  const out: Inline[] = [];
  let formats: InlineFormat[] = [];
  for (const op of reader.delta(element)) {
    const insert = op.insert;
    if (typeof insert === 'string') {
      if (insert.length > 0) out.push(run(insert, formats, href));
    } else if (insert instanceof Y.Map) {
      const bits = Number(reader.property(insert, '__format') ?? 0);
      formats = FORMAT_BITS.filter(([bit]) => (bits & bit) !== 0).map(([, name]) => name);
    } else if (insert instanceof Y.XmlText) {
      // An inline element (a link) inside the paragraph.
      const url = reader.property(insert, '__url');
      out.push(...inlineRuns(insert, reader, typeof url === 'string' ? url : href));
      formats = [];
    }
  }
  return mergeRuns(out);
}

function run(text: string, formats: InlineFormat[], href?: string): Inline {
  if (formats.length === 0 && !href) return text;
  const value: TextRun = { text };
  if (formats.length > 0) value.formats = [...formats];
  if (href) value.href = href;
  return value;
}

/** Adjacent runs with the same formatting become one (Lexical may split a run in two nodes). */
function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const current of runs) {
    const previous = out[out.length - 1];
    if (previous !== undefined && sameStyle(previous, current)) {
      out[out.length - 1] = typeof previous === 'string' ? previous + (current as string) : { ...previous, text: previous.text + (current as TextRun).text };
    } else {
      out.push(current);
    }
  }
  return out;
}

function sameStyle(a: Inline, b: Inline): boolean {
  if (typeof a === 'string' || typeof b === 'string') return typeof a === 'string' && typeof b === 'string';
  return a.href === b.href && (a.formats ?? []).join() === (b.formats ?? []).join();
}

function decoratorBlock(element: Y.XmlElement): Block | null {
  // Decorators (e.g. template guidance) are advice, not the document's text.
  void element;
  return null;
}

export function plainText(value: Inline[] | string): string {
  return typeof value === 'string' ? value : value.map((item) => (typeof item === 'string' ? item : item.text)).join('');
}

/** A block's text as one string (table cells separated by tabs, rows and items by new lines). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return plainText(block.text);
    case 'bullets':
    case 'numbered':
      return block.items.map(plainText).join('\n');
    case 'table':
      return [block.header, ...block.rows].filter((row) => row.length > 0).map((row) => row.join('\t')).join('\n');
    default:
      return '';
  }
}
