import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MEMBER_KINDS,
  MEMBER_NAME_MAX,
  MEMBER_ROLES,
  isFormer,
  normaliseMemberDraft,
  sortMembers,
  validateMember,
  type Member,
  type MemberDraft,
  type MemberKind,
  type MemberProblem,
  type MemberRole,
  type RepresentationRole,
} from '../../../shared/model/members';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { currentLocale } from '../../i18n/i18n';
import { countryOptions, messageFor, today } from './member-text';
import { useFocusFirstInvalid, useInitialFocus } from './focus-invalid';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { DialogActions } from '../../ui/DialogActions';

interface Props {
  mode: 'add' | 'edit';
  title: string;
  initial: MemberDraft;
  members: readonly Member[];
  /** The member being edited (left out of duplicate checks). */
  selfId?: string;
  onCancel: () => void;
  /** Gets the tidied draft; only called when it is valid. */
  onSubmit: (draft: MemberDraft) => Promise<void>;
}

/** Adds a member or edits one: identity, role, vote, whom they represent, dates, notes. Contacts have their own dialog. */
export function MemberDialog({ mode, title, initial, members, selfId, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [draft, setDraft] = useState<MemberDraft>(initial);
  const [attempt, setAttempt] = useState(0);
  const { busy, run } = useSubmitOnce();
  const bodyRef = useRef<HTMLDivElement>(null);
  const votingHintId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(bodyRef, attempt);
  useInitialFocus(nameRef);
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const organisations = useMemo(
    () =>
      sortMembers(
        members.filter(
          (member) =>
            member.kind === 'organisation' &&
            member.id !== selfId &&
            member.erasedOn === undefined &&
            (!isFormer(member, today()) || member.id === initial.representationOf),
        ),
        locale,
      ),
    [members, selfId, locale, initial.representationOf],
  );

  const tidy = normaliseMemberDraft(draft);
  const found = validateMember(tidy, { members, selfId, today: today() });
  // Problems show from the first refused save on, and clear as they are fixed.
  const problems: MemberProblem[] = attempt > 0 ? found : [];

  const set = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const error = (field: MemberProblem['field']) => messageFor(t, problems, field);

  const submit = async () => {
    if (found.length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    await run(() => onSubmit(tidy));
  };

  const chooseKind = (kind: MemberKind) =>
    setDraft((current) => ({
      ...current,
      kind,
      voting: current.name === '' && mode === 'add' ? kind === 'organisation' : current.voting,
      ...(kind === 'organisation' ? { representationOf: undefined, representationRole: undefined } : {}),
    }));

  return (
    <Dialog
      title={title}
      onClose={onCancel}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('memberForm.cancel')} submitLabel={mode === 'add' ? t('memberForm.add') : t('memberForm.save')} busy={busy} onCancel={onCancel} />}
    >
      <div ref={bodyRef}>
        {mode === 'add' && initial.representationOf === undefined ? (
          <fieldset className="choice-group">
            <legend className="field__label">{t('memberForm.kind')}</legend>
            <div className="choice-row">
              {MEMBER_KINDS.map((kind) => (
                <label key={kind} className="check">
                  <input type="radio" name="member-kind" value={kind} checked={draft.kind === kind} onChange={() => chooseKind(kind)} />
                  {t(`memberKinds.${kind}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        <Field label={t('memberForm.name')} error={error('name')}>
          {(props) => (
            <input
              {...props}
              ref={nameRef}
              className="input"
              dir="auto"
              value={draft.name}
              onChange={(event) => set('name', event.target.value)}
              maxLength={MEMBER_NAME_MAX + 20}
              autoComplete="off"
            />
          )}
        </Field>

        <div className="field-row">
          <Field label={t('memberForm.role')} error={error('role')}>
            {(props) => (
              <select {...props} className="input" value={draft.role} onChange={(event) => set('role', event.target.value as MemberRole)}>
                {MEMBER_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`roles.${role}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('memberForm.country')} error={error('country')}>
            {(props) => (
              <select {...props} className="input" value={draft.country ?? ''} onChange={(event) => set('country', event.target.value || undefined)}>
                <option value="">{t('memberForm.noCountry')}</option>
                {countries.map(({ code, name }) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        <div className="field">
          <label className="check">
            <input type="checkbox" checked={draft.voting} onChange={(event) => set('voting', event.target.checked)} aria-describedby={votingHintId} />
            {t('memberForm.voting')}
          </label>
          <p id={votingHintId} className="field__hint">
            {t('memberForm.votingHint')}
          </p>
        </div>

        {draft.kind === 'individual' ? (
          <div className="field-row">
            <Field label={t('memberForm.represents')} error={error('representationOf')}>
              {(props) => (
                <select
                  {...props}
                  className="input"
                  value={draft.representationOf ?? ''}
                  onChange={(event) => {
                    const value = event.target.value || undefined;
                    setDraft((current) => ({
                      ...current,
                      representationOf: value,
                      representationRole: value ? (current.representationRole ?? 'alternate') : undefined,
                    }));
                  }}
                >
                  <option value="">{t('memberForm.representsNone')}</option>
                  {organisations.map((organisation) => (
                    <option key={organisation.id} value={organisation.id}>
                      {organisation.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {draft.representationOf ? (
              <Field label={t('memberForm.as')} error={error('representationRole')}>
                {(props) => (
                  <select
                    {...props}
                    className="input"
                    value={draft.representationRole ?? ''}
                    onChange={(event) => set('representationRole', event.target.value as RepresentationRole)}
                  >
                    <option value="delegate">{t('memberForm.delegate')}</option>
                    <option value="alternate">{t('memberForm.alternate')}</option>
                  </select>
                )}
              </Field>
            ) : null}
          </div>
        ) : null}

        <div className="field-row">
          <Field label={t('memberForm.joinedOn')} error={error('joinedOn')}>
            {(props) => (
              <input {...props} type="date" className="input" value={draft.joinedOn ?? ''} onChange={(event) => set('joinedOn', event.target.value || undefined)} />
            )}
          </Field>
          {mode === 'edit' ? (
            <Field label={t('memberForm.leftOn')} hint={t('memberForm.leftOnHint')} error={error('leftOn')}>
              {(props) => (
                <input {...props} type="date" className="input" value={draft.leftOn ?? ''} onChange={(event) => set('leftOn', event.target.value || undefined)} />
              )}
            </Field>
          ) : null}
        </div>

        <Field label={t('memberForm.notes')} hint={t('memberForm.notesHint')} error={error('notes')}>
          {(props) => <textarea {...props} className="input" dir="auto" rows={3} value={draft.notes ?? ''} onChange={(event) => set('notes', event.target.value)} />}
        </Field>
      </div>
    </Dialog>
  );
}
