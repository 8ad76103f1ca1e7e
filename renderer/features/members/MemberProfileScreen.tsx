import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_FIELDS,
  effectiveVisibility,
  emptyMemberDraft,
  isFormer,
  representativesOf,
  visibleContactFields,
  type Member,
  type MemberDraft,
  type RepresentationRole,
} from '../../../shared/model/members';
import { newId } from '../../../shared/model/ids';
import { addMember, draftOf, setMemberFields, updateMember } from '../../../shared/sync/people-doc';
import { useServices } from '../../app/services';
import type { PersistedDoc } from '../../collab/persisted-doc';
import { currentLocale } from '../../i18n/i18n';
import { ContactsDialog } from './ContactsDialog';
import { EraseDialog } from './EraseDialog';
import { LeaveDialog } from './LeaveDialog';
import { MemberDialog } from './MemberDialog';
import { eraseMemberAndStorage } from './erase-member';
import { countryName, formatIsoDate, representationText, today } from './member-text';
import { canEditContacts, type Viewer } from './viewer';

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

interface Props {
  workspaceId: string;
  memberId: string;
  persisted: PersistedDoc;
  members: Member[];
  viewer: Viewer;
}

type Pending =
  /** `before`: the member as the form opened, so only what the person changed is written. */
  | { kind: 'edit'; before: MemberDraft }
  | { kind: 'contacts' }
  | { kind: 'leave' }
  | { kind: 'erase' }
  | { kind: 'represent'; as: RepresentationRole }
  | null;

