/**
 * One file operation from start to finish, as dialogs: read the file (from the
 * Accord folder, a native dialog's path, an upload or a backup), decode it, then
 * open it as a workspace, merge it into one, or restore it as a new one — with
 * progress and Cancel while it works, a summary or a clear message at the end.
 * Nothing changes before the file has been read and checked in full.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AccordFileContent } from '../../../shared/files/accord-file';
import type { MergeSummary } from '../../../shared/files/merge-workspace';
import { navigate } from '../../app/router';
import { useServices, type AppServices } from '../../app/services';
import { currentLocale } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ProgressDialog } from '../../ui/ProgressDialog';
import { baseName, readBackupBytes, readFileBytes } from './file-bridge';
import { FileFailure, reasonOf, type FileFailureReason } from './file-errors';
import { decodeFile, importAsCopy, importWorkspace, localWorkspace, mergeIntoWorkspace, nameInFile } from './file-operations';
import { autosaveFor } from './autosave-instance';
import type { Progress } from './collect-workspace';

export type FileSource =
  | { kind: 'path'; path: string }
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  | { kind: 'backup'; workspaceId: string; backupId: string; name: string }
  | { kind: 'content'; name: string; content: AccordFileContent };

export type FileTask =
  /** Open a file: import its workspace, or (if it is here) merge into it or open a separate copy. */
  | { kind: 'open'; source: FileSource }
  /** Merge a file into this workspace (refused for a file of another workspace). */
  | { kind: 'merge'; source: FileSource; workspaceId: string }
  /** Restore a backup as a new workspace (a copy with fresh ids when the workspace is still here). */
  | { kind: 'restore'; source: FileSource; restoredOn: number };

type View =
  | { step: 'working'; title: string; progress: Progress | null }
  | { step: 'choose'; content: AccordFileContent; name: string; fileName: string }
  | { step: 'summary'; summary: MergeSummary; titles: Map<string, string>; fileName: string; workspaceId: string; navigateOnClose: boolean }
  | { step: 'failed'; reason: FileFailureReason; wrongWorkspace?: { content: AccordFileContent; name: string; fileName: string } };

interface Props {
  task: FileTask;
  /** Called when the flow is over; `notice` is a message for the page to show (e.g. cancelled). */
  onDone: (notice?: string) => void;
}

/** Progress shows only when an operation takes more than a moment. */
const PROGRESS_DELAY_MS = 250;

function sourceName(source: FileSource): string {
  return source.kind === 'path' ? baseName(source.path) : source.name;
}

async function readSource(services: AppServices, source: FileSource, signal: AbortSignal): Promise<AccordFileContent> {
  if (source.kind === 'content') return source.content;
  const bytes =
    source.kind === 'bytes'
      ? source.bytes
      : source.kind === 'path'
        ? (await readFileBytes(services.bridge, source.path)).bytes
        : await readBackupBytes(services.bridge, source.workspaceId, source.backupId);
  return decodeFile(bytes, signal);
}

function restoredName(t: TFunction, name: string, on: number): string {
  const date = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(on);
  return t('files.backups.restoredName', { name, date });
}

