import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DocumentEntry } from '../../../shared/model/document';
import type { Member } from '../../../shared/model/members';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { useServices } from '../../app/services';
import type { LoadReport } from '../../storage/y-dexie-persistence';
import { DocumentEditor } from '../../editor/DocumentEditor';
import { DocumentContextProvider, type DocumentContextValue } from './document-context';

interface Props {
  workspaceId: string;
  entry: DocumentEntry;
  workspaceDoc: Y.Doc;
  members: Member[];
  /** An observer's view: the text and others' cursors, no changes. */
  readOnly?: boolean;
  presence: { name: string; color: string };
}

/**
 * One open document: its title and tools, what storage had to say about it, the editor,
 * and one side panel at a time (comments, versions, endorsements).
 */
export function DocumentScreen({ workspaceId, entry, workspaceDoc, members, readOnly = false, presence }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const [report, setReport] = useState<LoadReport | null>(null);
  const [failed, setFailed] = useState(false);
  const [doc, setDoc] = useState<Y.Doc | null>(null);

  // The same Y.Doc the editor edits (the registry hands out one per document).
  useEffect(() => {
    const lease = services.docs.acquire(entry.id, { workspaceId, create: () => newDocumentDoc(entry.id) });
    let live = true;
    void lease.ready.then(
      ({ doc: loaded }) => live && setDoc(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      void lease.release();
    };
  }, [services, workspaceId, entry.id]);

  const context: DocumentContextValue | null = doc ? { workspaceId, entry, doc, workspaceDoc, members, readOnly, author: presence } : null;
  const tools: ReactNode[] = [];
  const plugins: ReactNode[] = [];
  const panel: ReactNode = null;

  const body = (
    <section className="screen screen--document" aria-labelledby="document-title">
      <header className="document-header">
        <h1 id="document-title">{entry.title}</h1>
        <p className="document-header__kind">{t(`kinds.${entry.kind}`)}</p>
        {tools.length > 0 ? <div className="document-header__tools">{tools}</div> : null}
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
      <div className={panel ? 'document-layout document-layout--with-panel' : 'document-layout'}>
        <div className="document-layout__editor">
          <DocumentEditor
            workspaceId={workspaceId}
            documentId={entry.id}
            readOnly={readOnly}
            presence={presence}
            plugins={plugins}
            onLoaded={setReport}
            onLoadFailed={() => setFailed(true)}
          />
          {readOnly ? null : <p className="shortcuts-hint">{t('editor.shortcutsHint')}</p>}
        </div>
        {panel}
      </div>
    </section>
  );
  return context ? <DocumentContextProvider value={context}>{body}</DocumentContextProvider> : body;
}
