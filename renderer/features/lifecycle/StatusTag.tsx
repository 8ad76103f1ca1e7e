import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../shared/sync/document-lifecycle';

/** A document's status as a small tag; drafts are the ordinary case and show only where asked. */
export function StatusTag({ status = 'draft', showDraft = false }: { status?: DocumentStatus; showDraft?: boolean }) {
  const { t } = useTranslation();
  if (status === 'draft' && !showDraft) return null;
  return <span className={`status-tag status-tag--${status}`}>{t(`lifecycle.statuses.${status}`)}</span>;
}
