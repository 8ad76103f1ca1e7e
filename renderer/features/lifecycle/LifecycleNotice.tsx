import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { DOCUMENT_TITLE_MAX, type DocumentEntry } from '../../../shared/model/document';
import { openAmendmentsOf } from '../../../shared/sync/document-lifecycle';
import { listDocumentEntries } from '../../../shared/sync/workspace-doc';
import { useServices } from '../../app/services';
import { navigate } from '../../app/router';
import { currentLocale } from '../../i18n/i18n';
import { formatIsoDate } from '../members/member-text';
import { startAmendment } from './amendment';
import { useLifecycle } from './use-lifecycle';

interface Props {
  workspaceId: string;
  workspaceDoc: Y.Doc;
  entry: DocumentEntry;
  /** The document's loaded Y.Doc (null while loading): the text an amendment starts from. */
  doc: Y.Doc | null;
  observer: boolean;
}

/** Says when and by which decision a document was adopted, what replaced it, what it amends. */
export function LifecycleNotice({ workspaceId, workspaceDoc, entry, doc, observer }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const lifecycle = useLifecycle(workspaceDoc, entry.id);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const entries = listDocumentEntries(workspaceDoc);
  const titleOf = (id: string | null) => entries.find((candidate) => candidate.id === id)?.title;
  const link = (id: string) => <a href={`#/w/${workspaceId}/d/${id}`}>{titleOf(id)}</a>;
  const adopted =
    lifecycle.adoptedOn && lifecycle.adoptedBy
      ? t('lifecycle.adoptedNotice', { date: formatIsoDate(lifecycle.adoptedOn, currentLocale()), decision: lifecycle.adoptedBy })
      : null;
  const amends = titleOf(lifecycle.amendmentOf) ? (
    <p>
      {t('lifecycle.amendmentOf')} {link(lifecycle.amendmentOf!)}
    </p>
  ) : null;

  const amend = async () => {
    if (!doc) return;
    setBusy(true);
    setFailed(false);
    try {
      const title = t('lifecycle.amendmentTitle', { title: entry.title }).slice(0, DOCUMENT_TITLE_MAX);
      const id = await startAmendment(services, workspaceDoc, workspaceId, { entry, doc }, title);
      navigate({ name: 'document', workspaceId, documentId: id });
    } catch (error) {
      console.error('amendment', error);
      setFailed(true);
      setBusy(false);
    }
  };

  if (lifecycle.status === 'adopted') {
    const inProgress = openAmendmentsOf(workspaceDoc, entry.id).filter((id) => titleOf(id));
    return (
      <div className="notice notice--lifecycle" data-testid="lifecycle-notice">
        {adopted ? (
          <p>
            {adopted}
            {lifecycle.adoptionEntryId ? (
              <>
                {' '}
                <a href={`#/w/${workspaceId}/log?entry=${lifecycle.adoptionEntryId}`}>{t('lifecycle.seeLogEntry')}</a>
              </>
            ) : null}
          </p>
        ) : null}
        <p>{t('lifecycle.protectedNotice')}</p>
        {amends}
        {inProgress.length > 0 ? (
          <p>
            {t('lifecycle.amendmentInProgress')}{' '}
            {inProgress.map((id, index) => (
              <span key={id}>
                {index > 0 ? ', ' : null}
                {link(id)}
              </span>
            ))}
          </p>
        ) : null}
        {observer ? null : (
          <button type="button" className="button" disabled={!doc || busy} onClick={() => void amend()}>
            {t('lifecycle.startAmendment')}
          </button>
        )}
        {failed ? <p role="alert">{t('errors.storageUnavailable')}</p> : null}
      </div>
    );
  }
  if (lifecycle.status === 'superseded') {
    return (
      <div className="notice notice--lifecycle" data-testid="lifecycle-notice">
        <p>{t('lifecycle.supersededNotice')}</p>
        {titleOf(lifecycle.supersededBy) ? (
          <p>
            {t('lifecycle.supersededBy')} {link(lifecycle.supersededBy!)}
          </p>
        ) : null}
        {adopted ? <p>{adopted}</p> : null}
        {amends}
      </div>
    );
  }
  return amends ? (
    <div className="notice notice--lifecycle" data-testid="lifecycle-notice">
      {amends}
    </div>
  ) : null;
}