export function FileFlow({ task: initialTask, onDone }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const [task, setTask] = useState(initialTask);
  const [view, setView] = useState<View>({ step: 'working', title: t('files.open.reading'), progress: null });
  const [showProgress, setShowProgress] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const fail = (error: unknown) => {
    const reason = reasonOf(error);
    if (reason === 'cancelled') onDone(t('files.progress.cancelled'));
    else {
      if (!(error instanceof FileFailure)) console.error('File operation failed', error);
      setView({ step: 'failed', reason });
    }
  };

  const opened = (workspaceId: string) => {
    autosaveFor(services).markChanged(workspaceId);
    navigate({ name: 'workspace', workspaceId });
    onDone();
  };

  const work = (title: string) => setView({ step: 'working', title, progress: null });
  const onProgress = (progress: Progress) => setView((current) => (current.step === 'working' ? { ...current, progress } : current));

  /** Runs one step with a fresh abort controller; errors end in the failed view. */
  const run = (title: string, step: (signal: AbortSignal) => Promise<void>) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    work(title);
    step(own.signal).catch(fail);
  };

  const mergeInto = (workspaceId: string, content: AccordFileContent, fileName: string, navigateOnClose: boolean) =>
    run(t('files.merge.working'), async (signal) => {
      const { summary, titles } = await mergeIntoWorkspace(services, workspaceId, content, { signal, onProgress });
      setView({ step: 'summary', summary, titles, fileName, workspaceId, navigateOnClose });
    });

  const openAsCopy = (content: AccordFileContent, name: string) =>
    run(t('files.open.importing'), async (signal) => {
      opened(await importAsCopy(services, content, t('files.open.copyName', { name }), { signal, onProgress }));
    });

  useEffect(() => {
    const timer = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    const fileName = sourceName(task.source);
    run(t('files.open.reading'), async (signal) => {
      const content = await readSource(services, task.source, signal);
      const name = nameInFile(content);
      const here = await localWorkspace(services.db, content.workspaceId);
      if (task.kind === 'merge') {
        if (content.workspaceId !== task.workspaceId) {
          setView({ step: 'failed', reason: 'wrong-workspace', wrongWorkspace: { content, name, fileName } });
          return;
        }
        mergeInto(task.workspaceId, content, fileName, false);
      } else if (task.kind === 'restore') {
        work(t('files.restore.working'));
        const id = here
          ? await importAsCopy(services, content, restoredName(t, name, task.restoredOn), { signal, onProgress })
          : await importWorkspace(services, content, { signal, onProgress });
        opened(id);
      } else if (here) {
        setView({ step: 'choose', content, name: here.name || name, fileName });
      } else {
        work(t('files.open.importing'));
        opened(await importWorkspace(services, content, { signal, onProgress }));
      }
    });
    return () => {
      clearTimeout(timer);
      controller.current?.abort();
    };
    // One flow per task; `run` and friends are recreated each render on purpose.
  }, [task]);

  switch (view.step) {
    case 'working':
      if (!showProgress) return null;
      return (
        <ProgressDialog
          title={view.title}
          done={view.progress?.done ?? 0}
          {...(view.progress ? { total: view.progress.total } : {})}
          status={view.progress ? t('files.progress.step', { done: view.progress.done, total: view.progress.total }) : ''}
          cancelLabel={t('files.progress.cancel')}
          onCancel={() => controller.current?.abort()}
        />
      );
    case 'choose':
      return (
        <ChooseDialog
          name={view.name}
          onCancel={() => onDone()}
          onMerge={() => mergeInto(view.content.workspaceId, view.content, view.fileName, true)}
          onCopy={() => openAsCopy(view.content, view.name)}
        />
      );
    case 'summary':
      return (
        <MergeSummaryDialog
          summary={view.summary}
          titles={view.titles}
          fileName={view.fileName}
          closeLabel={view.navigateOnClose ? t('files.merge.openWorkspace') : t('files.merge.close')}
          onClose={() => {
            if (view.navigateOnClose) navigate({ name: 'workspace', workspaceId: view.workspaceId });
            onDone();
          }}
        />
      );
    case 'failed':
      return (
        <FailureDialog
          reason={view.reason}
          wrongWorkspaceName={view.wrongWorkspace?.name}
          onClose={() => onDone()}
          {...(view.wrongWorkspace
            ? {
                onOpenInstead: () => {
                  const { content, fileName } = view.wrongWorkspace!;
                  setTask({ kind: 'open', source: { kind: 'content', name: fileName, content } });
                },
              }
            : {})}
        />
      );
  }
}

