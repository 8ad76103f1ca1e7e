import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/model/members';
import { currentResponses, responseHistory, type ProposalResponse } from '../../../shared/model/proposals';
import type { StoredProposal } from '../../../shared/sync/proposals-doc';
import { currentLocale } from '../../i18n/i18n';
import { formatDateTime, memberName, positionLabel } from './decision-text';

/** Each seat's standing response with its reason, who gave it and who recorded it; earlier answers under it. */
export function ResponsesList({ proposal, members }: { proposal: StoredProposal; members: readonly Member[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const standing = [...currentResponses(proposal).values()].sort((a, b) => (a.at < b.at ? -1 : 1));
  const name = (id: string) => memberName(members, id, t);
  const who = (response: ProposalResponse) =>
    response.by === response.seat ? name(response.seat) : t('decisions.responses.byFor', { by: name(response.by), seat: name(response.seat) });
  if (standing.length === 0) return <p className="empty">{t('decisions.responses.none')}</p>;
  return (
    <ul className="response-list" aria-label={t('decisions.responses.title')}>
      {standing.map((response) => {
        const earlier = responseHistory(proposal, response.seat).slice(0, -1);
        return (
          <li key={response.seat} className="response-list__item">
            <p>
              <strong>{who(response)}</strong>: {positionLabel(t, proposal.method, response.position)}
              <span className="response-list__meta">
                {' · '}
                {formatDateTime(response.at, locale)}
                {response.recordedBy ? ` · ${t('decisions.responses.recordedBy', { name: name(response.recordedBy) })}` : ''}
              </span>
            </p>
            {response.reason ? <p className="response-list__reason">{response.reason}</p> : null}
            {earlier.length > 0 ? (
              <details>
                <summary>{t('decisions.responses.earlier', { count: earlier.length })}</summary>
                <ul>
                  {earlier.map((previous) => (
                    <li key={`${previous.at}-${previous.by}`}>
                      {positionLabel(t, proposal.method, previous.position)} · {formatDateTime(previous.at, locale)}
                      {previous.reason ? ` — ${previous.reason}` : ''}
                      {previous.recordedBy ? ` · ${t('decisions.responses.recordedBy', { name: name(previous.recordedBy) })}` : ''}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
