import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/model/members';
import { Dialog } from '../../ui/Dialog';
import { useSubmitOnce } from '../../ui/use-submit-once';

/**
 * Asks before erasing a member's personal data, saying what goes and what stays;
 * the safe choice has the focus. A storage failure is shown here, with a retry.
 */
export function EraseDialog({ member, onCancel, onConfirm }: { member: Member; onCancel: () => void; onConfirm: () => Promise<void> }) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const { busy, run } = useSubmitOnce();
  const confirm = () =>
    run(async () => {
      try {
        await onConfirm();
      } catch (error) {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    });
  return (
    <Dialog
      title={t('erase.title')}
      role="alertdialog"
      describedBy={bodyId}
      onClose={onCancel}
      onSubmit={confirm}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} autoFocus>
            {t('erase.cancel')}
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            {failure ? t('erase.retry') : t('erase.confirm')}
          </button>
        </>
      }
    >
      <div id={bodyId}>
        <p>{t('erase.removed', { name: member.name })}</p>
        <p>{t('erase.kept', { placeholder: t('erase.placeholder') })}</p>
        <p className="erase__irreversible">{t('erase.irreversible')}</p>
      </div>
      {failure ? (
        <p className="notice notice--error" role="alert">
          {t('erase.failed', { message: failure })}
        </p>
      ) : null}
    </Dialog>
  );
}
