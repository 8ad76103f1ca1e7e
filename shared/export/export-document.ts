/**
 * What every export writer (HTML, DOCX, Markdown; PDF is printed from the HTML) takes: a titled
 * BlockList in one language, with the comment threads anchored on its passages.
 */
import type { Locale } from '../model/locale';
import type { Block, BlockList, Inline } from '../model/template';
import { plainText } from '../sync/document-blocks';

/**
 * A place in the exported blocks. `unit` is the paragraph-like part of the block the point is in:
 * 0 for a heading, paragraph or quote; the item's index for a list (nested items flattened, as
 * the BlockList holds them); the cell's index for a table (header cells first, then row by row).
 * `offset` counts characters of that unit's text; `Infinity` stands for its end.
 */
export interface BlockPoint {
  block: number;
  unit: number;
  offset: number;
}

export interface CommentRange {
  start: BlockPoint;
  end: BlockPoint;
  /** True when the exact passage could not be told (in a table): the range covers the whole block. */
  whole: boolean;
}

export interface ExportCommentMessage {
  author: string;
  text: string;
  /** Milliseconds since the epoch; 0 when unknown. */
  createdAt: number;
}

export interface ExportComment {
  id: string;
  /** Null when the passage was deleted since: the note still says what it was about (`quote`). */
  range: CommentRange | null;
  quote: string;
  resolved: boolean;
  /** The opening message first, then the replies. */
  messages: ExportCommentMessage[];
}

/** Words the writers put in the file, in the document's language (the caller takes them from its catalogue). */
export interface ExportLabels {
  /** The heading of the notes at the end of an HTML/PDF export, e.g. "Comments". */
  comments: string;
  /** e.g. "Comment on a passage since deleted:". */
  deletedPassage: string;
  /** The page number at the foot of printed pages, with `{page}` and `{pages}` where the numbers go: "Page {page} of {pages}". */
  page: string;
}

/** A picture shown under the subtitle (a strategy map's board): a PNG, its size in CSS pixels, and its alternative text. */
export interface ExportFigure {
  png: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

export interface ExportDocument {
  /** The document's language: `<html lang dir>`, the DOCX's language, the base direction. */
  locale: Locale;
  title: string;
  /** False when the blocks open with the title themselves (a document's own level-1 heading): the writers then add no title heading. */
  titleShown?: boolean;
  /** E.g. the workspace name and the date, under the title. */
  subtitle?: string;
  /** Guidance blocks (toolkit advice) are left out: they are not part of the record. */
  blocks: BlockList;
  /** Under the subtitle, in the HTML, PDF and DOCX files (Markdown cannot hold it). */
  figure?: ExportFigure;
  /** Printed at the end, e.g. "Exported from Accord on 21 November 2026". */
  footer?: string;
  comments?: ExportComment[];
  labels: ExportLabels;
}

/** How many blocks come before the subtitle: the document's own title heading, when it opens with one. */
export function blocksBeforeSubtitle(document: Pick<ExportDocument, 'titleShown' | 'blocks'>): number {
  return document.titleShown === false && document.blocks[0]?.type === 'heading' ? 1 : 0;
}

/** Arabic (and other right-to-left scripts) letters. */
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;

/** The direction of a text as its first strong letter gives it (the Unicode rule, like `dir="auto"`); `fallback` when it has none. */
export function textDirection(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  for (const char of text) {
    if (RTL_CHAR.test(char)) return 'rtl';
    if (LTR_CHAR.test(char)) return 'ltr';
  }
  return fallback;
}

export function hasRtlText(text: string): boolean {
  return RTL_CHAR.test(text);
}

/** The paragraph-like units of a block, in order, as inline runs (see BlockPoint). */
export function blockUnits(block: Block): (Inline[] | string)[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return [block.text];
    case 'bullets':
    case 'numbered':
      return block.items;
    case 'table':
      return [...block.header, ...block.rows.flat()];
    default:
      return [];
  }
}

/** Only https and mailto links are kept in exports (as in the editor). */
export function isExportableLink(href: string | undefined): href is string {
  if (!href) return false;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** A piece of a unit's text: characters with one style, or a comment's start or end. */
export type Piece =
  | { kind: 'text'; text: string; formats: readonly string[]; href?: string; commented: boolean }
  | { kind: 'start'; comment: number }
  | { kind: 'end'; comment: number };

/**
 * A unit's runs cut where comments start and end. `comments` are the export's comments in
 * order (their index is their number); only those with a range touching this unit count.
 */
export function unitPieces(text: Inline[] | string, comments: readonly ExportComment[], block: number, unit: number): Piece[] {
  const runs: Inline[] = typeof text === 'string' ? [text] : text;
  const length = runs.reduce((sum, run) => sum + (typeof run === 'string' ? run.length : run.text.length), 0);
  const events: { at: number; kind: 'start' | 'end'; comment: number }[] = [];
  const active = new Set<number>();
  comments.forEach((comment, index) => {
    const range = comment.range;
    if (!range) return;
    const startsHere = range.start.block === block && range.start.unit === unit;
    const endsHere = range.end.block === block && range.end.unit === unit;
    const before = (point: BlockPoint) => point.block < block || (point.block === block && point.unit < unit);
    const after = (point: BlockPoint) => point.block > block || (point.block === block && point.unit > unit);
    if (startsHere) events.push({ at: Math.min(range.start.offset, length), kind: 'start', comment: index });
    if (endsHere) events.push({ at: Math.min(range.end.offset, length), kind: 'end', comment: index });
    // A range that spans this whole unit (it starts before and ends after) highlights all of it.
    if (!startsHere && before(range.start) && (endsHere || after(range.end))) active.add(index);
  });
  // Ends before starts at the same offset; then by comment number.
  events.sort((a, b) => a.at - b.at || (a.kind === b.kind ? a.comment - b.comment : a.kind === 'end' ? -1 : 1));
  const pieces: Piece[] = [];
  let position = 0;
  let next = 0;
  const flush = (upTo: number) => {
    while (next < events.length && events[next]!.at <= upTo) {
      const event = events[next++]!;
      pieces.push({ kind: event.kind, comment: event.comment });
      if (event.kind === 'start') active.add(event.comment);
      else active.delete(event.comment);
    }
  };
  flush(0);
  for (const run of runs) {
    const runText = typeof run === 'string' ? run : run.text;
    const formats = typeof run === 'string' ? [] : (run.formats ?? []);
    const href = typeof run === 'string' ? undefined : run.href;
    let from = 0;
    while (from < runText.length) {
      const nextAt = next < events.length ? events[next]!.at - position : Infinity;
      const to = Math.min(runText.length, Math.max(from + 1, nextAt));
      const piece: Piece = { kind: 'text', text: runText.slice(from, to), formats, commented: active.size > 0 };
      if (href !== undefined) piece.href = href;
      pieces.push(piece);
      position += to - from;
      from = to;
      flush(position);
    }
  }
  flush(Infinity);
  return pieces;
}

export { plainText };