/** One member: details, representatives (for an organisation), contact details as this viewer may see them, and actions. */
export function MemberProfileScreen({ workspaceId, memberId, persisted, members, viewer }: Props) {
  const { t } = useTranslation();
  const { db } = useServices();
  const locale = currentLocale();
  const [pending, setPending] = useState<Pending>(null);
  const member = members.find((candidate) => candidate.id === memberId);
  const doc = persisted.doc;
  const date = today();
  const membersHref = `#/w/${workspaceId}/members`;

  if (!member) {
    return (
      <section className="screen">
        <h1>{t('memberProfile.notFound')}</h1>
        <a className="button" href={membersHref}>
          {t('memberProfile.back')}
        </a>
      </section>
    );
  }

  const erased = member.erasedOn !== undefined;
  const former = isFormer(member, date);
  const visible = visibleContactFields(member, viewer.role, viewer.memberId ?? undefined);
  const recorded = CONTACT_FIELDS.filter((field) => member.contacts[field]);
  const hiddenCount = recorded.filter((field) => !visible[field]).length;
  const representation = representationText(t, member, members);
  const representatives = member.kind === 'organisation' ? representativesOf(member.id, members, date) : null;
  const organisationLink = member.representationOf ? `#/w/${workspaceId}/members/${member.representationOf}` : null;
  const personLink = (person: Member) => (
    <a href={`#/w/${workspaceId}/members/${person.id}`}>{person.name}</a>
  );

  return (
    <section className="screen member-profile" aria-labelledby="member-title">
      <p className="breadcrumb">
        <a href={membersHref}>{t('memberProfile.back')}</a>
      </p>
      <header className="screen__header">
        <h1 id="member-title" className="member-name">
          <span>{member.name}</span>
          {erased ? (
            <span className="badge badge--muted">{t('members.erasedBadge')}</span>
          ) : former ? (
            <span className="badge badge--muted">{t('members.formerBadge')}</span>
          ) : null}
        </h1>
        {erased ? (
          <p className="notice notice--info">{t('memberProfile.erasedNote', { date: formatIsoDate(member.erasedOn!, locale) })}</p>
        ) : member.leftOn ? (
          <p className="notice notice--info">
            {former
              ? t('memberProfile.formerNote', { date: formatIsoDate(member.leftOn, locale) })
              : t('memberProfile.leavingNote', { date: formatIsoDate(member.leftOn, locale) })}
          </p>
        ) : null}
        {!erased ? (
          <div className="screen__actions" role="group" aria-label={t('memberProfile.actions')}>
            <button type="button" className="button" onClick={() => setPending({ kind: 'edit', before: draftOf(member) })}>
              {t('memberProfile.edit')}
            </button>
            {!member.leftOn ? (
              <button type="button" className="button" onClick={() => setPending({ kind: 'leave' })}>
                {t('memberProfile.markLeft')}
              </button>
            ) : null}
            <button type="button" className="button button--danger-quiet" onClick={() => setPending({ kind: 'erase' })}>
              {t('memberProfile.erase')}
            </button>
          </div>
        ) : null}
      </header>

      <h2>{t('memberProfile.details')}</h2>
      <dl className="facts facts--wide">
        <dt>{t('memberProfile.kind')}</dt>
        <dd>{t(`memberKinds.${member.kind}`)}</dd>
        {!erased ? (
          <>
            <dt>{t('memberProfile.role')}</dt>
            <dd>{t(`roles.${member.role}`)}</dd>
            <dt>{t('memberProfile.voting')}</dt>
            <dd>{member.voting ? t('memberProfile.votes') : t('memberProfile.noVote')}</dd>
          </>
        ) : null}
        {representation && organisationLink ? (
          <>
            <dt>{t('memberProfile.represents')}</dt>
            <dd>
              <a href={organisationLink}>{representation}</a>
            </dd>
          </>
        ) : null}
        {member.country ? (
          <>
            <dt>{t('memberProfile.country')}</dt>
            <dd>{countryName(member.country, locale)}</dd>
          </>
        ) : null}
        {member.joinedOn ? (
          <>
            <dt>{t('memberProfile.joinedOn')}</dt>
            <dd>{formatIsoDate(member.joinedOn, locale)}</dd>
          </>
        ) : null}
        {member.leftOn ? (
          <>
            <dt>{t('memberProfile.leftOn')}</dt>
            <dd>{formatIsoDate(member.leftOn, locale)}</dd>
          </>
        ) : null}
        {member.notes ? (
          <>
            <dt>{t('memberProfile.notes')}</dt>
            <dd className="pre-line">{member.notes}</dd>
          </>
        ) : null}
      </dl>

      {representatives && !erased ? (
        <section aria-labelledby="representatives-title">
          <div className="section-heading">
            <h2 id="representatives-title">{t('memberProfile.representatives')}</h2>
            {!former ? (
              <div className="screen__actions screen__actions--inline">
                {!representatives.delegate ? (
                  <button type="button" className="button" onClick={() => setPending({ kind: 'represent', as: 'delegate' })}>
                    {t('memberProfile.addDelegate')}
                  </button>
                ) : null}
                <button type="button" className="button" onClick={() => setPending({ kind: 'represent', as: 'alternate' })}>
                  {t('memberProfile.addAlternate')}
                </button>
              </div>
            ) : null}
          </div>
          <dl className="facts facts--wide">
            <dt>{t('memberProfile.delegate')}</dt>
            <dd>{representatives.delegate ? personLink(representatives.delegate) : t('memberProfile.noDelegate')}</dd>
            <dt>{t('memberProfile.alternates')}</dt>
            <dd>
              {representatives.alternates.length === 0 ? (
                t('memberProfile.noAlternates')
              ) : (
                <ul className="inline-list">
                  {representatives.alternates.map((person) => (
                    <li key={person.id}>{personLink(person)}</li>
                  ))}
                </ul>
              )}
            </dd>
            {representatives.former.length > 0 ? (
              <>
                <dt>{t('memberProfile.formerRepresentatives')}</dt>
                <dd>
                  <ul className="inline-list">
                    {representatives.former.map((person) => (
                      <li key={person.id}>{personLink(person)}</li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {!erased ? (
        <section aria-labelledby="contacts-title" data-testid="member-contacts">
          <div className="section-heading">
            <h2 id="contacts-title">{t('memberProfile.contacts')}</h2>
            {canEditContacts(viewer, member.id) ? (
              <button type="button" className="button" onClick={() => setPending({ kind: 'contacts' })}>
                {t('memberProfile.editContacts')}
              </button>
            ) : null}
          </div>
          <p className="field__hint">{t('memberProfile.viewingAs', { viewer: t(`viewerRoles.${viewer.role}`) })}</p>
          {recorded.length === 0 ? (
            <p className="empty">{t('memberProfile.noContacts')}</p>
          ) : (
            <dl className="contact-list">
              {CONTACT_FIELDS.map((field) => {
                const detail = visible[field];
                if (!detail) return null;
                return (
                  <div key={field} className="contact-list__item">
                    <dt>{t(`contactsForm.${field}`)}</dt>
                    <dd>
                      <span className="contact-list__value" dir={field === 'address' ? 'auto' : 'ltr'}>
                        {detail.value}
                      </span>
                      <span className="contact-list__meta">
                        {t('memberProfile.seenBy', { visibility: t(`visibility.${effectiveVisibility(detail)}`) })}
                        {' · '}
                        {detail.consent && detail.consentOn
                          ? t('memberProfile.consentOn', { date: formatIsoDate(detail.consentOn, locale) })
                          : t('memberProfile.noConsent')}
                      </span>
                    </dd>
                  </div>
                );
              })}
            </dl>
          )}
          {hiddenCount > 0 ? <p className="field__hint">{t('memberProfile.hiddenSome')}</p> : null}
          {!canEditContacts(viewer, member.id) ? <p className="field__hint">{t('memberProfile.editContactsOnlySecretary')}</p> : null}
        </section>
      ) : null}

      {pending?.kind === 'edit' ? (
        <MemberDialog
          mode="edit"
          title={t('memberForm.editTitle')}
          initial={pending.before}
          members={members}
          selfId={member.id}
          onCancel={() => setPending(null)}
          onSubmit={async (after) => {
            // Contacts are edited in their own dialog: leave them out of this change.
            const { before } = pending;
            updateMember(doc, member.id, before, { ...after, contacts: before.contacts });
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'represent' ? (
        <MemberDialog
          mode="add"
          title={t(pending.as === 'delegate' ? 'memberForm.addDelegateTitle' : 'memberForm.addAlternateTitle', { organisation: member.name })}
          initial={{
            ...emptyMemberDraft('individual'),
            voting: pending.as === 'delegate',
            representationOf: member.id,
            representationRole: pending.as,
            joinedOn: date,
          }}
          members={members}
          onCancel={() => setPending(null)}
          onSubmit={async (draft) => {
            addMember(doc, newId('m', randomBytes), draft);
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'contacts' ? (
        <ContactsDialog
          member={member}
          members={members}
          onCancel={() => setPending(null)}
          onSubmit={async (before, after) => {
            updateMember(doc, member.id, before, after);
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'leave' ? (
        <LeaveDialog
          member={member}
          onCancel={() => setPending(null)}
          onSubmit={async (leftOn) => {
            setMemberFields(doc, member.id, { leftOn });
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'erase' ? (
        <EraseDialog
          member={member}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            await eraseMemberAndStorage(db, persisted, member.id, { placeholder: t('erase.placeholder'), erasedOn: date });
            setPending(null);
          }}
        />
      ) : null}
    </section>
  );
}

