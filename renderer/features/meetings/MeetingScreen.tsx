import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addAgendaItem,
  agendaMinutes,
  deleteMeeting,
  linkAgendaItem,
  readMeeting,
  removeAgendaItem,
  unlinkAgendaItem,
  updateAgendaItem,
  updateMeeting,
  type AgendaItem,
  type AgendaItemInput,
  type AgendaLink,
} from '../../../shared/sync/meetings-doc';
import { formatStartsAt } from '../../../shared/model/minutes-from-agenda';
import { navigate } from '../../app/router';
import { useServices } from '../../app/services';
import { currentLocale } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { today as todayDate } from '../members/member-text';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { ActionItemsSection } from '../actions/ActionItemsSection';
import { AgendaItemDialog } from './AgendaItemDialog';
import { ExportMinutesButton } from './ExportMinutesButton';
import { AgendaList, proposalsOf } from './AgendaList';
import { AttendancePanel } from './AttendancePanel';
import { MeetingDialog } from './MeetingDialog';
import { currentMembers, openMinutes } from './open-minutes';
import { useDocumentEntries, useMeeting, useProposalSummaries } from './use-meetings';

type Pending =
  | { kind: 'edit-meeting' }
  | { kind: 'delete-meeting' }
  | { kind: 'new-item' }
  | { kind: 'edit-item'; item: AgendaItem }
  | { kind: 'remove-item'; item: AgendaItem }
  | null;

const sameLink = (a: AgendaLink, b: AgendaLink) => a.kind === b.kind && a.id === b.id;

