import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Electorate } from '../../../shared/model/electorate';
import { tallyProposal } from '../../../shared/model/proposal-tally';
import type { StoredProposal } from '../../../shared/sync/proposals-doc';
import { navigate, type ProposalOrigin } from '../../app/router';
import { currentLocale } from '../../i18n/i18n';
import { today } from '../members/member-text';
import { useMeetings } from '../meetings/use-meetings';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { electorateFor } from './decision-actions';
import { formatDateTime } from './decision-text';
import { OutcomeTag } from './OutcomeTag';
import { PutProposalDialog } from './PutProposalDialog';
import { useDecisionLog } from './use-decision-log';
import { useProposals } from './use-proposals';

/** Open proposals and closed ones, and "Put a proposal". */
export function DecisionsScreen(props: WorkspacePageProps & { put?: ProposalOrigin }) {
  const { t } = useTranslation();
  const { workspaceId, doc, members, readOnly, put } = props;
  const proposals = useProposals(doc);
  const meetings = useMeetings(doc);
  const log = useDecisionLog(doc, workspaceId);
  const [putting, setPutting] = useState<ProposalOrigin | null>(put && !readOnly ? put : null);
  const date = today();
  const locale = currentLocale();
  const open = proposals.filter((proposal) => !proposal.closure);
  const closed = proposals.filter((proposal) => proposal.closure);
  const numberOf = new Map(log.map((entry) => [entry.id, entry.number]));
  const meetingTitle = (id?: string) => meetings.find((meeting) => meeting.id === id)?.title;

  const closeDialog = () => {
    setPutting(null);
    // The dialog may have been opened from a meeting's link: leave the route without `put`.
    if (put) navigate({ name: 'workspace', workspaceId, section: { name: 'decisions' } });
  };
  // Proposals put under the same rules share one electorate (built from the whole register).
  const electorates = new Map<string, Electorate>();
  const electorateOf = (proposal: StoredProposal) => {
    const key = proposal.rules.whoMayVote.join(',');
    let electorate = electorates.get(key);
    if (!electorate) electorates.set(key, (electorate = electorateFor(proposal, members, date)));
    return electorate;
  };
  const row = (proposal: StoredProposal) => {
    const tally = tallyProposal(proposal, electorateOf(proposal));
    const entryNumber = proposal.closure?.entryId ? numberOf.get(proposal.closure.entryId) : undefined;
    const meeting = meetingTitle(proposal.meetingId);
    return (
      <li key={proposal.id} className="proposal-row">
        <a className="proposal-row__title" href={`#/w/${workspaceId}/decisions/${proposal.id}`}>
          {proposal.title}
        </a>
        <span className="proposal-row__facts">
          {t(`decisions.methods.${proposal.method}`)}
          {meeting ? ` · ${meeting}` : ''}
          {' · '}
          {proposal.closure
            ? formatDateTime(proposal.closure.at, locale)
            : t('decisions.respondedOf', { responded: tally.responded, eligible: tally.eligible })}
        </span>
        {proposal.closure ? <OutcomeTag outcome={proposal.closure.outcome} /> : <span className="tag">{t('decisions.open')}</span>}
        {entryNumber !== undefined ? (
          <a href={`#/w/${workspaceId}/log?entry=${proposal.closure!.entryId}`}>{t('decisions.log.number', { number: entryNumber })}</a>
        ) : null}
      </li>
    );
  };

  return (
    <section className="screen" aria-labelledby="decisions-title">
      <header className="screen__header section-heading">
        <h1 id="decisions-title">{t('decisions.title')}</h1>
        {readOnly ? null : (
          <button type="button" className="button button--primary" onClick={() => setPutting({})}>
            {t('decisions.putButton')}
          </button>
        )}
      </header>
      <p className="screen__intro">{t('decisions.intro')}</p>
      <h2>{t('decisions.openHeading', { count: open.length })}</h2>
      {open.length === 0 ? <p className="empty">{t('decisions.noneOpen')}</p> : <ul className="proposal-list">{open.map(row)}</ul>}
      <h2>{t('decisions.closedHeading', { count: closed.length })}</h2>
      {closed.length === 0 ? <p className="empty">{t('decisions.noneClosed')}</p> : <ul className="proposal-list">{closed.map(row)}</ul>}
      <p>
        <a href={`#/w/${workspaceId}/log`}>{t('decisions.toLog')}</a>
      </p>
      {putting ? (
        <PutProposalDialog
          page={props}
          origin={putting}
          onClose={closeDialog}
          onPut={(id) => {
            setPutting(null);
            navigate({ name: 'workspace', workspaceId, section: { name: 'proposal', proposalId: id } });
          }}
        />
      ) : null}
    </section>
  );
}
