import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentEntry } from '../../../shared/model/document';
import type { LoadReport } from '../../storage/y-dexie-persistence';
import { DocumentEditor } from '../../editor/DocumentEditor';

/** One open document: its title, what storage had to say about it, and the editor. */
interface Props {
  workspaceId: string;
  entry: DocumentEntry;
  readOnly?: boolean;
  presence?: { name: string; color: string };
}

export function DocumentScreen({ workspaceId, entry, readOnly = false, presence }: Props) {
  const { t } = useTranslation();
  const [report, setReport] = useState<LoadReport | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <section className="screen screen--document" aria-labelledby="document-title">
      <header className="document-header">
        <h1 id="document-title">{entry.title}</h1>
        <p className="document-header__kind">{t(`kinds.${entry.kind}`)}</p>
      </header>
      {report && report.corruptRows > 0 ? (
        <p className="notice notice--warning" role="alert">
          {t('save.recovered', { count: report.corruptRows })}
        </p>
      ) : null}
      {report && report.missingHistory ? (
        <p className="notice notice--warning" role="alert">
          {t('save.missingHistory')}
        </p>
      ) : null}
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t('errors.storageUnavailable')}
        </p>
      ) : null}
      <DocumentEditor
        workspaceId={workspaceId}
        documentId={entry.id}
        readOnly={readOnly}
        presence={presence}
        onLoaded={setReport}
        onLoadFailed={() => setFailed(true)}
      />
      {readOnly ? null : <p className="shortcuts-hint">{t('editor.shortcutsHint')}</p>}
    </section>
  );
}
