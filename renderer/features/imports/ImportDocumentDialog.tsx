/**
 * Import a DOCX or Markdown file as a new document: choose (or drop) a file, see it read
 * and converted (with Stop), check the title and kind, import; then see what could not be
 * kept and open the new document. Nothing is created before "Import", and nothing at all
 * when the file is refused.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { DOCUMENT_KINDS, DOCUMENT_TITLE_MAX, validateDocumentTitle, type DocumentKind } from '../../../shared/model/document';
import { IMPORT_ACCEPT, titleFromFileName } from '../../../shared/import/detect-file';
import { ImportError, type DroppedFeature } from '../../../shared/import/import-result';
import { useServices } from '../../app/services';
import { currentLocale } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { createDocument } from '../workspaces/workspace-actions';
import { readImportFile, type ImportProgress, type ReadImport } from './read-import';
import { convertInWorker } from './worker-convert';

interface Props {
  workspaceId: string;
  doc: Y.Doc;
  onClose: () => void;
}

type Stage =
  | { name: 'choose'; error?: string }
  | { name: 'reading'; file: File; progress: ImportProgress }
  | { name: 'ready'; file: File; imported: ReadImport }
  | { name: 'creating'; file: File; imported: ReadImport }
  | { name: 'done'; file: File; documentId: string; title: string; dropped: DroppedFeature[] };

export function formatSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** A file name or title inside a sentence: isolated, so an Arabic name in an English sentence (or the reverse) keeps its order. */
const isolate = (text: string) => `\u2068${text}\u2069`;

