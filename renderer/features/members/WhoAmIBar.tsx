import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/model/members';
import { WhoAmIDialog } from './WhoAmIDialog';

/** "You are: … · Change" at the top of the workspace's side bar. */
export function WhoAmIBar({
  me,
  meId,
  members,
  ready,
  onChoose,
}: {
  me: Member | undefined;
  meId: string | null;
  members: readonly Member[];
  /** False while the register is still opening: there is nobody to choose yet. */
  ready: boolean;
  onChoose: (memberId: string | null) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <p className="who-am-i">
        <span>{t('whoAmI.youAre')} </span>
        <strong data-testid="who-am-i">{me ? `${me.name} (${t(`roles.${me.role}`)})` : t('whoAmI.nobody')}</strong>
        {' · '}
        <button type="button" className="link-button" aria-label={t('whoAmI.changeLabel')} onClick={() => setOpen(true)} disabled={!ready}>
          {t('whoAmI.change')}
        </button>
      </p>
      {open ? (
        <WhoAmIDialog
          members={members}
          current={meId}
          onCancel={() => setOpen(false)}
          onChoose={(memberId) => {
            onChoose(memberId);
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