/** One meeting: its details, the agenda (reorderable), attendance with the quorum, and its minutes. */
export function MeetingScreen(props: WorkspacePageProps & { meetingId: string }) {
  const { workspaceId, doc, members, rules, readOnly, meetingId } = props;
  const { t } = useTranslation();
  const services = useServices();
  const locale = currentLocale();
  const today = todayDate();
  const meeting = useMeeting(doc, meetingId);
  const documents = useDocumentEntries(doc);
  const proposals = useProposalSummaries(doc);
  const [pending, setPending] = useState<Pending>(null);
  const [opening, setOpening] = useState(false);
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const register = useMemo(() => currentMembers(members, today, locale), [members, today, locale]);

  if (!meeting) {
    return (
      <section className="screen" aria-labelledby="meeting-title">
        <p className="breadcrumb">
          <a href={`#/w/${workspaceId}/meetings`}>{t('meetings.back')}</a>
        </p>
        <h1 id="meeting-title">{t('meetings.title')}</h1>
        <p className="notice notice--warning" role="alert">
          {t('meetings.notFound')}
        </p>
      </section>
    );
  }

  const minutesId = meeting.minutesDocumentId && documents.some((entry) => entry.id === meeting.minutesDocumentId) ? meeting.minutesDocumentId : undefined;
  const total = agendaMinutes(meeting);

  const open = async () => {
    if (opening) return;
    setOpening(true);
    setMinutesError(null);
    try {
      const documentId = await openMinutes(services, { doc, workspaceId, meetingId, members, rules, today, locale });
      navigate({ name: 'document', workspaceId, documentId });
    } catch (error) {
      setMinutesError(t('meetings.minutes.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setOpening(false);
    }
  };

  /** Who may present: current members, plus the item's presenter if they have since left. */
  const presentersFor = (item?: AgendaItem) => {
    const former = item?.presenter ? members.find((member) => member.id === item.presenter && !register.includes(member)) : undefined;
    return former ? [...register, former] : register;
  };
  /** Proposals that may be linked: the open ones, and any already shown on the item. */
  const linkableProposals = (item?: AgendaItem) => {
    const shown = item ? new Set(proposalsOf(meeting, item, proposals).map((proposal) => proposal.id)) : new Set<string>();
    return proposals.filter((proposal) => proposal.state === 'open' || shown.has(proposal.id));
  };

  const saveLinks = (itemId: string, before: readonly AgendaLink[], after: readonly AgendaLink[]) => {
    doc.transact(() => {
      for (const link of before) if (!after.some((candidate) => sameLink(candidate, link))) unlinkAgendaItem(doc, meetingId, itemId, link);
      for (const link of after) if (!before.some((candidate) => sameLink(candidate, link))) linkAgendaItem(doc, meetingId, itemId, link);
    });
  };

  return (
    <section className="screen meeting" aria-labelledby="meeting-title">
      <p className="breadcrumb">
        <a href={`#/w/${workspaceId}/meetings`}>{t('meetings.back')}</a>
      </p>
      <header className="screen__header">
        <h1 id="meeting-title">
          <bdi>{meeting.title}</bdi>
        </h1>
        <dl className="facts facts--wide meeting__facts">
          <dt>{t('meetings.when')}</dt>
          <dd>
            <time dateTime={meeting.startsAt}>{formatStartsAt(meeting.startsAt, locale)}</time>
          </dd>
          {meeting.place ? (
            <>
              <dt>{t('meetings.place')}</dt>
              <dd>
                <bdi>{meeting.place}</bdi>
              </dd>
            </>
          ) : null}
          {meeting.link ? (
            <>
              <dt>{t('meetings.link')}</dt>
              <dd>
                <a href={meeting.link} target="_blank" rel="noopener noreferrer" className="meeting__link">
                  <bdi>{meeting.link}</bdi>
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        <div className="screen__actions">
          {minutesId ? (
            <a className="button button--primary" href={`#/w/${workspaceId}/d/${minutesId}`}>
              {t('meetings.minutes.open')}
            </a>
          ) : readOnly ? null : (
            <button type="button" className="button button--primary" onClick={() => void open()} disabled={opening} aria-describedby="meeting-minutes-hint">
              {opening ? t('meetings.minutes.opening') : t('meetings.minutes.open')}
            </button>
          )}
          <ExportMinutesButton page={props} meetingId={meeting.id} />
          {readOnly ? null : (
            <>
              <button type="button" className="button" onClick={() => setPending({ kind: 'edit-meeting' })}>
                {t('meetings.edit')}
              </button>
              <button type="button" className="button button--danger-quiet" onClick={() => setPending({ kind: 'delete-meeting' })}>
                {t('meetings.delete')}
              </button>
            </>
          )}
        </div>
        {!minutesId && !readOnly ? (
          <p id="meeting-minutes-hint" className="field__hint meeting__minutes-hint">
            {t('meetings.minutes.hint')}
          </p>
        ) : null}
        {minutesError ? (
          <p className="notice notice--error" role="alert">
            {minutesError}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="agenda-title" className="meeting__section">
        <div className="section-heading">
          <h2 id="agenda-title">{t('meetings.agenda.title')}</h2>
          <p className="agenda__total" data-testid="agenda-total">
            {t('meetings.agenda.total', { count: total })}
          </p>
        </div>
        <AgendaList
          workspaceId={workspaceId}
          doc={doc}
          meeting={meeting}
          members={members}
          documents={documents}
          proposals={proposals}
          readOnly={readOnly}
          onEdit={(item) => setPending({ kind: 'edit-item', item })}
          onRemove={(item) => setPending({ kind: 'remove-item', item })}
        />
        {readOnly ? null : (
          <p>
            <button type="button" className="button" onClick={() => setPending({ kind: 'new-item' })}>
              {t('meetings.agenda.add')}
            </button>
          </p>
        )}
      </section>

      <ActionItemsSection page={props} source={{ kind: 'meeting', meetingId: meeting.id }} />

      <section aria-labelledby="attendance-title" className="meeting__section">
        <h2 id="attendance-title" className="section-heading">
          {t('meetings.attendance.title')}
        </h2>
        <p className="screen__intro">{t('meetings.attendance.intro')}</p>
        <AttendancePanel doc={doc} meeting={meeting} members={members} register={register} rules={rules} today={today} readOnly={readOnly} />
      </section>

      {pending?.kind === 'edit-meeting' ? (
        <MeetingDialog
          mode="edit"
          initial={meeting}
          onCancel={() => setPending(null)}
          onSubmit={async (input) => {
            if (!updateMeeting(doc, meetingId, input)) throw new Error('gone');
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'delete-meeting' ? (
        <ConfirmDialog
          title={t('meetings.deleteTitle')}
          body={t('meetings.deleteBody', { title: meeting.title })}
          confirmLabel={t('meetings.deleteConfirm')}
          cancelLabel={t('meetings.form.cancel')}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            deleteMeeting(doc, meetingId);
            setPending(null);
            navigate({ name: 'workspace', workspaceId, section: { name: 'meetings' } });
          }}
        />
      ) : null}
      {pending?.kind === 'new-item' ? (
        <AgendaItemDialog
          mode="new"
          initial={{ title: '', presenter: '', minutes: 0, links: [] }}
          presenters={presentersFor()}
          documents={documents}
          proposals={linkableProposals()}
          onCancel={() => setPending(null)}
          onSubmit={async (input: AgendaItemInput, links) => {
            doc.transact(() => {
              const itemId = addAgendaItem(doc, meetingId, input);
              if (itemId === null) throw new Error('gone');
              saveLinks(itemId, [], links);
            });
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'edit-item' ? (
        <AgendaItemDialog
          mode="edit"
          initial={{
            ...pending.item,
            links: [
              ...pending.item.links,
              ...proposalsOf(meeting, pending.item, proposals)
                .filter((proposal) => !pending.item.links.some((link) => link.kind === 'proposal' && link.id === proposal.id))
                .map((proposal): AgendaLink => ({ kind: 'proposal', id: proposal.id })),
            ],
          }}
          presenters={presentersFor(pending.item)}
          documents={documents}
          proposals={linkableProposals(pending.item)}
          onCancel={() => setPending(null)}
          onSubmit={async (input, links) => {
            const item = readMeeting(doc, meetingId)?.agenda.find((candidate) => candidate.id === pending.item.id);
            if (!item) throw new Error('gone');
            doc.transact(() => {
              updateAgendaItem(doc, meetingId, item.id, input);
              saveLinks(item.id, item.links, links);
            });
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'remove-item' ? (
        <ConfirmDialog
          title={t('meetings.agenda.removeTitle')}
          body={t('meetings.agenda.removeBody', { title: pending.item.title })}
          confirmLabel={t('meetings.agenda.removeConfirm')}
          cancelLabel={t('meetings.form.cancel')}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            removeAgendaItem(doc, meetingId, pending.item.id);
            setPending(null);
          }}
        />
      ) : null}
    </section>
  );
}
