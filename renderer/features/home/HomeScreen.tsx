import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PencilIcon, TrashIcon } from '../../ui/icons';
import { useServices } from '../../app/services';
import { useLiveQuery } from '../../app/use-live-query';
import { navigate } from '../../app/router';
import { takeDeferredMenuCommand, useMenuCommand } from '../../app/use-menu-command';
import { listWorkspaceIndex } from '../../storage/repositories';
import type { WorkspaceIndexRow } from '../../storage/db';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatRelativeTime } from '../../ui/format-time';
import { currentLocale } from '../../i18n/i18n';
import { WorkspaceFormDialog } from '../workspaces/WorkspaceFormDialog';
import { createWorkspace, deleteWorkspace } from '../workspaces/workspace-actions';
import { openOrCreateExample } from '../workspaces/example-workspace';
import { renameWorkspace } from '../workspaces/rename-workspace';
import { JoinDialog } from '../sharing/JoinDialog';

type Pending = { kind: 'create' } | { kind: 'join' } | { kind: 'rename'; row: WorkspaceIndexRow } | { kind: 'delete'; row: WorkspaceIndexRow } | null;

export function HomeScreen() {
  const { t } = useTranslation();
  const services = useServices();
  const rows = useLiveQuery(() => listWorkspaceIndex(services.db), [services.db]);
  const [pending, setPending] = useState<Pending>(() => (takeDeferredMenuCommand('new-workspace') ? { kind: 'create' } : null));
  const locale = currentLocale();
  useMenuCommand('new-workspace', () => setPending({ kind: 'create' }));

  const openExample = async () => {
    const id = await openOrCreateExample(services, locale);
    navigate({ name: 'workspace', workspaceId: id });
  };

  return (
    <section className="screen" aria-labelledby="home-title">
      <header className="screen__header">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="screen__intro">{t('home.intro')}</p>
        <div className="screen__actions">
          <button type="button" className="button button--primary" onClick={() => setPending({ kind: 'create' })}>
            {t('home.create')}
          </button>
          <button type="button" className="button" onClick={() => setPending({ kind: 'join' })}>
            {t('join.button')}
          </button>
          <button type="button" className="button" onClick={() => void openExample()}>
            {t('home.openExample')}
          </button>
          <a className="button" href="#/files">
            {t('files.open.button')}
          </a>
        </div>
      </header>

      {rows === undefined ? (
        <p aria-live="polite">{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty">{t('home.empty')}</p>
      ) : (
        <ul className="card-list" data-testid="workspace-list" aria-label={t('home.listLabel')}>
          {rows.map((row) => (
            <li key={row.id} className="card">
              <div className="card__main">
                <a className="card__title" href={`#/w/${row.id}`}>
                  {row.name}
                </a>
                {row.isExample ? <span className="badge">{t('home.exampleBadge')}</span> : null}
                <p className="card__meta">
                  {t(`forms.${row.form}`)} · {t('home.updated', { when: formatRelativeTime(row.updatedAt, locale) })}
                </p>
                {row.purpose ? <p className="card__purpose">{row.purpose}</p> : null}
              </div>
              <div className="card__actions">
                <button type="button" className="button button--quiet" aria-label={t('home.rename', { name: row.name })} onClick={() => setPending({ kind: 'rename', row })}>
                  <PencilIcon />
                </button>
                <button type="button" className="button button--quiet" aria-label={t('home.delete', { name: row.name })} onClick={() => setPending({ kind: 'delete', row })}>
                  <TrashIcon />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {pending?.kind === 'create' ? (
        <WorkspaceFormDialog
          mode="create"
          onCancel={() => setPending(null)}
          onSubmit={async (values) => {
            const id = await createWorkspace(services, values);
            setPending(null);
            navigate({ name: 'workspace', workspaceId: id });
          }}
        />
      ) : null}
      {pending?.kind === 'join' ? <JoinDialog onCancel={() => setPending(null)} /> : null}
      {pending?.kind === 'rename' ? (
        <WorkspaceFormDialog
          mode="rename"
          initial={{ name: pending.row.name }}
          onCancel={() => setPending(null)}
          onSubmit={async (values) => {
            await renameWorkspace(services, pending.row.id, values.name);
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('deleteWorkspace.title')}
          body={t('deleteWorkspace.body', { name: pending.row.name })}
          confirmLabel={t('deleteWorkspace.confirm')}
          cancelLabel={t('deleteWorkspace.cancel')}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            await deleteWorkspace(services, pending.row.id);
            setPending(null);
          }}
        />
      ) : null}
    </section>
  );
}
