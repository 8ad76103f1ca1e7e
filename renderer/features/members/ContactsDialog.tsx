import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_FIELDS,
  VISIBILITIES,
  normaliseMemberDraft,
  validateMember,
  type ContactDetail,
  type ContactField,
  type Contacts,
  type Member,
  type MemberDraft,
  type MemberProblem,
  type Visibility,
} from '../../../shared/model/members';
import { draftOf } from '../../../shared/sync/people-doc';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { messageFor, today } from './member-text';
import { useFocusFirstInvalid } from './focus-invalid';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { DialogActions } from '../../ui/DialogActions';

interface Props {
  member: Member;
  members: readonly Member[];
  onCancel: () => void;
  /** Gets the whole tidied draft with the new contacts; only called when valid. */
  onSubmit: (before: MemberDraft, after: MemberDraft) => Promise<void>;
}

const EMPTY: ContactDetail = { value: '', visibility: 'secretary', consent: false };
const INPUT_TYPES: Record<ContactField, string> = { email: 'email', phone: 'tel', address: 'text' };

/** Each contact field with who may see it, and the member's consent and its date. Private by default. */
export function ContactsDialog({ member, members, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  // What the dialog opened with: only what the person changes from it is written.
  const [before] = useState(() => draftOf(member));
  const [contacts, setContacts] = useState<Contacts>(() => ({ ...before.contacts }));
  const [attempt, setAttempt] = useState(0);
  const { busy, run } = useSubmitOnce();
  const bodyRef = useRef<HTMLDivElement>(null);
  const idBase = useId();
  useFocusFirstInvalid(bodyRef, attempt);

  const after = normaliseMemberDraft({ ...before, contacts });
  const found = validateMember(after, { members, selfId: member.id, today: today() }).filter(
    (problem) => problem.field.startsWith('contact.') || problem.field.startsWith('consentOn.'),
  );
  // Problems show from the first refused save on, and clear as they are fixed.
  const problems: MemberProblem[] = attempt > 0 ? found : [];
  // "Consent needed" belongs beside the consent box, not under the value.
  const consentMissing = (field: ContactField) =>
    problems.some((problem) => problem.field === `contact.${field}` && problem.code === 'consent-required');
  const valueError = (field: ContactField) =>
    messageFor(t, problems.filter((problem) => problem.code !== 'consent-required'), `contact.${field}`);

  const update = (field: ContactField, patch: Partial<ContactDetail>) =>
    setContacts((current) => ({ ...current, [field]: { ...EMPTY, ...current[field], ...patch } }));

  const submit = async () => {
    if (found.length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    await run(() => onSubmit(before, after));
  };

  return (
    <Dialog
      title={t('contactsForm.title', { name: member.name })}
      onClose={onCancel}
      onSubmit={submit}
      actions={<DialogActions cancelLabel={t('contactsForm.cancel')} submitLabel={t('contactsForm.save')} busy={busy} onCancel={onCancel} />}
    >
      <div ref={bodyRef}>
        <p className="field__hint dialog__intro">{t('contactsForm.intro')}</p>
        {CONTACT_FIELDS.map((field) => {
          const detail = contacts[field] ?? EMPTY;
          return (
            <fieldset key={field} className="contact-fieldset">
              <legend className="field__label">{t(`contactsForm.${field}`)}</legend>
              <Field label={t(`contactsForm.${field}`)} error={valueError(field)}>
                {(props) => (
                  <input
                    {...props}
                    type={INPUT_TYPES[field]}
                    dir={field === 'address' ? 'auto' : 'ltr'}
                    className="input"
                    value={detail.value}
                    autoComplete="off"
                    onChange={(event) => update(field, { value: event.target.value })}
                  />
                )}
              </Field>
              <div className="field-row">
                <Field label={t('contactsForm.visibility')}>
                  {(props) => (
                    <select {...props} className="input" value={detail.visibility} onChange={(event) => update(field, { visibility: event.target.value as Visibility })}>
                      {VISIBILITIES.map((visibility) => (
                        <option key={visibility} value={visibility}>
                          {t(`visibility.${visibility}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <div className="field consent-field">
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={detail.consent}
                      aria-invalid={consentMissing(field) ? true : undefined}
                      aria-describedby={consentMissing(field) ? `${idBase}-${field}-consent` : undefined}
                      onChange={(event) =>
                        update(field, { consent: event.target.checked, consentOn: event.target.checked ? (detail.consentOn ?? today()) : detail.consentOn })
                      }
                    />
                    {t('contactsForm.consent')}
                  </label>
                </div>
              </div>
              {consentMissing(field) ? (
                <p className="field__error consent-error" id={`${idBase}-${field}-consent`} role="alert">
                  {t('contactsForm.consentRequired')}
                </p>
              ) : null}
              {detail.consent ? (
                <Field label={t('contactsForm.consentOn')} error={messageFor(t, problems, `consentOn.${field}`)}>
                  {(props) => (
                    <input
                      {...props}
                      type="date"
                      className="input input--date"
                      value={detail.consentOn ?? ''}
                      max={today()}
                      onChange={(event) => update(field, { consentOn: event.target.value || undefined })}
                    />
                  )}
                </Field>
              ) : null}
            </fieldset>
          );
        })}
      </div>
    </Dialog>
  );
}
