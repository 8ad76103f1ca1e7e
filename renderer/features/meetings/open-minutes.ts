/**
 * "Open the minutes": the meeting's minutes document, created the first time from
 * its agenda, attendance and quorum.
 *
 * Two members opening the minutes for the first time at the same moment (before
 * either's change reaches the other) each create a document; the meeting keeps the
 * last one written (last writer wins) and the other stays among the documents.
 */
import type * as Y from 'yjs';
import type { Locale } from '../../../shared/model/locale';
import type { BlockList } from '../../../shared/model/template';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import { isFormer, sortMembers, type Member } from '../../../shared/model/members';
import { meetingQuorum } from '../../../shared/model/meeting-quorum';
import { minutesFromAgenda, minutesTitle } from '../../../shared/model/minutes-from-agenda';
import { DOCUMENT_TITLE_MAX } from '../../../shared/model/document';
import { presentMemberIds, readMeeting, setMinutesDocument } from '../../../shared/sync/meetings-doc';
import { listDocumentEntries } from '../../../shared/sync/workspace-doc';
import { listProposals } from '../../../shared/sync/proposals-doc';
import type { AppServices } from '../../app/services';
import { createDocument } from '../workspaces/workspace-actions';

/** The register as the meeting page lists it: current members only, by name. */
export function currentMembers(members: readonly Member[], today: string, locale: string): Member[] {
  return sortMembers(
    members.filter((member) => member.erasedOn === undefined && !isFormer(member, today)),
    locale,
  );
}

export interface MinutesContext {
  doc: Y.Doc;
  meetingId: string;
  members: readonly Member[];
  rules: DecisionRules;
  today: string;
  locale: Locale;
}

/** The minutes as drafted from the meeting's agenda, attendance and quorum (what a new minutes document starts with). */
export function draftMinutes({ doc, meetingId, members, rules, today, locale }: MinutesContext): { title: string; blocks: BlockList } {
  const meeting = readMeeting(doc, meetingId);
  if (!meeting) throw new Error('The meeting no longer exists');
  const linkTitles: Record<string, string> = {};
  for (const entry of listDocumentEntries(doc)) linkTitles[entry.id] = entry.title;
  for (const proposal of listProposals(doc)) linkTitles[proposal.id] = proposal.title;
  const register = currentMembers(members, today, locale);
  const quorum = meetingQuorum(members, rules, presentMemberIds(meeting), today);
  return {
    title: minutesTitle(locale, meeting).slice(0, DOCUMENT_TITLE_MAX),
    blocks: minutesFromAgenda(locale, { meeting, members: register, quorum, linkTitles }),
  };
}

/** The id of the meeting's minutes document when it has one that still exists. */
export function existingMinutes(doc: Y.Doc, meetingId: string): string | undefined {
  const id = readMeeting(doc, meetingId)?.minutesDocumentId;
  return id && listDocumentEntries(doc).some((entry) => entry.id === id) ? id : undefined;
}

/** Returns the id of the meeting's minutes document, creating it if the meeting has none (or it was deleted). */
export async function openMinutes(services: AppServices, input: MinutesContext & { workspaceId: string }): Promise<string> {
  const existing = existingMinutes(input.doc, input.meetingId);
  if (existing) return existing;
  const { title, blocks } = draftMinutes(input);
  const documentId = await createDocument(services, input.doc, input.workspaceId, { kind: 'minutes', title, blocks });
  setMinutesDocument(input.doc, input.meetingId, documentId);
  return documentId;
}
