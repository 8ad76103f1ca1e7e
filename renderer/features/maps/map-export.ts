/**
 * A strategy map as a document to export (DOCX, PDF, Markdown, HTML): its board as structured
 * text, with the board's picture on top when the page that exports it has one to give.
 */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { ExportDocument, ExportFigure } from '../../../shared/export/export-document';
import type { Locale } from '../../../shared/model/locale';
import { boardBlocks } from '../../../shared/sync/boards/board-blocks';
import { readMap } from '../../../shared/sync/maps-doc';
import { readProfile } from '../../../shared/sync/workspace-doc';
import { exportLabels } from '../exports/export-file';
import { formatIsoDate } from '../members/member-text';
import { forceFieldLabels, problemTreeLabels, tocLabels } from './boards/board-labels';

export function mapExport({
  doc,
  mapId,
  t,
  locale,
  today,
  figure,
}: {
  doc: Y.Doc;
  mapId: string;
  t: TFunction;
  locale: Locale;
  today: string;
  figure?: ExportFigure;
}): ExportDocument | null {
  const board = readMap(doc, mapId);
  if (!board) return null;
  const formatDate = (iso: string) => formatIsoDate(iso.slice(0, 10), locale);
  const translate = (key: string, values?: Record<string, string | number>) => t(key, values ?? {});
  // The board's own heading is the document's title.
  const [, ...blocks] = boardBlocks(doc, mapId, {
    t: translate,
    formatDate,
    labels: { toc: tocLabels(t), problemTree: problemTreeLabels(t), forceField: forceFieldLabels(t) },
  });
  return {
    locale,
    title: board.title,
    subtitle: [t(`maps.list.kinds.${board.kind}.name`), readProfile(doc)?.name ?? ''].filter(Boolean).join(' · '),
    ...(figure ? { figure } : {}),
    blocks,
    footer: t('exports.footer', { date: formatIsoDate(today, locale) }),
    labels: exportLabels(t),
  };
}
