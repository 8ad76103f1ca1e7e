import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COLLABORATION_FORMS,
  PURPOSE_MAX,
  WORKSPACE_NAME_MAX,
  validateProfileInput,
  type CollaborationForm,
} from '../../../shared/model/workspace';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { DialogActions } from '../../ui/DialogActions';

export interface WorkspaceFormValues {
  name: string;
  purpose: string;
  form: CollaborationForm;
}

interface Props {
  mode: 'create' | 'rename';
  initial?: Partial<WorkspaceFormValues>;
  onCancel: () => void;
  onSubmit: (values: WorkspaceFormValues) => Promise<void>;
}

/** Create a workspace (name, purpose, form on the continuum) or rename one. */
export function WorkspaceFormDialog({ mode, initial, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [purpose, setPurpose] = useState(initial?.purpose ?? '');
  const [form, setForm] = useState<CollaborationForm>(initial?.form ?? 'network');
  const [problems, setProblems] = useState<string[]>([]);
  const { busy, run } = useSubmitOnce();

  const submit = async () => {
    const found = validateProfileInput({ name, purpose: mode === 'create' ? purpose : '', form });
    setProblems(found);
    if (found.length > 0) return;
    await run(() => onSubmit({ name: name.trim(), purpose: purpose.trim(), form }));
  };
  const nameError = problems.includes('name-required')
    ? t('workspaceForm.nameRequired')
    : problems.includes('name-too-long')
      ? t('workspaceForm.nameTooLong', { max: WORKSPACE_NAME_MAX })
      : null;
  const purposeError = problems.includes('purpose-too-long') ? t('workspaceForm.purposeTooLong', { max: PURPOSE_MAX }) : null;

  return (
    <Dialog
      title={mode === 'create' ? t('workspaceForm.createTitle') : t('workspaceForm.renameTitle')}
      onClose={onCancel}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('workspaceForm.cancel')} submitLabel={mode === 'create' ? t('workspaceForm.create') : t('workspaceForm.rename')} busy={busy} onCancel={onCancel} />}
    >
      <Field label={t('workspaceForm.name')} error={nameError}>
        {(props) => (
          <input {...props} className="input" value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={WORKSPACE_NAME_MAX + 20} />
        )}
      </Field>
      {mode === 'create' ? (
        <>
          <Field label={t('workspaceForm.purpose')} hint={t('workspaceForm.purposeHint')} error={purposeError}>
            {(props) => <textarea {...props} className="input" rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}
          </Field>
          <Field label={t('workspaceForm.form')} hint={t(`formHelp.${form}`)}>
            {(props) => (
              <select {...props} className="input" value={form} onChange={(e) => setForm(e.target.value as CollaborationForm)}>
                {COLLABORATION_FORMS.map((value) => (
                  <option key={value} value={value}>
                    {t(`forms.${value}`)}
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
