import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isProposalMethod } from '../../../shared/model/proposal-methods';
import { logHeads, sameProposalRecords, type LogVerification, type NumberedEntry } from '../../../shared/sync/decision-log';
import { currentLocale } from '../../i18n/i18n';
import { formatIsoDate, today } from '../members/member-text';
import { useMeetings } from '../meetings/use-meetings';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { formatDateTime, memberName, positionLabel } from './decision-text';
import { OutcomeTag } from './OutcomeTag';
import { useDecisionLog } from './use-decision-log';
import { VerifyLogPanel } from './VerifyLogPanel';
import { ExportButton } from '../exports/ExportDialog';
import { decisionLogExport } from '../exports/decision-log-export';
import { isRecord } from '../../../shared/model/records';

/** The count as recorded, in words: positions taken, who answered, the quorum. Whatever the entry holds is shown, never trusted. */
export function tallyText(t: TFunction, entry: NumberedEntry): string {
  const tally = entry.fields.tally;
  if (!isRecord(tally)) return '';
  const parts: string[] = [];
  const method = entry.fields.method;
  if (isRecord(tally['positions'])) {
    for (const [position, count] of Object.entries(tally['positions'])) {
      if (typeof count === 'number' && count > 0) parts.push(`${isProposalMethod(method) ? positionLabel(t, method, position) : position}: ${count}`);
    }
  }
  const figures = [tally['responded'], tally['eligible'], tally['present'], tally['quorumRequired']];
  if (figures.every((figure) => typeof figure === 'number')) {
    parts.push(t('decisions.log.tallyFigures', { responded: figures[0], eligible: figures[1], present: figures[2], required: figures[3] }));
  }
  if (tally['quorumOverridden'] === true) parts.push(t('decisions.log.quorumOverridden'));
  return parts.join(' · ');
}

/**
 * The decision log: every confirmed outcome as a numbered entry, newest first, with what
 * it amends or reverses and what later amended it; each entry's fingerprint; and
 * "Verify the log".
 */
