/**
 * The workspace's File page: where its `.accord` file is and when it was last saved,
 * "Save a copy as…", "Merge changes from a file…", and the automatic backups.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { useServices } from '../../app/services';
import { currentLocale } from '../../i18n/i18n';
import { ProgressDialog } from '../../ui/ProgressDialog';
import { formatTime } from '../../ui/format-time';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { autosaveFor } from './autosave-instance';
import type { AutosaveStatus } from './autosave';
import { collectWorkspace, type Progress } from './collect-workspace';
import { baseName, call, saveCopy } from './file-bridge';
import { encodeFile } from './file-codec';
import { FileFailure, reasonOf, type FileFailureReason } from './file-errors';
import { FileFlow, type FileSource, type FileTask } from './FileFlow';
import { DropZone, UploadButton, formatSize, useChooseFile } from './FilePicker';
import { useAutosaveStatus, useShell } from './files-runtime';

/** A name safe on every file system, for the copy's file. */
export function fileNameFor(name: string): string {
  const safe = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 120);
  return `${safe || 'workspace'}.accord`;
}

function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/x-accord-workspace' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Notice = { kind: 'info' | 'error'; text: string } | null;

export function WorkspaceFileScreen({ workspaceId, doc: _doc, readOnly }: WorkspacePageProps) {
  const { t } = useTranslation();
  const services = useServices();
  const shell = useShell();
  const status = useAutosaveStatus(workspaceId);
  const [folder, setFolder] = useState<string | null>(null);
  const [task, setTask] = useState<FileTask | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [copying, setCopying] = useState<{ progress: Progress | null; controller: AbortController } | null>(null);
  const reason = (value: FileFailureReason) => t(`files.reasons.${value}`);
  const showFailure = (value: FileFailureReason) => setNotice({ kind: 'error', text: `${t('files.error.title')}: ${reason(value)}` });

  useEffect(() => {
    let live = true;
    call(services.bridge, 'files:get-folder', undefined).then(
      (value) => live && setFolder(value.folder),
      () => undefined, // the status line says what matters; the folder is a detail
    );
    return () => {
      live = false;
    };
  }, [services.bridge]);

  const merge = (source: FileSource) => {
    setNotice(null);
    setTask({ kind: 'merge', source, workspaceId });
  };
  const { choose, picker } = useChooseFile(merge, showFailure);

  const saveACopy = async () => {
    setNotice(null);
    const controller = new AbortController();
    setCopying({ progress: null, controller });
    try {
      const content = await collectWorkspace(services, workspaceId, {
        signal: controller.signal,
        onProgress: (progress) => setCopying((current) => (current ? { ...current, progress } : current)),
      });
      const { bytes, base64 } = await encodeFile(content, controller.signal);
      const fileName = fileNameFor(content.name);
      try {
        const saved = await saveCopy(services.bridge, fileName, base64);
        if (saved) setNotice({ kind: 'info', text: t('files.page.savedCopy', { path: saved.path }) });
      } catch (error) {
        if (!(error instanceof FileFailure) || error.reason !== 'not-supported') throw error;
        download(bytes, fileName);
        setNotice({ kind: 'info', text: t('files.page.downloaded', { file: fileName }) });
      }
    } catch (error) {
      const why = reasonOf(error);
      if (why === 'cancelled') setNotice({ kind: 'info', text: t('files.progress.cancelled') });
      else showFailure(why);
    } finally {
      setCopying(null);
    }
  };

  const chooseFolder = async () => {
    try {
      const chosen = await call(services.bridge, 'files:choose-folder', undefined);
      if (chosen) {
        setFolder(chosen.folder);
        setNotice({ kind: 'info', text: t('files.page.folderChanged', { folder: chosen.folder }) });
        void autosaveFor(services).saveNow(workspaceId);
      }
    } catch (error) {
      showFailure(reasonOf(error));
    }
  };

  return (
    <section className="screen file-page" aria-labelledby="file-title" data-testid="file-page">
      <header className="screen__header">
        <h1 id="file-title">{t('files.page.title')}</h1>
        <p className="screen__intro">{t('files.page.intro')}</p>
      </header>

      {notice ? (
        <p className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="file-notice">
          {notice.text}
        </p>
      ) : null}

      <section className="file-page__section" aria-labelledby="file-where">
        <h2 id="file-where">{t('files.page.whereHeading')}</h2>
        <AutosaveLine status={status} onRetry={() => void autosaveFor(services).saveNow(workspaceId)} />
        <dl className="facts file-page__facts">
          {folder ? (
            <>
              <dt>{t('files.page.folder')}</dt>
              <dd className="file-page__path" dir="ltr">
                {folder}
              </dd>
            </>
          ) : null}
          {status.last ? (
            <>
              <dt>{t('files.page.file')}</dt>
              <dd className="file-page__path" dir="ltr" data-testid="file-name">
                {baseName(status.last.path)}
              </dd>
            </>
          ) : null}
        </dl>
        <div className="screen__actions">
          <button type="button" className="button" onClick={() => void autosaveFor(services).saveNow(workspaceId)} disabled={status.state === 'saving'}>
            {t('files.page.saveNow')}
          </button>
          {shell === 'desktop' ? (
            <button type="button" className="button" onClick={() => void chooseFolder()}>
              {t('files.page.chooseFolder')}
            </button>
          ) : null}
        </div>
      </section>

      <section className="file-page__section" aria-labelledby="file-copies">
        <h2 id="file-copies">{t('files.page.copiesHeading')}</h2>
        <div className="file-page__action">
          <button type="button" className="button" onClick={() => void saveACopy()} disabled={copying !== null}>
            {t('files.page.saveCopy')}
          </button>
          <p className="field__hint">{t('files.page.saveCopyHint')}</p>
        </div>
        {readOnly ? (
          <p className="field__hint">{t('files.page.readOnly')}</p>
        ) : (
          <div className="file-page__action">
            <div className="file-page__buttons">
              <button type="button" className="button" onClick={() => void choose()}>
                {t('files.page.merge')}
              </button>
              {shell !== 'desktop' ? <UploadButton label={t('files.picker.upload')} onFile={merge} /> : null}
            </div>
            <p className="field__hint">{t('files.page.mergeHint')}</p>
            <DropZone onFile={merge}>
              <p className="drop-zone__hint">{t('files.page.dropToMerge')}</p>
            </DropZone>
          </div>
        )}
      </section>

      <BackupsSection workspaceId={workspaceId} readOnly={readOnly} savedAt={status.last?.savedAt ?? null} onTask={setTask} />

      {picker}
      {copying ? (
        <ProgressDialog
          title={t('files.copy.working')}
          done={copying.progress?.done ?? 0}
          {...(copying.progress ? { total: copying.progress.total } : {})}
          status={copying.progress ? t('files.progress.step', { done: copying.progress.done, total: copying.progress.total }) : ''}
          cancelLabel={t('files.progress.cancel')}
          onCancel={() => copying.controller.abort()}
        />
      ) : null}
      {task ? (
        <FileFlow
          task={task}
          onDone={(text) => {
            setTask(null);
            if (text) setNotice({ kind: 'info', text });
          }}
        />
      ) : null}
    </section>
  );
}

