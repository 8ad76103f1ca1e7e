import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ATTENDANCE_VALUES, presentMemberIds, setAttendance, type Attendance, type Meeting } from '../../../shared/sync/meetings-doc';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import type { Member } from '../../../shared/model/members';
import { meetingQuorum, type MeetingQuorum } from '../../../shared/model/meeting-quorum';
import { representationText } from '../members/member-text';

interface Props {
  doc: Y.Doc;
  meeting: Meeting;
  /** The whole register (for representation and seats). */
  members: readonly Member[];
  /** The current members, in the order listed. */
  register: readonly Member[];
  rules: DecisionRules;
  today: string;
  readOnly: boolean;
}

type Choice = Attendance | 'unset';
const CHOICES: readonly Choice[] = ['unset', ...ATTENDANCE_VALUES];

export function QuorumStatus({ quorum }: { quorum: MeetingQuorum }) {
  const { t } = useTranslation();
  const text =
    quorum.seats === 0
      ? t('meetings.quorum.noSeats')
      : t(quorum.reached ? 'meetings.quorum.reached' : 'meetings.quorum.notReached', { present: quorum.present, seats: quorum.seats, required: quorum.required });
  return (
    <p className={`quorum ${quorum.reached ? 'quorum--reached' : 'quorum--not-reached'}`} role="status" data-testid="quorum">
      {text}
    </p>
  );
}

/** Attendance per current member (present / apologies / absent, or not recorded), with the quorum it makes. */
export function AttendancePanel({ doc, meeting, members, register, rules, today, readOnly }: Props) {
  const { t } = useTranslation();
  const quorum = meetingQuorum(members, rules, presentMemberIds(meeting), today);
  const counts = { present: 0, apologies: 0, absent: 0 };
  for (const member of register) {
    const state = meeting.attendance[member.id];
    if (state) counts[state] += 1;
  }

  return (
    <>
      <QuorumStatus quorum={quorum} />
      <p className="attendance__summary">{t('meetings.attendance.summary', counts)}</p>
      {register.length === 0 ? (
        <p className="empty">{t('meetings.attendance.none')}</p>
      ) : (
        <table className="table attendance" data-testid="attendance">
          <thead>
            <tr>
              <th scope="col">{t('meetings.attendance.member')}</th>
              <th scope="col">{t('meetings.attendance.state')}</th>
            </tr>
          </thead>
          <tbody>
            {register.map((member) => {
              const current: Choice = meeting.attendance[member.id] ?? 'unset';
              const represents = representationText(t, member, members);
              return (
                <tr key={member.id}>
                  <th scope="row" className="attendance__member">
                    <bdi>{member.name}</bdi>
                    {represents ? <span className="attendance__represents">{represents}</span> : null}
                  </th>
                  <td>
                    <div role="radiogroup" aria-label={t('meetings.attendance.of', { name: member.name })} className="segmented">
                      {CHOICES.map((choice) => (
                        <label key={choice} className={`segmented__option segmented__option--${choice}`}>
                          <input
                            type="radio"
                            name={`attendance-${member.id}`}
                            value={choice}
                            checked={current === choice}
                            disabled={readOnly}
                            onChange={() => setAttendance(doc, meeting.id, member.id, choice === 'unset' ? null : choice)}
                          />
                          <span>{t(`meetings.attendance.${choice}`)}</span>
                        </label>
                      ))}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
