import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InviteError, parseInvite } from '../../../shared/sync/invite';
import { useServices } from '../../app/services';
import { navigate } from '../../app/router';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { readDisplayName, writeDisplayName } from './display-name';
import { joinWorkspace } from './sharing-actions';

/** Paste an invite, say your name, join: the workspace arrives from the relay. */
export function JoinDialog({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [text, setText] = useState('');
  const [name, setName] = useState(readDisplayName);
  const [errors, setErrors] = useState<{ invite?: string; name?: string }>({});
  const { busy, run } = useSubmitOnce();

  const submit = () =>
    run(async () => {
      const next: typeof errors = {};
      let invite = null;
      try {
        invite = parseInvite(text);
      } catch (error) {
        next.invite = error instanceof InviteError ? t(`join.errors.${error.problem}`) : t('join.errors.damaged');
      }
      if (!name.trim()) next.name = t('sharing.yourNameRequired');
      setErrors(next);
      if (!invite || next.name) {
        document.querySelector<HTMLElement>('.dialog [aria-invalid="true"]')?.focus();
        return;
      }
      writeDisplayName(name);
      await joinWorkspace(services, invite);
      onCancel();
      navigate({ name: 'workspace', workspaceId: invite.workspaceId });
    });

  return (
    <Dialog
      title={t('join.title')}
      onClose={onCancel}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('join.cancel')} submitLabel={t('join.submit')} busy={busy} onCancel={onCancel} />}
    >
      <p className="field__hint">{t('join.intro')}</p>
      <Field label={t('join.invite')} error={errors.invite}>
        {(props) => (
          <textarea {...props} className="input input--code" dir="ltr" rows={4} value={text} onChange={(event) => setText(event.target.value)} autoFocus data-testid="join-invite" />
        )}
      </Field>
      <Field label={t('sharing.yourName')} hint={t('sharing.yourNameHelp')} error={errors.name}>
        {(props) => <input {...props} className="input" value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
    </Dialog>
  );
}
