/**
 * The versions side panel: save the text under a name, the saved versions (who, when) with
 * View and Restore, and a comparison of any two (or of one with the current text).
 * Read-only members view and compare; they do not save or restore.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/model/ids';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { saveVersion, VERSION_NAME_MAX, type VersionRecord } from '../../../shared/sync/document-versions';
import { currentLocale } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { formatTime } from '../../ui/format-time';
import { useDocumentContext } from '../documents/document-context';
import type { EditorHandle } from './editor-handle';
import { restoreBlocks } from './restore-version';
import { readText, type TextSource } from './version-text';
import { useVersions } from './use-versions';
import { VersionViewer, type ViewerMode } from './VersionViewer';
import { SidePanel } from '../../ui/SidePanel';

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);
const CURRENT = 'current';

interface Props {
  handle: EditorHandle;
  onClose: () => void;
}

type Message = { kind: 'status' | 'error'; text: string } | null;

export function VersionsPanel({ handle, onClose }: Props) {
  const { t } = useTranslation();
  const { doc, readOnly, author } = useDocumentContext();
  const versions = useVersions(doc);
  const [viewer, setViewer] = useState<ViewerMode | null>(null);
  const [restoring, setRestoring] = useState<VersionRecord | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const locale = currentLocale();

  const restore = async (version: VersionRecord) => {
    setRestoring(null);
    try {
      const editor = handle.editor;
      if (!editor || !editor.isEditable()) {
        setMessage({ kind: 'error', text: t('versions.restoreUnavailable') });
        return;
      }
      const text = await readText(doc, version);
      if (!text.ok) {
        setMessage({ kind: 'error', text: t(text.reason === 'missing' ? 'versions.missing' : 'versions.undecodable', { name: version.name }) });
        return;
      }
      if (!text.hashMatches) {
        setMessage({ kind: 'error', text: t('versions.hashMismatch') });
        return;
      }
      // The text being replaced becomes a version of its own first: restoring loses nothing.
      const beforeName = t('versions.beforeRestoring', { name: version.name });
      await saveVersion(doc, { id: newId('ver', randomBytes), name: beforeName, author: author.name, createdAt: new Date().toISOString() });
      restoreBlocks(editor, documentBlocks(doc), text.blocks);
      setMessage({ kind: 'status', text: t('versions.restored', { name: version.name }) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('versions.failed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <SidePanel name="versions" className="versions-panel" title={t('versions.panelTitle')} closeLabel={t('versions.close')} onClose={onClose}>
      {readOnly ? null : <SaveVersionForm onSaved={(name) => setMessage({ kind: 'status', text: t('versions.saved', { name }) })} />}
      {message ? (
        <p className={message.kind === 'error' ? 'notice notice--error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="versions-message">
          {message.text}
        </p>
      ) : null}
      <CompareForm versions={versions} onCompare={(from, to) => setViewer({ kind: 'compare', from, to })} />
      <section aria-labelledby="versions-list-title">
        <h3 id="versions-list-title">{t('versions.listTitle')}</h3>
        {versions.length === 0 ? <p className="empty">{t('versions.empty')}</p> : null}
        <ol className="version-list" data-testid="version-list" reversed>
          {[...versions].reverse().map((version) => (
            <li key={version.id} className="version-list__item">
              <p className="version-list__name" dir="auto">
                {version.name}
              </p>
              <p className="version-list__meta">{t('versions.byline', { author: version.author || t('versions.someone'), date: formatTime(Date.parse(version.createdAt), locale) })}</p>
              <div className="version-list__actions">
                <button type="button" className="button" aria-label={t('versions.viewLabel', { name: version.name })} onClick={() => setViewer({ kind: 'view', version })}>
                  {t('versions.view')}
                </button>
                {readOnly ? null : (
                  <button type="button" className="button" aria-label={t('versions.restoreLabel', { name: version.name })} onClick={() => setRestoring(version)}>
                    {t('versions.restore')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      </section>
      {viewer ? <VersionViewer mode={viewer} onClose={() => setViewer(null)} /> : null}
      {restoring ? (
        <ConfirmDialog
          title={t('versions.restoreTitle', { name: restoring.name })}
          body={t('versions.restoreBody', { name: restoring.name })}
          confirmLabel={t('versions.restoreConfirm')}
          cancelLabel={t('versions.cancel')}
          onCancel={() => setRestoring(null)}
          onConfirm={() => restore(restoring)}
        />
      ) : null}
    </SidePanel>
  );
}

function SaveVersionForm({ onSaved }: { onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const { doc, author } = useDocumentContext();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('versions.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      await saveVersion(doc, { id: newId('ver', randomBytes), name: trimmed, author: author.name, createdAt: new Date().toISOString() });
      setName('');
      setError(null);
      onSaved(trimmed);
    } catch (failure) {
      setError(t('versions.failed', { message: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="versions-panel__save" onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('versions.nameLabel')} hint={t('versions.nameHint')} error={error}>
        {(props) => (
          <input {...props} className="input" dir="auto" value={name} maxLength={VERSION_NAME_MAX} required onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('versions.save')}
      </button>
    </form>
  );
}

function CompareForm({ versions, onCompare }: { versions: VersionRecord[]; onCompare: (from: TextSource, to: TextSource) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const latest = versions[versions.length - 1];
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>(CURRENT);
  const [error, setError] = useState<string | null>(null);
  const fromValue = from || latest?.id || '';
  const source = (value: string): TextSource | undefined => (value === CURRENT ? CURRENT : versions.find((version) => version.id === value));

  if (versions.length === 0) return null;
  const options = (
    <>
      {[...versions].reverse().map((version) => (
        <option key={version.id} value={version.id}>
          {version.name}
        </option>
      ))}
      <option value={CURRENT}>{t('versions.current')}</option>
    </>
  );
  return (
    <form
      className="versions-panel__compare"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const a = source(fromValue);
        const b = source(to);
        if (!a || !b || fromValue === to) {
          setError(t('versions.compareSame'));
          return;
        }
        setError(null);
        onCompare(a, b);
      }}
    >
      <h3 id={`${id}-title`}>{t('versions.compareTitle')}</h3>
      <div className="field-row">
        <Field label={t('versions.compareFrom')}>
          {(props) => (
            <select {...props} className="input" value={fromValue} onChange={(event) => setFrom(event.target.value)}>
              {options}
            </select>
          )}
        </Field>
        <Field label={t('versions.compareTo')}>
          {(props) => (
            <select {...props} className="input" value={to} onChange={(event) => setTo(event.target.value)}>
              {options}
            </select>
          )}
        </Field>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button">
        {t('versions.compare')}
      </button>
    </form>
  );
}
