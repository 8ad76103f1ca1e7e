/** Documents the export tests share: an English one with every kind of block and comments, and an Arabic one. */
import * as Y from 'yjs';
import type { ExportComment, ExportDocument, ExportLabels } from '../../../shared/export/export-document';
import type { BlockList } from '../../../shared/model/template';
import { encodeTreePoint, type TreePoint } from '../../../shared/sync/document-anchors';
import { addThread } from '../../../shared/sync/document-comments';
import { DOCUMENT_ROOT_NAME, newDocumentDoc } from '../../../shared/sync/document-doc';
import { writeBlocksToYDoc } from '../../../renderer/editor/blocks/blocks-to-ydoc';

export const LABELS: ExportLabels = { comments: 'Comments', deletedPassage: 'Comment on a passage since deleted:', page: 'Page {page} of {pages}' };
export const ARABIC_LABELS: ExportLabels = { comments: 'التعليقات', deletedPassage: 'تعليق على مقطع حُذف لاحقًا:', page: 'الصفحة {page} من {pages}' };

export const ENGLISH_BLOCKS: BlockList = [
  { type: 'heading', level: 1, text: 'Terms of Reference' },
  { type: 'paragraph', text: ['The committee ', { text: 'meets', formats: ['bold'] }, ' every ', { text: 'month', formats: ['italic'] }, ' (see ', { text: 'the charter', href: 'https://example.org/charter' }, ').'] },
  { type: 'heading', level: 2, text: 'Members' },
  { type: 'bullets', items: ['Amina Diallo', ['Bruno ', { text: 'Costa', formats: ['underline'] }]] },
  { type: 'heading', level: 3, text: 'Steps' },
  { type: 'numbered', items: ['Draft', 'Consult', 'Adopt'] },
  { type: 'paragraph', text: 'Once adopted:' },
  { type: 'numbered', items: ['Publish', 'Review'] },
  { type: 'quote', text: 'Nothing about us without us.' },
  { type: 'table', header: ['Action', 'Owner'], rows: [['Circulate the minutes', 'Amina'], ['Book the room', 'Bruno']] },
  { type: 'paragraph', text: ['Unsafe ', { text: 'link', href: 'javascript:alert(1)' }, ' & <b>markup</b>.'] },
];

export const ARABIC_BLOCKS: BlockList = [
  { type: 'heading', level: 1, text: 'ميثاق التحالف' },
  { type: 'paragraph', text: 'يجتمع مجلس التنسيق مرة كل شهر في مدينة تونس.' },
  { type: 'heading', level: 2, text: 'المهام' },
  { type: 'numbered', items: ['إعداد المحضر', 'متابعة القرارات'] },
  { type: 'paragraph', text: 'The English sentence stays left to right.' },
  { type: 'table', header: ['المهمة', 'المسؤول'], rows: [['نشر المحضر', 'مريم']] },
];

/** A real document Y.Doc holding `blocks`, as the app writes it. */
export function documentDoc(blocks: BlockList, id = 'doc-1'): Y.Doc {
  const doc = newDocumentDoc(id);
  writeBlocksToYDoc(doc, blocks);
  return doc;
}

/** Anchors a comment thread between two tree points (as the editor would, from a selection). */
export function commentOn(doc: Y.Doc, id: string, from: TreePoint, to: TreePoint, text: string, quote = ''): void {
  const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlText);
  const anchor = encodeTreePoint(root, from, 0);
  const focus = encodeTreePoint(root, to, -1);
  if (!anchor || !focus) throw new Error('no such point');
  addThread(doc, { id, author: 'Amina Diallo', text, createdAt: Date.parse('2026-11-20T10:00:00Z'), mentions: [], anchor, focus, quote });
}

export function exportDocument(blocks: BlockList, options: Partial<ExportDocument> = {}): ExportDocument {
  return { locale: 'en', title: 'Terms of Reference', titleShown: false, subtitle: 'West Africa Alliance · Agreement', blocks, footer: 'Exported from Accord on 21 Nov 2026', labels: LABELS, ...options };
}

export const COMMENT: ExportComment = {
  id: 'c1',
  range: { start: { block: 1, unit: 0, offset: 14 }, end: { block: 1, unit: 0, offset: 19 }, whole: false },
  quote: 'meets',
  resolved: false,
  messages: [
    { author: 'Amina Diallo', text: 'Monthly is too often.', createdAt: Date.parse('2026-11-20T10:00:00Z') },
    { author: 'Bruno Costa', text: 'Agreed: every two months.', createdAt: Date.parse('2026-11-20T11:00:00Z') },
  ],
};

/** A 1×1 PNG, for a document's figure. */
export const TINY_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (character) => character.charCodeAt(0));
