import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/model/dates';
import type { Member } from '../../../shared/model/members';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { today } from './member-text';
import { DialogActions } from '../../ui/DialogActions';

/** Marks a member as former from a date; they stay in the register and in the history. */
export function LeaveDialog({ member, onCancel, onSubmit }: { member: Member; onCancel: () => void; onSubmit: (leftOn: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [leftOn, setLeftOn] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!isIsoDate(leftOn)) return setError(t('leaveForm.invalidDate'));
    if (member.joinedOn && leftOn < member.joinedOn) return setError(t('leaveForm.beforeJoined'));
    setError(null);
    await onSubmit(leftOn);
  };
  return (
    <Dialog
      title={t('leaveForm.title')}
      onClose={onCancel}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('leaveForm.cancel')} submitLabel={t('leaveForm.confirm')} busy={false} onCancel={onCancel} />}
    >
      <p>{t('leaveForm.body', { name: member.name })}</p>
      <Field label={t('leaveForm.leftOn')} error={error}>
        {(props) => <input {...props} type="date" className="input input--date" value={leftOn} onChange={(event) => setLeftOn(event.target.value)} autoFocus />}
      </Field>
    </Dialog>
  );
}
