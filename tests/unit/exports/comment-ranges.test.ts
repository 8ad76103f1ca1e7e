// Comment threads are anchored with Yjs relative positions in the document's Y.Doc; an export
// needs them as block + unit + character offsets in the BlockList documentBlocks reads.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportComments } from '../../../shared/export/comment-ranges';
import { unitPieces } from '../../../shared/export/export-document';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { setResolved } from '../../../shared/sync/document-comments';
import { DOCUMENT_ROOT_NAME } from '../../../shared/sync/document-doc';
import { ENGLISH_BLOCKS, commentOn, documentDoc } from './export-fixtures';

describe('comment ranges in the exported blocks', () => {
  const doc = documentDoc(ENGLISH_BLOCKS);
  // Paragraph 1: "The committee " (text node 0), "meets" (bold, node 1), " every " (node 2)…
  commentOn(doc, 'in-paragraph', { path: [1], kind: 'text', child: 1, offset: 0 }, { path: [1], kind: 'text', child: 1, offset: 5 }, 'Too often?', 'meets');
  commentOn(doc, 'across-runs', { path: [1], kind: 'text', child: 0, offset: 4 }, { path: [1], kind: 'text', child: 2, offset: 6 }, 'Whole phrase');
  // The second item of the bullet list: "Bruno " then "Costa".
  commentOn(doc, 'in-list', { path: [3, 1], kind: 'text', child: 1, offset: 0 }, { path: [3, 1], kind: 'text', child: 1, offset: 5 }, 'Spelling?', 'Costa');
  // A cell of the table (block 9): row 1, cell 0, its paragraph.
  commentOn(doc, 'in-table', { path: [9, 1, 0, 0], kind: 'text', child: 0, offset: 0 }, { path: [9, 1, 0, 0], kind: 'text', child: 0, offset: 9 }, 'When?');
  commentOn(doc, 'across-blocks', { path: [5, 1], kind: 'text', child: 0, offset: 0 }, { path: [8], kind: 'text', child: 0, offset: 7 }, 'Long');
  commentOn(doc, 'resolved', { path: [2], kind: 'text', child: 0, offset: 0 }, { path: [2], kind: 'text', child: 0, offset: 7 }, 'Done');
  setResolved(doc, 'resolved', true, 'Bruno', 1);
  const blocks = documentBlocks(doc);
  const byId = new Map(exportComments(doc).map((comment) => [comment.id, comment]));

  it('maps a passage inside one text node to its characters', () => {
    const range = byId.get('in-paragraph')!.range!;
    expect(range).toEqual({ start: { block: 1, unit: 0, offset: 14 }, end: { block: 1, unit: 0, offset: 19 }, whole: false });
    const paragraph = blocks[1]!;
    if (paragraph.type !== 'paragraph') throw new Error('not a paragraph');
    const pieces = unitPieces(paragraph.text, [byId.get('in-paragraph')!], 1, 0);
    const commented = pieces.filter((piece) => piece.kind === 'text' && piece.commented).map((piece) => (piece as { text: string }).text).join('');
    expect(commented).toBe('meets');
  });

  it('counts characters across formatted runs', () => {
    expect(byId.get('across-runs')!.range).toEqual({ start: { block: 1, unit: 0, offset: 4 }, end: { block: 1, unit: 0, offset: 25 }, whole: false });
  });

  it('maps a passage in a list to its item', () => {
    expect(byId.get('in-list')!.range).toEqual({ start: { block: 3, unit: 1, offset: 6 }, end: { block: 3, unit: 1, offset: 11 }, whole: false });
  });

  it('covers the whole table for a passage in a cell', () => {
    const range = byId.get('in-table')!.range!;
    expect(range.whole).toBe(true);
    expect(range.start).toEqual({ block: 9, unit: 0, offset: 0 });
    expect(range.end).toEqual({ block: 9, unit: 5, offset: Infinity });
  });

  it('spans blocks from the start point to the end point', () => {
    expect(byId.get('across-blocks')!.range).toEqual({ start: { block: 5, unit: 1, offset: 0 }, end: { block: 8, unit: 0, offset: 7 }, whole: false });
  });

  it('leaves resolved threads out unless asked, and keeps their messages', () => {
    expect(byId.has('resolved')).toBe(false);
    const all = exportComments(doc, { resolved: true });
    expect(all.find((comment) => comment.id === 'resolved')?.resolved).toBe(true);
    expect(byId.get('in-paragraph')!.messages).toEqual([{ author: 'Amina Diallo', text: 'Too often?', createdAt: Date.parse('2026-11-20T10:00:00Z') }]);
  });

  it('has no range when the passage was deleted, and keeps its quote', () => {
    const copy = new Y.Doc({ gc: false });
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const root = copy.get(DOCUMENT_ROOT_NAME, Y.XmlText);
    // Delete the bullet list (the fourth element of the root).
    const delta = root.toDelta() as Array<{ insert: unknown }>;
    const index = delta.findIndex((op) => op.insert instanceof Y.XmlText && op.insert.getAttribute('__type') === 'list');
    root.delete(index, 1);
    const orphan = exportComments(copy).find((comment) => comment.id === 'in-list')!;
    expect(orphan.range).toBeNull();
    expect(orphan.quote).toBe('Costa');
  });
});
