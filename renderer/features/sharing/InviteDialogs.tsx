import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { InviteAccess } from '../../../shared/sync/invite';
import type { WorkspaceSync } from '../../collab/network/workspace-sync';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { Field } from '../../ui/Field';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { createInvite, type CreatedInvite } from './sharing-actions';

interface CreateProps {
  workspaceSync: WorkspaceSync;
  doc: Y.Doc;
  workspaceName: string;
  onCancel: () => void;
  onCreated: (created: CreatedInvite, label: string) => void;
}

export function CreateInviteDialog({ workspaceSync, doc, workspaceName, onCancel, onCreated }: CreateProps) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [access, setAccess] = useState<InviteAccess>('edit');
  const { busy, run } = useSubmitOnce();
  return (
    <Dialog
      title={t('sharing.createInvite')}
      onClose={onCancel}
      onSubmit={() =>
        run(async () => {
          const created = await createInvite(workspaceSync, doc, { label, access, workspaceName });
          onCreated(created, label.trim() || t('sharing.untitledInvite'));
        })
      }
      actions={<DialogActions cancelLabel={t('sharing.cancel')} submitLabel={t('sharing.create')} busy={busy} onCancel={onCancel} />}
    >
      <Field label={t('sharing.inviteLabel')} hint={t('sharing.inviteLabelHelp')}>
        {(props) => <input {...props} className="input" value={label} maxLength={120} onChange={(event) => setLabel(event.target.value)} autoFocus />}
      </Field>
      <fieldset className="choice-group">
        <legend>{t('sharing.inviteAccess')}</legend>
        <label className="choice-card">
          <input type="radio" name="invite-access" checked={access === 'edit'} onChange={() => setAccess('edit')} />
          <span>{t('sharing.inviteEdit')}</span>
        </label>
        <label className="choice-card">
          <input type="radio" name="invite-access" checked={access === 'read'} onChange={() => setAccess('read')} />
          <span>{t('sharing.inviteRead')}</span>
        </label>
      </fieldset>
    </Dialog>
  );
}

/** The new invite as a link and as a code, each with a Copy button (and selectable text). */
export function InviteDialog({ created, label, onClose }: { created: CreatedInvite; label: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('sharing.inviteReady', { label })}
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <button type="submit" className="button button--primary">
          {t('sharing.close')}
        </button>
      }
    >
      {created.registered ? null : (
        <p className="notice notice--warning" role="alert">
          {t('sharing.inviteOffline')}
        </p>
      )}
      <p className="field__hint">{t('sharing.invitesHelp')}</p>
      <CopyField label={t('sharing.inviteLink')} value={created.link} testId="invite-link" />
      <CopyField label={t('sharing.inviteCode')} value={created.code} testId="invite-code" />
    </Dialog>
  );
}

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <Field label={label}>
      {(props) => (
        <div className="copy-field">
          <textarea {...props} className="input input--code" dir="ltr" readOnly rows={3} value={value} data-testid={testId} onFocus={(event) => event.target.select()} />
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator.clipboard.writeText(value).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? t('sharing.copied') : t('sharing.copy')}
          </button>
        </div>
      )}
    </Field>
  );
}
