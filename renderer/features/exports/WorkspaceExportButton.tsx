import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import type { Member } from '../../../shared/model/members';
import { useServices } from '../../app/services';
import { currentLocale } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ProgressDialog } from '../../ui/ProgressDialog';
import { downloadBytes, fileSlug } from '../members/download';
import { today } from '../members/member-text';
import { buildWorkspaceArchive } from './workspace-archive';

interface Props {
  workspaceId: string;
  workspaceName: string;
  doc: Y.Doc;
  members: readonly Member[];
  rules: DecisionRules;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'running'; done: number; total?: number }
  | { kind: 'done'; file: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** "Export for the public record…": the whole workspace as a ZIP archive, with progress and Cancel. */
export function WorkspaceExportButton({ workspaceId, workspaceName, doc, members, rules }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const introId = useId();
  const [includeMaps, setIncludeMaps] = useState(false);

  const run = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setStage({ kind: 'running', done: 0 });
    try {
      const date = today();
      const bytes = await buildWorkspaceArchive({
        services,
        workspaceId,
        doc,
        members,
        rules,
        t,
        locale: currentLocale(),
        today: date,
        signal: abort.signal,
        includeMaps,
        onProgress: (done, total) => setStage((current) => (current.kind === 'running' ? { kind: 'running', done, total } : current)),
      });
      if (abort.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      const file = `${fileSlug(workspaceName)}-${date}.zip`;
      downloadBytes(file, bytes, 'application/zip');
      setStage({ kind: 'done', file });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') setStage({ kind: 'cancelled' });
      else {
        console.error('workspace export', error);
        setStage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      controller.current = null;
    }
  };

  return (
    <div className="workspace-export">
      <button type="button" className="button" onClick={() => setStage({ kind: 'confirm' })} disabled={stage.kind === 'running'}>
        {t('exports.workspace.button')}
      </button>
      <p aria-live="polite" className="export-status">
        {stage.kind === 'done' ? t('exports.workspace.done', { file: stage.file }) : stage.kind === 'cancelled' ? t('exports.workspace.cancelled') : null}
      </p>
      {stage.kind === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t('exports.workspace.failed', { message: stage.message })}
        </p>
      ) : null}
      {stage.kind === 'confirm' ? (
        <Dialog
          title={t('exports.workspace.title')}
          describedBy={introId}
          onClose={() => setStage({ kind: 'idle' })}
          onSubmit={run}
          actions={<DialogActions cancelLabel={t('exports.workspace.cancel')} submitLabel={t('exports.workspace.submit')} busy={false} onCancel={() => setStage({ kind: 'idle' })} />}
        >
          <div id={introId}>
            <p>{t('exports.workspace.intro')}</p>
            <p className="field__hint">{t('exports.workspace.privacy')}</p>
          </div>
          <label className="check">
            <input type="checkbox" checked={includeMaps} onChange={(event) => setIncludeMaps(event.target.checked)} /> {t('exports.workspace.includeMaps')}
          </label>
          <p className="field__hint">{t('exports.workspace.includeMapsHint')}</p>
        </Dialog>
      ) : null}
      {stage.kind === 'running' ? (
        <ProgressDialog
          title={t('exports.workspace.progressTitle')}
          done={stage.done}
          {...(stage.total === undefined ? {} : { total: stage.total })}
          status={stage.total === undefined ? '' : t('exports.workspace.progress', { done: stage.done, total: stage.total })}
          cancelLabel={t('exports.workspace.cancel')}
          onCancel={() => controller.current?.abort()}
        />
      ) : null}
    </div>
  );
}
