import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createMeeting, splitMeetings, type Meeting } from '../../../shared/sync/meetings-doc';
import { formatStartsAt } from '../../../shared/model/minutes-from-agenda';
import { navigate } from '../../app/router';
import { currentLocale } from '../../i18n/i18n';
import { today } from '../members/member-text';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { MeetingDialog } from './MeetingDialog';
import { useMeetings } from './use-meetings';

/** The workspace's meetings: upcoming first (soonest first), then past ones (latest first). */
export function MeetingsScreen({ workspaceId, doc, readOnly }: WorkspacePageProps) {
  const { t } = useTranslation();
  const meetings = useMeetings(doc);
  const [creating, setCreating] = useState(false);
  const { upcoming, past } = splitMeetings(meetings, today());

  return (
    <section className="screen" aria-labelledby="meetings-title">
      <header className="screen__header">
        <h1 id="meetings-title">{t('meetings.title')}</h1>
        <p className="screen__intro">{t('meetings.intro')}</p>
        {readOnly ? null : (
          <div className="screen__actions">
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('meetings.new')}
            </button>
          </div>
        )}
      </header>

      {meetings.length === 0 ? (
        <p className="empty">{t('meetings.empty')}</p>
      ) : (
        <>
          <MeetingTable id="meetings-upcoming" heading={t('meetings.upcoming')} empty={t('meetings.noUpcoming')} meetings={upcoming} workspaceId={workspaceId} />
          <MeetingTable id="meetings-past" heading={t('meetings.past')} empty={t('meetings.noPast')} meetings={past} workspaceId={workspaceId} />
        </>
      )}

      {creating ? (
        <MeetingDialog
          mode="new"
          initial={{ title: '', startsAt: 'T', place: '', link: '' }}
          onCancel={() => setCreating(false)}
          onSubmit={async (input) => {
            const id = createMeeting(doc, input);
            setCreating(false);
            navigate({ name: 'workspace', workspaceId, section: { name: 'meeting', meetingId: id } });
          }}
        />
      ) : null}
    </section>
  );
}

function MeetingTable({ id, heading, empty, meetings, workspaceId }: { id: string; heading: string; empty: string; meetings: Meeting[]; workspaceId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <section aria-labelledby={id} className="meetings-group">
      <h2 id={id} className="section-heading">
        {heading}
      </h2>
      {meetings.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <table className="table meetings-table" data-testid={id}>
          <thead>
            <tr>
              <th scope="col">{t('meetings.when')}</th>
              <th scope="col">{t('meetings.name')}</th>
              <th scope="col" className="meetings-table__count">
                {t('meetings.itemCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id}>
                <td className="table__nowrap">
                  <time dateTime={meeting.startsAt}>{formatStartsAt(meeting.startsAt, locale)}</time>
                </td>
                <td>
                  <a href={`#/w/${workspaceId}/meetings/${meeting.id}`} dir="auto">
                    {meeting.title}
                  </a>
                </td>
                <td className="meetings-table__count">{meeting.agenda.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
