import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, DOCUMENT_TITLE_MAX, validateDocumentTitle, type DocumentKind } from '../../../shared/model/document';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { DialogActions } from '../../ui/DialogActions';

interface Props {
  mode: 'create' | 'rename';
  initialTitle?: string;
  onCancel: () => void;
  onSubmit: (values: { kind: DocumentKind; title: string }) => Promise<void>;
}

/** New document from a template (kind + title), or rename one. */
export function DocumentFormDialog({ mode, initialTitle, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DocumentKind>('terms-of-reference');
  const [title, setTitle] = useState(initialTitle ?? t('kinds.terms-of-reference'));
  const [titleTouched, setTitleTouched] = useState(mode === 'rename');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useSubmitOnce();

  const chooseKind = (next: DocumentKind) => {
    setKind(next);
    if (!titleTouched) setTitle(t(`kinds.${next}`));
  };
  const submit = async () => {
    const found = validateDocumentTitle(title);
    setProblem(found);
    if (found) return;
    await run(() => onSubmit({ kind, title: title.trim() }));
  };
  const error =
    problem === 'title-required' ? t('documentForm.titleRequired') : problem === 'title-too-long' ? t('documentForm.titleTooLong', { max: DOCUMENT_TITLE_MAX }) : null;

  return (
    <Dialog
      title={mode === 'create' ? t('documentForm.newTitle') : t('documentForm.renameTitle')}
      onClose={onCancel}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('documentForm.cancel')} submitLabel={mode === 'create' ? t('documentForm.create') : t('documentForm.rename')} busy={busy} onCancel={onCancel} />}
    >
      {mode === 'create' ? (
        <Field label={t('documentForm.kind')}>
          {(props) => (
            <select {...props} className="input" value={kind} onChange={(e) => chooseKind(e.target.value as DocumentKind)} autoFocus>
              {DOCUMENT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`kinds.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t('documentForm.title')} error={error}>
        {(props) => (
          <input
            {...props}
            className="input"
            value={title}
            autoFocus={mode === 'rename'}
            onChange={(e) => {
              setTitle(e.target.value);
              setTitleTouched(true);
            }}
          />
        )}
      </Field>
    </Dialog>
  );
}
