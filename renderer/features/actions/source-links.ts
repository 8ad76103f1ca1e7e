/** Where an action item came from, as a link: the meeting, the decision in the log, or the proposal. */
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { ActionSource } from '../../../shared/sync/action-items';
import { listMeetings, observeMeetings } from '../../../shared/sync/meetings-doc';
import { listProposals, observeProposals } from '../../../shared/sync/proposals-doc';
import { listDecisions, observeDecisionLog } from '../../../shared/sync/decision-log';

/** Titles of what action items can come from, by id. */
export interface SourceTitles {
  meetings: ReadonlyMap<string, string>;
  proposals: ReadonlyMap<string, string>;
  decisions: ReadonlyMap<string, { number: number; title: string }>;
}

function readTitles(doc: Y.Doc): SourceTitles {
  return {
    meetings: new Map(listMeetings(doc).map((meeting) => [meeting.id, meeting.title])),
    proposals: new Map(listProposals(doc).map((proposal) => [proposal.id, proposal.title])),
    decisions: new Map(listDecisions(doc).map((entry) => [entry.id, { number: entry.number, title: entry.fields.title }])),
  };
}

/** The titles, live. */
export function useSourceTitles(doc: Y.Doc): SourceTitles {
  const [titles, setTitles] = useState(() => readTitles(doc));
  useEffect(() => {
    const refresh = () => setTitles(readTitles(doc));
    refresh();
    const stops = [observeMeetings(doc, refresh), observeProposals(doc, refresh), observeDecisionLog(doc, refresh)];
    return () => stops.forEach((stop) => stop());
  }, [doc]);
  return titles;
}

export function sourceHref(workspaceId: string, source: ActionSource): string {
  if (source.kind === 'meeting') return `#/w/${workspaceId}/meetings/${source.meetingId}`;
  return source.entryId ? `#/w/${workspaceId}/log` : `#/w/${workspaceId}/decisions/${source.proposalId}`;
}

export function sourceText(t: TFunction, source: ActionSource, titles: SourceTitles): string {
  if (source.kind === 'meeting') {
    const title = titles.meetings.get(source.meetingId);
    return title ? t('actions.source.meetingNamed', { title }) : t('actions.source.meeting');
  }
  if (source.entryId) {
    const entry = titles.decisions.get(source.entryId);
    if (entry) return t('actions.source.decisionNumbered', { number: entry.number, title: entry.title });
  }
  const title = titles.proposals.get(source.proposalId);
  if (title) return t('actions.source.proposalNamed', { title });
  return source.entryId ? t('actions.source.decisionEntry') : t('actions.source.proposal');
}
