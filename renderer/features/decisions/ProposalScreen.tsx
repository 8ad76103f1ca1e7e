import { useTranslation } from 'react-i18next';
import { computeOutcome } from '../../../shared/model/proposal-outcome';
import { presentMemberIds } from '../../../shared/sync/meetings-doc';
import { currentLocale } from '../../i18n/i18n';
import { today } from '../members/member-text';
import { useDocumentEntries, useMeeting } from '../meetings/use-meetings';
import { ActionItemsSection } from '../actions/ActionItemsSection';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { ClosePanel } from './ClosePanel';
import { electorateFor } from './decision-actions';
import { formatDateTime, memberName, reasonsText } from './decision-text';
import { OutcomeTag } from './OutcomeTag';
import { ResponseForm } from './ResponseForm';
import { ResponsesList } from './ResponsesList';
import { TallyView } from './TallyView';
import { useDecisionLog } from './use-decision-log';
import { useProposal } from './use-proposals';

/**
 * One proposal: what it says and relates to, the response form, the live tally and the
 * responses; for the chair, co-chairs and secretary, the outcome to confirm; once closed,
 * the outcome and the decision log entry it became.
 */
export function ProposalScreen(props: WorkspacePageProps & { proposalId: string }) {
  const { t } = useTranslation();
  const { workspaceId, doc, members, meId, readOnly, proposalId } = props;
  const proposal = useProposal(doc, proposalId);
  const meeting = useMeeting(doc, proposal?.meetingId ?? '');
  const documents = useDocumentEntries(doc);
  const log = useDecisionLog(doc, workspaceId);
  const locale = currentLocale();
  if (!proposal) {
    return (
      <section className="screen">
        <h1>{t('decisions.notFound')}</h1>
        <a className="button" href={`#/w/${workspaceId}/decisions`}>
          {t('decisions.backToDecisions')}
        </a>
      </section>
    );
  }
  const electorate = electorateFor(proposal, members, today());
  const attendance = meeting ? presentMemberIds(meeting) : [];
  const preview = computeOutcome(proposal, electorate, { attendance });
  const closure = proposal.closure;
  const entry = closure?.entryId ? log.find((candidate) => candidate.id === closure.entryId) : undefined;
  const linkedDocument = proposal.document ? documents.find((candidate) => candidate.id === proposal.document!.documentId) : undefined;
  const referenced = proposal.amends ?? proposal.reverses;
  const referencedEntry = referenced ? log.find((candidate) => candidate.id === referenced) : undefined;
  const name = (id: string) => memberName(members, id, t);
  const mayConfirm = meId !== null && electorate.mayConfirm(meId);

  return (
    <section className="screen proposal" aria-labelledby="proposal-title">
      <p className="breadcrumb">
        <a href={`#/w/${workspaceId}/decisions`}>{t('decisions.title')}</a>
      </p>
      <header className="screen__header">
        <h1 id="proposal-title">{proposal.title}</h1>
        {closure ? <OutcomeTag outcome={closure.outcome} /> : <span className="tag">{t('decisions.open')}</span>}
        <dl className="facts">
          <dt>{t('decisions.facts.method')}</dt>
          <dd>{t(`decisions.methods.${proposal.method}`)}</dd>
          <dt>{t('decisions.facts.whoMayRespond')}</dt>
          <dd>{proposal.rules.whoMayVote.map((kind) => t(`rules.voters.${kind}`)).join(', ')}</dd>
          <dt>{t('decisions.facts.put')}</dt>
          <dd>
            {formatDateTime(proposal.putAt, locale)}
            {proposal.putBy ? ` · ${name(proposal.putBy)}` : ''}
          </dd>
          {meeting ? (
            <>
              <dt>{t('decisions.facts.meeting')}</dt>
              <dd>
                <a href={`#/w/${workspaceId}/meetings/${meeting.id}`}>{meeting.title}</a>
              </dd>
            </>
          ) : null}
          {linkedDocument ? (
            <>
              <dt>{t('decisions.facts.document')}</dt>
              <dd>
                <a href={`#/w/${workspaceId}/d/${linkedDocument.id}`}>{linkedDocument.title}</a>
                {proposal.document?.versionId ? ` · ${t('decisions.facts.namedVersion')}` : ` · ${t('decisions.facts.currentText')}`}
              </dd>
            </>
          ) : null}
          {referencedEntry ? (
            <>
              <dt>{proposal.amends ? t('decisions.facts.amends') : t('decisions.facts.reverses')}</dt>
              <dd>
                <a href={`#/w/${workspaceId}/log?entry=${referencedEntry.id}`}>
                  {t('decisions.log.number', { number: referencedEntry.number })} · {referencedEntry.fields.title}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      {proposal.text ? <p className="proposal__text">{proposal.text}</p> : null}

      {closure ? (
        <section className="notice notice--closed" aria-labelledby="closed-title" data-testid="closure">
          <h2 id="closed-title">{t('decisions.closed.title')}</h2>
          <p>
            <OutcomeTag outcome={closure.outcome} /> {reasonsText(t, closure.reasons)}
          </p>
          <p>{t('decisions.closed.by', { name: name(closure.by), date: formatDateTime(closure.at, locale) })}</p>
          {closure.quorumOverridden ? (
            <p>{t('decisions.closed.overridden', { present: closure.present, required: closure.quorumRequired })}</p>
          ) : null}
          {closure.rationale ? (
            <p>
              <strong>{t('decisions.closed.rationale')}</strong> {closure.rationale}
            </p>
          ) : null}
          {entry ? (
            <p>
              <a href={`#/w/${workspaceId}/log?entry=${entry.id}`}>{t('decisions.closed.entry', { number: entry.number })}</a>
            </p>
          ) : null}
        </section>
      ) : readOnly ? null : (
        <ResponseForm key={meId ?? ''} doc={doc} proposal={proposal} electorate={electorate} members={members} meId={meId} />
      )}

      <TallyView method={proposal.method} tally={preview.tally} {...(closure ? {} : { preview })} />
      <section aria-labelledby="responses-title">
        <h2 id="responses-title">{t('decisions.responses.title')}</h2>
        <ResponsesList proposal={proposal} members={members} />
      </section>

      {!closure && !readOnly && mayConfirm ? (
        <ClosePanel
          doc={doc}
          proposal={proposal}
          electorate={electorate}
          meId={meId}
          meName={name(meId)}
          attendance={attendance}
          preview={preview}
          {...(linkedDocument ? { documentTitle: linkedDocument.title } : {})}
        />
      ) : null}
      {!closure && !readOnly && meId !== null && !mayConfirm ? <p className="field__hint">{t('decisions.close.whoConfirms')}</p> : null}

      <ActionItemsSection page={props} source={{ kind: 'decision', proposalId: proposal.id, ...(closure?.entryId ? { entryId: closure.entryId } : {}) }} />
    </section>
  );
}