function ChooseDialog({ name, onCancel, onMerge, onCopy }: { name: string; onCancel: () => void; onMerge: () => void; onCopy: () => void }) {
  const { t } = useTranslation();
  const bodyId = useId();
  return (
    <Dialog
      title={t('files.open.alreadyHereTitle')}
      describedBy={bodyId}
      onClose={onCancel}
      onSubmit={onMerge}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('files.open.cancel')}
          </button>
          <button type="button" className="button" onClick={onCopy}>
            {t('files.open.openCopy')}
          </button>
          <button type="submit" className="button button--primary" autoFocus>
            {t('files.open.mergeInto')}
          </button>
        </>
      }
    >
      <p id={bodyId}>{t('files.open.alreadyHereBody', { name })}</p>
    </Dialog>
  );
}

export function MergeSummaryDialog({
  summary,
  titles,
  fileName,
  closeLabel,
  onClose,
}: {
  summary: MergeSummary;
  titles: Map<string, string>;
  fileName: string;
  closeLabel: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const nothing = !summary.workspaceChanged && !summary.peopleChanged && summary.documentsChanged.length === 0 && summary.documentsAdded.length === 0;
  const titleList = (ids: string[]) =>
    ids.length === 0 ? (
      t('files.merge.none')
    ) : (
      <>
        {ids.length}
        <ul className="merge-summary__titles">
          {ids.map((id) => (
            <li key={id}>{titles.get(id) ?? id}</li>
          ))}
        </ul>
      </>
    );
  return (
    <Dialog
      title={t('files.merge.summaryTitle')}
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <button type="submit" className="button button--primary" autoFocus>
          {closeLabel}
        </button>
      }
    >
      <div className="merge-summary" data-testid="merge-summary">
        <p>{t('files.merge.summaryIntro', { file: fileName })}</p>
        {nothing ? (
          <p>{t('files.merge.nothing')}</p>
        ) : (
          <>
            <dl className="merge-summary__facts">
              <dt>{t('files.merge.documentsChanged')}</dt>
              <dd data-testid="merge-documents-changed">{titleList(summary.documentsChanged)}</dd>
              <dt>{t('files.merge.documentsAdded')}</dt>
              <dd data-testid="merge-documents-added">{titleList(summary.documentsAdded)}</dd>
              <dt>{t('files.merge.decisionsAdded')}</dt>
              <dd data-testid="merge-decisions-added">{summary.decisionsAdded}</dd>
              <dt>{t('files.merge.membersAdded')}</dt>
              <dd data-testid="merge-members-added">{summary.membersAdded}</dd>
            </dl>
            {summary.workspaceChanged && summary.documentsAdded.length === 0 && summary.decisionsAdded === 0 ? <p>{t('files.merge.workspaceChanged')}</p> : null}
            {summary.peopleChanged && summary.membersAdded === 0 ? <p>{t('files.merge.peopleChanged')}</p> : null}
          </>
        )}
      </div>
    </Dialog>
  );
}

function FailureDialog({
  reason,
  wrongWorkspaceName,
  onClose,
  onOpenInstead,
}: {
  reason: FileFailureReason;
  wrongWorkspaceName: string | undefined;
  onClose: () => void;
  onOpenInstead?: () => void;
}) {
  const { t } = useTranslation();
  const bodyId = useId();
  return (
    <Dialog
      title={t('files.error.title')}
      role="alertdialog"
      describedBy={bodyId}
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <>
          {onOpenInstead ? (
            <button type="button" className="button" onClick={onOpenInstead}>
              {t('files.merge.openInstead')}
            </button>
          ) : null}
          <button type="submit" className="button button--primary" autoFocus>
            {t('files.error.close')}
          </button>
        </>
      }
    >
      <div id={bodyId} data-testid="file-error">
        <p className="file-error__reason">
          {wrongWorkspaceName !== undefined ? t('files.merge.wrongWorkspace', { name: wrongWorkspaceName }) : capitalise(t(`files.reasons.${reason}`))}
        </p>
        <p>{t('files.error.nothingChanged')}</p>
      </div>
    </Dialog>
  );
}

/** Reasons are written to follow "Could not save the file: "; alone, they start a sentence. */
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase(currentLocale()) + text.slice(1);
}
