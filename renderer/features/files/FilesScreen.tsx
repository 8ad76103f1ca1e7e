/** `#/files`: open a `.accord` file — from the Accord folder, the recent files, a native dialog or an upload. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceFileInfo } from '../../../shared/ipc/contract';
import { useServices } from '../../app/services';
import { call } from './file-bridge';
import { reasonOf, type FileFailureReason } from './file-errors';
import { FileFlow, type FileSource, type FileTask } from './FileFlow';
import { DropZone, FileList, UploadButton, useChooseFile, useFolderFiles } from './FilePicker';
import { useShell } from './files-runtime';

export function FilesScreen() {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const shell = useShell();
  const [task, setTask] = useState<FileTask | null>(null);
  const [notice, setNotice] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [recent, setRecent] = useState<WorkspaceFileInfo[] | null>(null);
  const { files, failure } = useFolderFiles();

  useEffect(() => {
    let live = true;
    call(bridge, 'files:get-folder', undefined).then(
      (value) => live && setRecent(value.recent),
      () => live && setRecent([]),
    );
    return () => {
      live = false;
    };
  }, [bridge]);

  const open = (source: FileSource) => {
    setNotice(null);
    setTask({ kind: 'open', source });
  };
  const showFailure = (reason: FileFailureReason) => setNotice({ kind: 'error', text: `${t('files.error.title')}: ${t(`files.reasons.${reason}`)}` });
  const { choose, picker } = useChooseFile(open, showFailure);
  const openPath = (file: WorkspaceFileInfo) => open({ kind: 'path', path: file.path });

  return (
    <section className="screen files-screen" aria-labelledby="files-title" data-testid="files-screen">
      <header className="screen__header">
        <h1 id="files-title">{t('files.open.title')}</h1>
        <p className="screen__intro">{t('files.open.intro')}</p>
        <div className="screen__actions">
          <button type="button" className="button button--primary" onClick={() => void choose().catch((error: unknown) => showFailure(reasonOf(error)))}>
            {t('files.open.button')}
          </button>
          {shell !== 'desktop' ? <UploadButton label={t('files.picker.upload')} onFile={open} /> : null}
        </div>
      </header>

      {notice ? (
        <p className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}

      <DropZone onFile={open}>
        <p className="drop-zone__hint">{t('files.picker.drop')}</p>
      </DropZone>

      <section className="file-page__section" aria-labelledby="files-recent">
        <h2 id="files-recent">{t('files.open.recentHeading')}</h2>
        {recent === null ? (
          <p aria-live="polite">{t('files.open.loading')}</p>
        ) : recent.length === 0 ? (
          <p className="empty">{t('files.open.recentEmpty')}</p>
        ) : (
          <FileList files={recent} label={t('files.open.recentHeading')} onOpen={openPath} />
        )}
      </section>

      <section className="file-page__section" aria-labelledby="files-folder">
        <h2 id="files-folder">{t('files.open.folderHeading')}</h2>
        {files === null ? (
          <p aria-live="polite">{t('files.open.loading')}</p>
        ) : failure ? (
          <p className="notice notice--error">{t('files.open.folderFailed', { reason: t(`files.reasons.${failure}`) })}</p>
        ) : files.length === 0 ? (
          <p className="empty">{t('files.open.folderEmpty')}</p>
        ) : (
          <FileList files={files} label={t('files.open.folderHeading')} onOpen={openPath} />
        )}
      </section>

      {picker}
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
