import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DocumentEntry } from '../../../shared/model/document';
import { renameDocumentEntry } from '../../../shared/sync/workspace-doc';
import { templateFor } from '../../../shared/model/templates';
import { useServices } from '../../app/services';
import { navigate } from '../../app/router';
import { useMenuCommand } from '../../app/use-menu-command';
import { currentLocale } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { createDocument, deleteDocument } from '../workspaces/workspace-actions';
import { DocumentFormDialog } from './DocumentFormDialog';
import { DocumentList } from './DocumentList';
import { useWorkspaceSession } from './use-workspace-session';
import { DocumentScreen } from '../documents/DocumentScreen';

type Pending = { kind: 'create' } | { kind: 'rename'; entry: DocumentEntry } | { kind: 'delete'; entry: DocumentEntry } | null;

/** A workspace: its documents in the side navigation, and either the overview or one open document. */
export function WorkspaceScreen({ workspaceId, documentId }: { workspaceId: string; documentId?: string }) {
  const { t } = useTranslation();
  const services = useServices();
  const session = useWorkspaceSession(workspaceId);
  const [pending, setPending] = useState<Pending>(null);
  useMenuCommand('new-document', () => setPending({ kind: 'create' }));

  if (session.state === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (session.state !== 'ready') {
    return (
      <section className="screen">
        <h1>{t('workspace.notFound')}</h1>
        <a className="button" href="#/">
          {t('workspace.backHome')}
        </a>
      </section>
    );
  }
  const { doc, profile, documents } = session;
  const openEntry = documentId ? documents.find((entry) => entry.id === documentId) : undefined;

  return (
    <div className="workspace">
      <nav className="workspace__nav" aria-label={t('workspace.documents')}>
        <a className="workspace__name" href={`#/w/${workspaceId}`}>
          {profile.name}
        </a>
        <ul className="nav-list">
          {documents.map((entry) => (
            <li key={entry.id}>
              <a href={`#/w/${workspaceId}/d/${entry.id}`} aria-current={entry.id === documentId ? 'page' : undefined}>
                {entry.title}
              </a>
            </li>
          ))}
        </ul>
        <button type="button" className="button button--primary" onClick={() => setPending({ kind: 'create' })}>
          {t('workspace.newDocument')}
        </button>
      </nav>

      <div className="workspace__main">
        {documentId ? (
          openEntry ? (
            <DocumentScreen key={openEntry.id} workspaceId={workspaceId} entry={openEntry} />
          ) : (
            <section className="screen">
              <h1>{t('editor.notFound')}</h1>
              <a className="button" href={`#/w/${workspaceId}`}>
                {t('editor.backToWorkspace')}
              </a>
            </section>
          )
        ) : (
          <section className="screen" aria-labelledby="workspace-title">
            <header className="screen__header">
              <h1 id="workspace-title">{profile.name}</h1>
              <dl className="facts">
                <dt>{t('workspace.form')}</dt>
                <dd>{t(`forms.${profile.form}`)}</dd>
                {profile.purpose ? (
                  <>
                    <dt>{t('workspace.purpose')}</dt>
                    <dd>{profile.purpose}</dd>
                  </>
                ) : null}
              </dl>
            </header>
            <div className="section-heading">
              <h2>{t('workspace.documents')}</h2>
              <button type="button" className="button button--primary" onClick={() => setPending({ kind: 'create' })}>
                {t('workspace.newDocument')}
              </button>
            </div>
            <DocumentList
              workspaceId={workspaceId}
              documents={documents}
              onRename={(entry) => setPending({ kind: 'rename', entry })}
              onDelete={(entry) => setPending({ kind: 'delete', entry })}
            />
          </section>
        )}
      </div>

      {pending?.kind === 'create' ? (
        <DocumentFormDialog
          mode="create"
          onCancel={() => setPending(null)}
          onSubmit={async ({ kind, title }) => {
            const id = await createDocument(services, doc, workspaceId, { kind, title, blocks: templateFor(kind, currentLocale(), title) });
            setPending(null);
            navigate({ name: 'document', workspaceId, documentId: id });
          }}
        />
      ) : null}
      {pending?.kind === 'rename' ? (
        <DocumentFormDialog
          mode="rename"
          initialTitle={pending.entry.title}
          onCancel={() => setPending(null)}
          onSubmit={async ({ title }) => {
            renameDocumentEntry(doc, pending.entry.id, title);
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('deleteDocument.title')}
          body={t('deleteDocument.body', { title: pending.entry.title })}
          confirmLabel={t('deleteDocument.confirm')}
          cancelLabel={t('deleteDocument.cancel')}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            await removeAndLeave(services.db, doc, pending.entry.id, workspaceId, documentId);
            setPending(null);
          }}
        />
      ) : null}
    </div>
  );
}

async function removeAndLeave(db: Parameters<typeof deleteDocument>[0], doc: Y.Doc, id: string, workspaceId: string, openId?: string) {
  if (openId === id) navigate({ name: 'workspace', workspaceId });
  await deleteDocument(db, doc, id);
}
