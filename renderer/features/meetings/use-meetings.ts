/** The workspace's meetings, documents and proposals, live (another member may change them at any moment). */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listMeetings, observeMeetings, readMeeting, type Meeting } from '../../../shared/sync/meetings-doc';
import { listDocumentEntries, observeWorkspaceDoc } from '../../../shared/sync/workspace-doc';
import { listProposals, observeProposals } from '../../../shared/sync/proposals-doc';
import type { DocumentEntry } from '../../../shared/model/document';
import type { Outcome } from '../../../shared/model/proposals';

export function useMeetings(doc: Y.Doc): Meeting[] {
  const [meetings, setMeetings] = useState(() => listMeetings(doc));
  useEffect(() => {
    setMeetings(listMeetings(doc));
    return observeMeetings(doc, () => setMeetings(listMeetings(doc)));
  }, [doc]);
  return meetings;
}

/** One meeting, or null when it does not exist (or no longer does). */
export function useMeeting(doc: Y.Doc, meetingId: string): Meeting | null {
  const [meeting, setMeeting] = useState(() => readMeeting(doc, meetingId));
  useEffect(() => {
    setMeeting(readMeeting(doc, meetingId));
    return observeMeetings(doc, () => setMeeting(readMeeting(doc, meetingId)));
  }, [doc, meetingId]);
  return meeting;
}

export function useDocumentEntries(doc: Y.Doc): DocumentEntry[] {
  const [entries, setEntries] = useState(() => listDocumentEntries(doc));
  useEffect(() => {
    setEntries(listDocumentEntries(doc));
    return observeWorkspaceDoc(doc, () => setEntries(listDocumentEntries(doc)));
  }, [doc]);
  return entries;
}

/** What the agenda shows of a proposal. */
export interface ProposalSummary {
  id: string;
  title: string;
  meetingId?: string;
  agendaItemId?: string;
  state: 'open' | Outcome;
}

function summaries(doc: Y.Doc): ProposalSummary[] {
  return listProposals(doc).map((proposal) => ({
    id: proposal.id,
    title: proposal.title,
    ...(proposal.meetingId !== undefined ? { meetingId: proposal.meetingId } : {}),
    ...(proposal.agendaItemId !== undefined ? { agendaItemId: proposal.agendaItemId } : {}),
    state: proposal.closure?.outcome ?? 'open',
  }));
}

export function useProposalSummaries(doc: Y.Doc): ProposalSummary[] {
  const [proposals, setProposals] = useState(() => summaries(doc));
  useEffect(() => {
    setProposals(summaries(doc));
    return observeProposals(doc, () => setProposals(summaries(doc)));
  }, [doc]);
  return proposals;
}
