/** A document as an export: its blocks as they are now, its open comment threads on their passages. */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { exportComments } from '../../../shared/export/comment-ranges';
import type { ExportDocument } from '../../../shared/export/export-document';
import type { DocumentEntry } from '../../../shared/model/document';
import type { Locale } from '../../../shared/model/locale';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { formatIsoDate } from '../members/member-text';
import { exportLabels } from './export-file';

export interface DocumentExportInput {
  doc: Y.Doc;
  entry: Pick<DocumentEntry, 'title' | 'kind'>;
  workspaceName: string;
  t: TFunction;
  locale: Locale;
  /** YYYY-MM-DD, for the footer. */
  today: string;
  comments: boolean;
}

export function documentExport({ doc, entry, workspaceName, t, locale, today, comments }: DocumentExportInput): ExportDocument {
  const blocks = documentBlocks(doc);
  const first = blocks[0];
  return {
    locale,
    title: entry.title,
    // A document usually opens with its title as a level-1 heading: not written twice.
    titleShown: !(first?.type === 'heading' && first.level === 1),
    subtitle: [workspaceName, t(`kinds.${entry.kind}`)].filter(Boolean).join(' · '),
    blocks,
    comments: comments ? exportComments(doc) : [],
    footer: t('exports.footer', { date: formatIsoDate(today, locale) }),
    labels: exportLabels(t),
  };
}