export function ImportDocumentDialog({ workspaceId, doc, onClose }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const locale = currentLocale();
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('note');
  const [titleProblem, setTitleProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const statusId = useId();

  // Stop a conversion still running when the dialog goes away.
  useEffect(() => () => abort.current?.abort(), []);

  const errorMessage = (error: unknown, name: string): string => {
    if (error instanceof ImportError) return t(`imports.errors.${error.code}`, { name: isolate(name) });
    return t('imports.errors.unknown', { name: isolate(name), message: error instanceof Error ? error.message : String(error) });
  };

  const start = async (file: File) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setStage({ name: 'reading', file, progress: { phase: 'reading', fraction: 0 } });
    try {
      const imported = await readImportFile(file, {
        signal: controller.signal,
        convert: typeof Worker === 'function' ? convertInWorker : undefined,
        onProgress: (progress) => setStage({ name: 'reading', file, progress }),
      });
      if (controller.signal.aborted) return;
      setTitle((imported.title || firstHeading(imported) || titleFromFileName(file.name) || file.name).slice(0, DOCUMENT_TITLE_MAX));
      setTitleProblem(null);
      setStage({ name: 'ready', file, imported });
    } catch (error) {
      if (abort.current !== controller) return;
      setStage({ name: 'choose', error: errorMessage(error, file.name) });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };

  const stop = () => {
    abort.current?.abort();
    abort.current = null;
    setStage({ name: 'choose', error: t('imports.dialog.cancelled') });
  };

  // Dropping a file anywhere on the window while the dialog is open chooses it (and never navigates away).
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (file && (stage.name === 'choose' || stage.name === 'ready')) void start(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  const submit = async () => {
    if (stage.name !== 'ready') return;
    const problem = validateDocumentTitle(title);
    setTitleProblem(problem);
    if (problem) return;
    const { file, imported } = stage;
    setCreateError(null);
    setStage({ name: 'creating', file, imported });
    try {
      const documentId = await createDocument(services, doc, workspaceId, { kind, title: title.trim(), blocks: imported.blocks });
      setStage({ name: 'done', file, documentId, title: title.trim(), dropped: imported.dropped });
    } catch (error) {
      setStage({ name: 'ready', file, imported });
      setTitleProblem(null);
      setCreateError(t('imports.dialog.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  if (stage.name === 'done') {
    return (
      <Dialog
        title={t('imports.done.title')}
        onClose={onClose}
        onSubmit={onClose}
        actions={
          <>
            <a className="button button--primary" href={`#/w/${workspaceId}/d/${stage.documentId}`} onClick={onClose} dir="auto">
              {t('imports.done.open', { title: isolate(stage.title) })}
            </a>
            <button type="submit" className="button">
              {t('imports.done.close')}
            </button>
          </>
        }
      >
        <p className="dialog__intro" dir="auto">
          {t('imports.done.body', { title: isolate(stage.title), file: isolate(stage.file.name) })}
        </p>
        {stage.dropped.length === 0 ? (
          <p className="notice notice--info">{t('imports.done.allKept')}</p>
        ) : (
          <div className="notice notice--warning import-dropped">
            <p className="import-dropped__intro">{t('imports.done.droppedIntro')}</p>
            <ul className="import-dropped__list">
              {stage.dropped.map(({ feature, count }) => (
                <li key={feature}>{t('imports.done.droppedItem', { feature: t(`imports.dropped.${feature}`), count: new Intl.NumberFormat(locale).format(count) })}</li>
              ))}
            </ul>
          </div>
        )}
      </Dialog>
    );
  }

  const busy = stage.name === 'reading' || stage.name === 'creating';
  const file = stage.name === 'choose' ? null : stage.file;
  const titleError =
    titleProblem === 'title-required' ? t('documentForm.titleRequired') : titleProblem === 'title-too-long' ? t('documentForm.titleTooLong', { max: DOCUMENT_TITLE_MAX }) : null;
  const percent = stage.name === 'reading' && stage.progress.fraction !== undefined ? new Intl.NumberFormat(locale, { style: 'percent' }).format(stage.progress.fraction) : '';

  return (
    <Dialog
      title={t('imports.dialog.title')}
      onClose={stage.name === 'reading' ? stop : onClose}
      onSubmit={submit}
      describedBy={statusId}
      actions={
        <>
          {stage.name === 'reading' ? (
            <button type="button" className="button" onClick={stop}>
              {t('imports.dialog.stop')}
            </button>
          ) : (
            <button type="button" className="button" onClick={onClose} disabled={stage.name === 'creating'}>
              {t('imports.dialog.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={stage.name !== 'ready'}>
            {t('imports.dialog.submit')}
          </button>
        </>
      }
    >
      <div className={dragging ? 'import-drop import-drop--active' : 'import-drop'}>
        <p className="dialog__intro">{t('imports.dialog.intro')}</p>
        <div className="import-drop__chooser">
          <label className="button import-file-button" htmlFor={fileId}>
            {file ? t('imports.dialog.chooseAnother') : t('imports.dialog.choose')}
          </label>
          <input
            ref={inputRef}
            id={fileId}
            className="visually-hidden"
            type="file"
            accept={IMPORT_ACCEPT}
            disabled={busy}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              // The same file chosen twice must start again.
              event.target.value = '';
              if (chosen) void start(chosen);
            }}
          />
        </div>
        <p className="field__hint">{t('imports.dialog.dropHint')}</p>
      </div>

      <div id={statusId} aria-live="polite" className="import-status">
        {file ? (
          <p className="import-status__file" dir="auto">
            {t('imports.dialog.chosen', { name: isolate(file.name), size: formatSize(file.size, locale) })}
          </p>
        ) : null}
        {stage.name === 'reading' ? (
          <>
            <progress
              className="progress-dialog__bar"
              aria-label={stage.progress.phase === 'reading' ? t('imports.dialog.reading', { percent }) : t('imports.dialog.converting')}
              {...(stage.progress.phase === 'reading' && stage.progress.fraction !== undefined ? { max: 1, value: stage.progress.fraction } : {})}
            />
            <p className="import-status__step">{stage.progress.phase === 'reading' ? t('imports.dialog.reading', { percent }) : t('imports.dialog.converting')}</p>
          </>
        ) : null}
        {stage.name === 'creating' ? <p className="import-status__step">{t('imports.dialog.creating')}</p> : null}
        {stage.name === 'ready' ? <p className="import-status__step">{t('imports.dialog.ready', { blocks: new Intl.NumberFormat(locale).format(stage.imported.blocks.length) })}</p> : null}
      </div>
      {stage.name === 'choose' && stage.error ? (
        <p className="notice notice--error" role="alert" dir="auto">
          {stage.error}
        </p>
      ) : null}
      {createError && stage.name === 'ready' ? (
        <p className="notice notice--error" role="alert">
          {createError}
        </p>
      ) : null}

      {stage.name === 'ready' || stage.name === 'creating' ? (
        <>
          <Field label={t('imports.dialog.titleField')} error={titleError}>
            {(props) => <input {...props} className="input" dir="auto" value={title} disabled={stage.name === 'creating'} onChange={(event) => setTitle(event.target.value)} />}
          </Field>
          <Field label={t('imports.dialog.kind')}>
            {(props) => (
              <select {...props} className="input" value={kind} disabled={stage.name === 'creating'} onChange={(event) => setKind(event.target.value as DocumentKind)}>
                {DOCUMENT_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {t(`kinds.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : null}
    </Dialog>
  );
}

/** The first heading of any level, when the file has no level-1 heading. */
function firstHeading(imported: ReadImport): string {
  for (const block of imported.blocks) {
    if (block.type === 'heading') {
      const text = typeof block.text === 'string' ? block.text : block.text.map((run) => (typeof run === 'string' ? run : run.text)).join('');
      if (text.trim()) return text.trim();
    }
  }
  return '';
}