function AutosaveLine({ status, onRetry }: { status: AutosaveStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const file = status.last ? baseName(status.last.path) : '';
  let text: string;
  if (status.state === 'failed') {
    text = t('files.status.failed', { reason: t(`files.reasons.${status.reason}`), time: formatTime(status.retryAt, locale) });
  } else if (status.state === 'saving') text = t('files.status.saving');
  else if (status.state === 'pending') text = status.last ? t('files.status.saved', { file, time: formatTime(status.last.savedAt, locale) }) : t('files.status.pending');
  else text = status.last ? t('files.status.saved', { file, time: formatTime(status.last.savedAt, locale) }) : t('files.status.never');
  return (
    <div className={`file-status file-status--${status.state}`} data-testid="file-status" data-state={status.state} data-saved-at={status.last?.savedAt ?? ''}>
      <p role={status.state === 'failed' ? 'alert' : 'status'}>{text}</p>
      {status.state === 'failed' ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('files.status.retryNow')}
        </button>
      ) : null}
    </div>
  );
}

function BackupsSection({
  workspaceId,
  readOnly,
  savedAt,
  onTask,
}: {
  workspaceId: string;
  readOnly: boolean;
  savedAt: number | null;
  onTask: (task: FileTask) => void;
}) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const locale = currentLocale();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [failure, setFailure] = useState<FileFailureReason | null>(null);

  const load = useCallback(() => {
    let live = true;
    call(bridge, 'files:list-backups', { workspaceId }).then(
      ({ backups: list }) => {
        if (!live) return;
        setBackups([...list].sort((a, b) => b.savedAt - a.savedAt));
        setFailure(null);
      },
      (error: unknown) => {
        if (!live) return;
        setBackups([]);
        setFailure(reasonOf(error));
      },
    );
    return () => {
      live = false;
    };
  }, [bridge, workspaceId]);
  // Listed again after each save: the save made a new backup.
  useEffect(load, [load, savedAt]);

  const dateOf = (backup: BackupInfo) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(backup.savedAt);
  const source = (backup: BackupInfo): FileSource => ({ kind: 'backup', workspaceId, backupId: backup.id, name: dateOf(backup) });

  return (
    <section className="file-page__section" aria-labelledby="file-backups">
      <h2 id="file-backups">{t('files.backups.heading')}</h2>
      <p className="field__hint">{t('files.backups.intro')}</p>
      {backups === null ? (
        <p aria-live="polite">{t('files.backups.loading')}</p>
      ) : failure ? (
        <p className="notice notice--error">{t('files.backups.failed', { reason: t(`files.reasons.${failure}`) })}</p>
      ) : backups.length === 0 ? (
        <p className="empty">{t('files.backups.empty')}</p>
      ) : (
        <table className="table backups" aria-label={t('files.backups.listLabel')} data-testid="backups">
          <thead>
            <tr>
              <th scope="col">{t('files.backups.date')}</th>
              <th scope="col">{t('files.backups.size')}</th>
              <th scope="col">{t('files.backups.kind')}</th>
              <th scope="col">{t('files.backups.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>{dateOf(backup)}</td>
                <td>{formatSize(backup.size, locale)}</td>
                <td>{backup.kind === 'daily' ? t('files.backups.daily') : t('files.backups.recent')}</td>
                <td>
                  <div className="backups__actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={t('files.backups.restoreLabel', { date: dateOf(backup) })}
                      onClick={() => onTask({ kind: 'restore', source: source(backup), restoredOn: Date.now() })}
                    >
                      {t('files.backups.restore')}
                    </button>
                    {readOnly ? null : (
                      <button
                        type="button"
                        className="button"
                        aria-label={t('files.backups.mergeLabel', { date: dateOf(backup) })}
                        onClick={() => onTask({ kind: 'merge', source: source(backup), workspaceId })}
                      >
                        {t('files.backups.merge')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
