import { useTranslation } from 'react-i18next';
import type { OutcomeResult } from '../../../shared/model/proposal-outcome';
import type { ProposalMethod } from '../../../shared/model/proposal-methods';
import type { Tally } from '../../../shared/model/proposal-tally';
import { currentLocale } from '../../i18n/i18n';
import { positionLabel, reasonsText } from './decision-text';
import { OutcomeTag } from './OutcomeTag';

/**
 * The spread of responses, live: a bar per position with its count and share, who has
 * answered, the quorum, and what the outcome would be if confirmed now.
 */
export function TallyView({ method, tally, preview }: { method: ProposalMethod; tally: Tally; preview?: OutcomeResult }) {
  const { t } = useTranslation();
  const percent = new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 0 });
  return (
    <section className="tally" aria-labelledby="tally-title" data-testid="tally">
      <h2 id="tally-title">{t('decisions.tally.title')}</h2>
      <p>
        {t('decisions.tally.responded', { responded: tally.responded, eligible: tally.eligible })}{' '}
        {t(tally.quorumPresent ? 'decisions.tally.quorumReached' : 'decisions.tally.quorumMissing', {
          present: tally.present,
          required: tally.quorumRequired,
        })}
      </p>
      <table className="tally__table">
        <caption className="visually-hidden">{t('decisions.tally.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions.tally.position')}</th>
            <th scope="col">{t('decisions.tally.count')}</th>
            <th scope="col">{t('decisions.tally.share')}</th>
          </tr>
        </thead>
        <tbody>
          {tally.positions.map((row, index) => (
            <tr key={row.position} className={`tally__row tally__row--${row.stance}`}>
              <th scope="row">
                {method === 'gradients' ? `${index + 1}. ` : ''}
                {positionLabel(t, method, row.position)}
              </th>
              <td className="tally__count">{row.count}</td>
              <td className="tally__share">
                <span className="tally__bar" aria-hidden="true">
                  <span className="tally__fill" style={{ inlineSize: `${row.percent}%` }} />
                </span>
                <span>{percent.format(row.percent)} %</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview ? (
        <p className="tally__preview" data-testid="outcome-preview">
          {t('decisions.tally.ifConfirmedNow')} <OutcomeTag outcome={preview.outcome} /> {reasonsText(t, preview.reasons)}
        </p>
      ) : null}
    </section>
  );
}