export function DecisionLogScreen(props: WorkspacePageProps & { entry?: string }) {
  const { t } = useTranslation();
  const { workspaceId, doc, members, entry: focused } = props;
  const entries = useDecisionLog(doc, workspaceId);
  const meetings = useMeetings(doc);
  const [flagged, setFlagged] = useState<Set<string>>(new Set());
  const locale = currentLocale();
  // Derived from the entries once per change of the log, not on every render (a Verify result re-renders the page).
  const { byId, sameProposal, laterReferences } = useMemo(() => logIndexes(entries), [entries]);
  useEffect(() => {
    if (focused) document.getElementById(`entry-${focused}`)?.scrollIntoView({ block: 'center' });
  }, [focused, entries.length]);
  const onResult = (result: LogVerification) =>
    setFlagged(new Set(result.ok ? [] : result.problems.flatMap((problem) => (problem.entryId && problem.kind !== 'missing' ? [problem.entryId] : []))));
  const entryLinks = (others: readonly NumberedEntry[]) =>
    others.map((other, index) => (
      <span key={other.id}>
        {index > 0 ? ', ' : null}
        <a href={`#/w/${workspaceId}/log?entry=${other.id}`}>{t('decisions.log.number', { number: other.number })}</a>
      </span>
    ));
  const reference = (id: string, key: 'amends' | 'reverses') => {
    const target = byId.get(id);
    return (
      <p>
        {t(`decisions.log.${key}`)}{' '}
        {target ? (
          <a href={`#/w/${workspaceId}/log?entry=${target.id}`}>{t('decisions.log.number', { number: target.number })}</a>
        ) : (
          t('decisions.log.unknownEntry')
        )}
      </p>
    );
  };
  const fingerprint = logHeads(entries)
    .map((hash) => hash.slice(0, 12))
    .join(' + ');

  return (
    <section className="screen" aria-labelledby="log-title">
      <header className="screen__header section-heading">
        <h1 id="log-title">{t('decisions.log.title')}</h1>
        <div className="section-heading__tools">
          <ExportButton
            label={t('exports.log.button')}
            name={t('exports.log.title')}
            load={async (request) => decisionLogExport({ doc, members, today: today(), ...request })}
          />
          <VerifyLogPanel doc={doc} workspaceId={workspaceId} onResult={onResult} />
        </div>
      </header>
      <p className="screen__intro">{t('decisions.log.intro')}</p>
      {entries.length > 0 ? (
        <p className="field__hint">
          {t('decisions.log.fingerprint')} <code dir="ltr">{fingerprint}</code>
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p className="empty">{t('decisions.log.empty')}</p>
      ) : (
        <ol className="log-list" reversed>
          {[...entries].reverse().map((entry) => {
            const meeting = meetings.find((candidate) => candidate.id === entry.fields.meetingId);
            const later = laterReferences.get(entry.id) ?? [];
            const twins = sameProposal.get(entry.id) ?? [];
            return (
              <li
                key={entry.id}
                id={`entry-${entry.id}`}
                className={`log-entry${entry.id === focused ? ' log-entry--focused' : ''}${flagged.has(entry.id) ? ' log-entry--flagged' : ''}`}
                aria-labelledby={`entry-title-${entry.id}`}
                data-testid="log-entry"
              >
                <header className="log-entry__header">
                  <h2 id={`entry-title-${entry.id}`}>
                    <span className="log-entry__number">{t('decisions.log.number', { number: entry.number })}</span> {entry.fields.title}
                  </h2>
                  <OutcomeTag outcome={entry.fields.outcome} />
                  {flagged.has(entry.id) ? <span className="tag tag--warning">{t('decisions.log.flagged')}</span> : null}
                </header>
                <p className="log-entry__meta">
                  {formatIsoDate(entry.fields.date, locale, 'long')}
                  {meeting ? (
                    <>
                      {' · '}
                      <a href={`#/w/${workspaceId}/meetings/${meeting.id}`}>{meeting.title}</a>
                    </>
                  ) : null}
                  {' · '}
                  {isProposalMethod(entry.fields.method) ? t(`decisions.methods.${entry.fields.method}`) : entry.fields.method}
                </p>
                {entry.fields.text ? <p className="log-entry__text">{entry.fields.text}</p> : null}
                {entry.fields.amends ? reference(entry.fields.amends, 'amends') : null}
                {entry.fields.reverses ? reference(entry.fields.reverses, 'reverses') : null}
                <p className="log-entry__tally">{tallyText(t, entry)}</p>
                {entry.fields.rationale ? (
                  <p>
                    <strong>{t('decisions.closed.rationale')}</strong> {entry.fields.rationale}
                  </p>
                ) : null}
                {later.length > 0 ? (
                  <p>
                    {t('decisions.log.changedBy')} {entryLinks(later)}
                  </p>
                ) : null}
                {twins.length > 0 ? (
                  <div className="notice notice--warning" data-testid="same-proposal">
                    <p>
                      {t('decisions.log.sameProposal')} {entryLinks(twins)}.
                    </p>
                    <p>{t('decisions.log.sameProposalHint')}</p>
                  </div>
                ) : null}
                <p className="log-entry__record">
                  {t('decisions.log.recordedBy', { name: memberName(members, entry.recordedBy, t), date: formatDateTime(entry.recordedAt, locale) })}
                  {' · '}
                  <span title={entry.hash}>
                    {t('decisions.log.entryFingerprint')} <code dir="ltr">{entry.hash.slice(0, 12)}</code>
                  </span>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** Entries by id, the entries recording the same proposal as each, and the later entries amending or reversing each. */
function logIndexes(entries: readonly NumberedEntry[]) {
  const laterReferences = new Map<string, NumberedEntry[]>();
  for (const entry of entries) {
    for (const target of [entry.fields.amends, entry.fields.reverses]) {
      if (target) laterReferences.set(target, [...(laterReferences.get(target) ?? []), entry]);
    }
  }
  return { byId: new Map(entries.map((entry) => [entry.id, entry])), sameProposal: sameProposalRecords(entries), laterReferences };
}
