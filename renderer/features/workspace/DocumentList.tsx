import { useTranslation } from 'react-i18next';
import { PencilIcon, TrashIcon } from '../../ui/icons';
import type { DocumentEntry } from '../../../shared/model/document';
import { useServices } from '../../app/services';
import { useLiveQuery } from '../../app/use-live-query';
import { getDocMeta } from '../../storage/repositories';
import { formatRelativeTime } from '../../ui/format-time';
import { currentLocale } from '../../i18n/i18n';
import type * as Y from 'yjs';
import { useOpenCommentCounts } from '../comments/use-open-comment-counts';
import type { DocumentStatus } from '../../../shared/sync/document-lifecycle';
import { StatusTag } from '../lifecycle/StatusTag';

interface Props {
  workspaceId: string;
  documents: DocumentEntry[];
  onRename: (entry: DocumentEntry) => void;
  onDelete: (entry: DocumentEntry) => void;
  /** An observer's list: no rename or delete. */
  readOnly?: boolean;
  /** The workspace doc, where each document's open-comment count is kept. */
  workspaceDoc?: Y.Doc;
  /** Each document's lifecycle status (a missing one reads as a draft). */
  statuses?: ReadonlyMap<string, DocumentStatus>;
}

export function DocumentList({ workspaceId, documents, onRename, onDelete, readOnly = false, statuses, workspaceDoc }: Props) {
  const { t } = useTranslation();
  const { db } = useServices();
  const ids = documents.map((entry) => entry.id);
  const meta = useLiveQuery(() => getDocMeta(db, ids), [db, ids.join(',')]);
  const locale = currentLocale();
  const commentCounts = useOpenCommentCounts(workspaceDoc);
  if (documents.length === 0) return <p className="empty">{t('workspace.noDocuments')}</p>;
  return (
    <table className="table" data-testid="document-list">
      <thead>
        <tr>
          <th scope="col">{t('workspace.title')}</th>
          <th scope="col">{t('workspace.kind')}</th>
          <th scope="col">{t('lifecycle.statusLabel')}</th>
          <th scope="col">{t('workspace.lastEdited')}</th>
          <th scope="col">{t('comments.openCommentsColumn')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('workspace.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((entry) => {
          const lastEditAt = meta?.get(entry.id)?.lastEditAt;
          return (
            <tr key={entry.id}>
              <td>
                <a href={`#/w/${workspaceId}/d/${entry.id}`}>{entry.title}</a>
              </td>
              <td>{t(`kinds.${entry.kind}`)}</td>
              <td>
                <StatusTag status={statuses?.get(entry.id) ?? 'draft'} showDraft />
              </td>
              <td>{lastEditAt ? formatRelativeTime(lastEditAt, locale) : t('workspace.never')}</td>
              <td data-testid="open-comment-count">
                {commentCounts.get(entry.id) ? <span className="badge">{t('comments.countInList', { count: commentCounts.get(entry.id) })}</span> : null}
              </td>
              <td className="table__actions">
                {readOnly ? null : (
                  <>
                <button type="button" className="button button--quiet" aria-label={t('workspace.rename', { title: entry.title })} onClick={() => onRename(entry)}>
                  <PencilIcon />
                </button>
                <button type="button" className="button button--quiet" aria-label={t('workspace.delete', { title: entry.title })} onClick={() => onDelete(entry)}>
                  <TrashIcon />
                </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
