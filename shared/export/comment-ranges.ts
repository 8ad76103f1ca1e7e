/**
 * Where a document's comment threads sit in its exported blocks: each thread's two anchors
 * (Yjs relative positions, see shared/sync/document-anchors.ts) become block + unit + character
 * offsets in the BlockList `documentBlocks(doc)` reads. In a table the exact cell cannot be told
 * reliably, so the thread covers the whole table (`whole`). A thread whose passage was deleted
 * has no range; it is still exported, with the words it was written on.
 */
import * as Y from 'yjs';
import { decodeTreePoint, segmentsOf, type TreePoint } from '../sync/document-anchors';
import { readThreads, type CommentThread } from '../sync/document-comments';
import { DOCUMENT_ROOT_NAME } from '../sync/document-doc';
import type { BlockPoint, CommentRange, ExportComment } from './export-document';

/** Characters of text inside an element (links and other inline elements included), as documentBlocks reads them. */
function textLength(type: Y.XmlText): number {
  let total = 0;
  for (const segment of segmentsOf(type)) {
    if (segment.kind === 'text') total += segment.length;
    else if (segment.kind === 'element') total += textLength(segment.type);
  }
  return total;
}

function lengthOfSegments(type: Y.XmlText, count: number): number {
  let total = 0;
  for (const segment of segmentsOf(type).slice(0, count)) {
    if (segment.kind === 'text') total += segment.length;
    else if (segment.kind === 'element') total += textLength(segment.type);
  }
  return total;
}

/** Characters before the point inside `type`, following `rest` (the point's path below `type`). */
function charsBefore(type: Y.XmlText, rest: readonly number[], point: TreePoint): number | null {
  if (rest.length > 0) {
    const index = rest[0]!;
    const segment = segmentsOf(type)[index];
    if (segment?.kind !== 'element') return null;
    const inner = charsBefore(segment.type, rest.slice(1), point);
    return inner === null ? null : lengthOfSegments(type, index) + inner;
  }
  return point.kind === 'text' ? lengthOfSegments(type, point.child) + point.offset : lengthOfSegments(type, point.offset);
}

/** The leaf list items of a list element, in the order documentBlocks flattens them. */
function listLeaves(list: Y.XmlText): Y.XmlText[] {
  const leaves: Y.XmlText[] = [];
  for (const segment of segmentsOf(list)) {
    if (segment.kind !== 'element') continue;
    const nested = segmentsOf(segment.type).filter(
      (child): child is Extract<typeof child, { kind: 'element' }> => child.kind === 'element' && child.type.getAttribute('__type') === 'list',
    );
    if (nested.length > 0) for (const child of nested) leaves.push(...listLeaves(child.type));
    else leaves.push(segment.type);
  }
  return leaves;
}

/** Cells of a table element, row by row. */
function tableCellCount(table: Y.XmlText): number {
  let count = 0;
  for (const row of segmentsOf(table)) {
    if (row.kind === 'element') count += segmentsOf(row.type).filter((cell) => cell.kind === 'element').length;
  }
  return count;
}

type Located = { point: BlockPoint; whole: false } | { block: number; cells: number; whole: true };

function locate(root: Y.XmlText, point: TreePoint): Located | null {
  const [top, ...rest] = point.path;
  if (top === undefined) return null;
  const rootSegments = segmentsOf(root);
  const segment = rootSegments[top];
  if (segment?.kind !== 'element') return null;
  // Each element at the root is one block; decorators (guidance) are none.
  const block = rootSegments.slice(0, top).filter((candidate) => candidate.kind === 'element').length;
  const element = segment.type;
  const type = element.getAttribute('__type');
  if (type === 'table') return { block, cells: tableCellCount(element), whole: true };
  if (type === 'list') {
    // Walk the path down to the leaf item it passes through.
    const leaves = listLeaves(element);
    let current = element;
    for (let depth = 0; depth < rest.length; depth++) {
      const child = segmentsOf(current)[rest[depth]!];
      if (child?.kind !== 'element') return null;
      current = child.type;
      const unit = leaves.indexOf(current);
      if (unit >= 0) {
        const offset = charsBefore(current, rest.slice(depth + 1), point);
        return offset === null ? null : { point: { block, unit, offset }, whole: false };
      }
    }
    return null;
  }
  const offset = charsBefore(element, rest, point);
  return offset === null ? null : { point: { block, unit: 0, offset }, whole: false };
}

const compare = (a: BlockPoint, b: BlockPoint) => a.block - b.block || a.unit - b.unit || a.offset - b.offset;

/** A thread's passage in the exported blocks, or null when it was deleted (or its anchors are damaged). */
export function commentRange(doc: Y.Doc, thread: Pick<CommentThread, 'anchor' | 'focus'>): CommentRange | null {
  const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlText);
  const anchor = decodeTreePoint(doc, root, thread.anchor);
  const focus = decodeTreePoint(doc, root, thread.focus);
  if (!anchor || !focus) return null;
  const a = locate(root, anchor);
  const b = locate(root, focus);
  if (!a || !b) return null;
  if (a.whole || b.whole) {
    // Inside a table: the whole of the blocks the passage touches.
    const first = a.whole ? { block: a.block, unit: 0, offset: 0 } : a.point;
    const last = b.whole ? { block: b.block, unit: Math.max(0, b.cells - 1), offset: Infinity } : b.point;
    const [start, end] = compare(first, last) <= 0 ? [first, last] : [last, first];
    return { start: a.whole && b.whole ? first : start, end: a.whole && b.whole ? last : end, whole: true };
  }
  const [start, end] = compare(a.point, b.point) <= 0 ? [a.point, b.point] : [b.point, a.point];
  return { start, end, whole: false };
}

/** The document's threads for an export: open ones only unless `resolved` is asked for, oldest first. */
export function exportComments(doc: Y.Doc, options: { resolved?: boolean } = {}): ExportComment[] {
  return readThreads(doc)
    .filter((thread) => options.resolved || !thread.resolved)
    .map((thread) => ({
      id: thread.id,
      range: commentRange(doc, thread),
      quote: thread.quote,
      resolved: thread.resolved,
      messages: thread.messages.map((message) => ({ author: message.author, text: message.text, createdAt: message.createdAt })),
    }));
}
