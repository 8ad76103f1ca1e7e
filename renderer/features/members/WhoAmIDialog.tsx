import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFormer, sortMembers, type Member } from '../../../shared/model/members';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { currentLocale } from '../../i18n/i18n';
import { today } from './member-text';

/** Picks which current member the person at this computer is; the choice stays on this computer. */
export function WhoAmIDialog({
  members,
  current,
  onCancel,
  onChoose,
}: {
  members: readonly Member[];
  current: string | null;
  onCancel: () => void;
  onChoose: (memberId: string | null) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const candidates = useMemo(
    () => sortMembers(members.filter((member) => !isFormer(member, today())), locale),
    [members, locale],
  );
  const [choice, setChoice] = useState(current && candidates.some((member) => member.id === current) ? current : '');
  return (
    <Dialog
      title={t('whoAmI.title')}
      onClose={onCancel}
      onSubmit={() => onChoose(choice === '' ? null : choice)}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('whoAmI.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('whoAmI.choose')}
          </button>
        </>
      }
    >
      <p className="field__hint dialog__intro">{t('whoAmI.intro')}</p>
      <Field label={t('whoAmI.member')}>
        {(props) => (
          <select {...props} className="input" value={choice} onChange={(event) => setChoice(event.target.value)} autoFocus>
            <option value="">{t('whoAmI.nobodyOption')}</option>
            {candidates.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name} · {t(`roles.${member.role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </Dialog>
  );
}
