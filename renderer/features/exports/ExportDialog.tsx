import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next, { type TFunction } from 'i18next';
import type { ExportDocument } from '../../../shared/export/export-document';
import { LOCALES, type Locale } from '../../../shared/model/locale';
import { useServices } from '../../app/services';
import { LANGUAGE_NAMES, currentLocale } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { downloadBytes, fileSlug } from '../members/download';
import { EXPORT_FORMATS, FORMAT_FILES, exportFailureMessage, renderExport, type ExportFormat } from './export-file';

export interface ExportRequest {
  /** Speaks the file's language (not necessarily the app's). */
  t: TFunction;
  locale: Locale;
  comments: boolean;
}

interface Props {
  /** What is exported, for the dialog's title and the file name. */
  name: string;
  /** Builds what the file shows, in the chosen language. */
  load: (request: ExportRequest) => Promise<ExportDocument>;
  /** Offer "Include open comments" (documents). */
  offerComments?: boolean;
  onClose: () => void;
  /** Called with the file name once the download started; the dialog is then closed by the caller. */
  onDone: (file: string) => void;
}

/** Export in DOCX, PDF, Markdown or HTML, in a language of the user's choice (the app's by default). */
export function ExportDialog({ name, load, offerComments = false, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [locale, setLocale] = useState<Locale>(currentLocale());
  const [comments, setComments] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formatHint = useId();
  const languageId = useId();
  const languageHint = useId();
  const commentsHint = useId();

  const run = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const document = await load({ t: i18next.getFixedT(locale), locale, comments: offerComments && comments });
      const bytes = await renderExport(document, format, services.bridge);
      const { extension, mimeType } = FORMAT_FILES[format];
      const file = `${fileSlug(name)}.${extension}`;
      downloadBytes(file, bytes, mimeType);
      onDone(file);
    } catch (failure) {
      console.error('export', failure);
      setError(exportFailureMessage(t, failure));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('exports.dialog.title', { name })}
      onClose={onClose}
      onSubmit={run}
      actions={<DialogActions cancelLabel={t('exports.dialog.cancel')} submitLabel={busy ? t('exports.dialog.working') : t('exports.dialog.submit')} busy={busy} onCancel={onClose} />}
    >
      <fieldset className="choice-group" aria-describedby={formatHint}>
        <legend className="field__label">{t('exports.dialog.format')}</legend>
        <div className="choice-row">
          {EXPORT_FORMATS.map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="export-format"
                value={value}
                checked={format === value}
                onChange={() => setFormat(value)}
                autoFocus={value === 'docx'}
              />
              {t(`exports.dialog.formats.${value}`)}
            </label>
          ))}
        </div>
        <p id={formatHint} className="field__hint">
          {t('exports.dialog.formatHint')}
        </p>
      </fieldset>
      <div className="field">
        <label htmlFor={languageId} className="field__label">
          {t('exports.dialog.language')}
        </label>
        <select id={languageId} value={locale} aria-describedby={languageHint} onChange={(event) => setLocale(event.target.value as Locale)}>
          {LOCALES.map((value) => (
            <option key={value} value={value} lang={value}>
              {LANGUAGE_NAMES[value]}
            </option>
          ))}
        </select>
        <p id={languageHint} className="field__hint">
          {t('exports.dialog.languageHint')}
        </p>
      </div>
      {offerComments ? (
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={comments} aria-describedby={commentsHint} onChange={(event) => setComments(event.target.checked)} />
            {t('exports.dialog.comments')}
          </label>
          <p id={commentsHint} className="field__hint">
            {t('exports.dialog.commentsHint')}
          </p>
        </div>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}

/** A button that opens the export dialog, and says where the file went. Observers may export too. */
export function ExportButton({ label, ...dialog }: Omit<Props, 'onClose' | 'onDone'> & { label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setDone(null);
          setOpen(true);
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="export-status">
        {done ? t('exports.dialog.done', { file: done }) : null}
      </span>
      {open ? (
        <ExportDialog
          {...dialog}
          onClose={() => setOpen(false)}
          onDone={(file) => {
            setOpen(false);
            setDone(file);
          }}
        />
      ) : null}
    </>
  );
}
