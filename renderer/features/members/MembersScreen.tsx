import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  MEMBER_ROLES,
  emptyMemberDraft,
  filterMembers,
  isFormer,
  sortMembers,
  type Member,
  type MemberFilter,
  type MemberRole,
} from '../../../shared/model/members';
import { newId } from '../../../shared/model/ids';
import { addMember } from '../../../shared/sync/people-doc';
import { navigate } from '../../app/router';
import { currentLocale } from '../../i18n/i18n';
import { MemberDialog } from './MemberDialog';
import { ExportDialog } from './ExportDialog';
import { formatIsoDate, representationText, today } from './member-text';

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

interface Props {
  workspaceId: string;
  workspaceName: string;
  doc: Y.Doc;
  members: Member[];
}

type Pending = 'add' | 'export' | null;

/** The register: search, filters (role, organisation, vote, former), and a row per member linking to their profile. */
export function MembersScreen({ workspaceId, workspaceName, doc, members }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [filter, setFilter] = useState<MemberFilter>({ status: 'current', query: '' });
  const [pending, setPending] = useState<Pending>(null);
  const date = today();

  const organisations = useMemo(
    () => sortMembers(members.filter((member) => member.kind === 'organisation' && member.erasedOn === undefined), locale),
    [members, locale],
  );
  const shown = useMemo(() => sortMembers(filterMembers(members, filter, date), locale), [members, filter, date, locale]);
  const update = (patch: Partial<MemberFilter>) => setFilter((current) => ({ ...current, ...patch }));

  return (
    <section className="screen" aria-labelledby="members-title">
      <header className="screen__header">
        <h1 id="members-title">{t('members.title')}</h1>
        <p className="screen__intro">{t('members.intro')}</p>
        <div className="screen__actions">
          <button type="button" className="button button--primary" onClick={() => setPending('add')}>
            {t('members.add')}
          </button>
          <button type="button" className="button" onClick={() => setPending('export')} disabled={members.length === 0}>
            {t('members.export')}
          </button>
        </div>
      </header>

      <search className="filters" aria-label={t('members.filters')}>
        <label className="filters__item">
          <span className="field__label">{t('members.search')}</span>
          <input type="search" className="input" dir="auto" value={filter.query ?? ''} onChange={(event) => update({ query: event.target.value })} />
        </label>
        <label className="filters__item">
          <span className="field__label">{t('members.role')}</span>
          <select className="input" value={filter.role ?? ''} onChange={(event) => update({ role: (event.target.value || undefined) as MemberRole | undefined })}>
            <option value="">{t('members.anyRole')}</option>
            {MEMBER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__item">
          <span className="field__label">{t('members.organisation')}</span>
          <select className="input" value={filter.organisationId ?? ''} onChange={(event) => update({ organisationId: event.target.value || undefined })}>
            <option value="">{t('members.anyOrganisation')}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__item">
          <span className="field__label">{t('members.voting')}</span>
          <select
            className="input"
            value={filter.voting ?? ''}
            onChange={(event) => update({ voting: (event.target.value || undefined) as MemberFilter['voting'] })}
          >
            <option value="">{t('members.anyVoting')}</option>
            <option value="voting">{t('members.votingOnly')}</option>
            <option value="non-voting">{t('members.nonVotingOnly')}</option>
          </select>
        </label>
        <label className="filters__item">
          <span className="field__label">{t('members.status')}</span>
          <select className="input" value={filter.status} onChange={(event) => update({ status: event.target.value as MemberFilter['status'] })}>
            <option value="current">{t('members.current')}</option>
            <option value="former">{t('members.former')}</option>
            <option value="all">{t('members.all')}</option>
          </select>
        </label>
      </search>

      <p className="filters__count" role="status">
        {t('members.shown', { count: shown.length })}
      </p>

      {members.length === 0 ? (
        <p className="empty">{t('members.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('members.none')}</p>
      ) : (
        <table className="table" data-testid="member-list">
          <caption className="visually-hidden">{t('members.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.kind')}</th>
              <th scope="col">{t('members.role')}</th>
              <th scope="col">{t('members.represents')}</th>
              <th scope="col">{t('members.voting')}</th>
              <th scope="col">{t('members.joined')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((member) => (
              <tr key={member.id}>
                <td>
                  <span className="member-name">
                    <a href={`#/w/${workspaceId}/members/${member.id}`}>{member.name}</a>
                    {member.erasedOn ? (
                      <span className="badge badge--muted">{t('members.erasedBadge')}</span>
                    ) : isFormer(member, date) ? (
                      <span className="badge badge--muted">{t('members.formerBadge')}</span>
                    ) : null}
                  </span>
                </td>
                <td>{t(`memberKinds.${member.kind}`)}</td>
                <td>{t(`roles.${member.role}`)}</td>
                <td>{representationText(t, member, members) ?? ''}</td>
                <td>{member.voting ? t('members.yes') : t('members.no')}</td>
                <td className="table__nowrap">{member.joinedOn ? formatIsoDate(member.joinedOn, locale) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {pending === 'add' ? (
        <MemberDialog
          mode="add"
          title={t('memberForm.addTitle')}
          initial={emptyMemberDraft()}
          members={members}
          onCancel={() => setPending(null)}
          onSubmit={async (draft) => {
            const id = newId('m', randomBytes);
            addMember(doc, id, draft);
            setPending(null);
            navigate({ name: 'workspace', workspaceId, section: { name: 'member', memberId: id } });
          }}
        />
      ) : null}
      {pending === 'export' ? <ExportDialog workspaceName={workspaceName} members={members} onClose={() => setPending(null)} /> : null}
    </section>
  );
}
