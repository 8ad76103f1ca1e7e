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

/** Returns the id of the meeting's minutes document, creating it if the meeting has none (or it was deleted). */
export async function openMinutes(
  services: AppServices,
  input: { doc: Y.Doc; workspaceId: string; meetingId: string; members: readonly Member[]; rules: DecisionRules; today: string; locale: Locale },
): Promise<string> {
  const { doc, workspaceId, meetingId, members, rules, today, locale } = input;
  const meeting = readMeeting(doc, meetingId);
  if (!meeting) throw new Error('The meeting no longer exists');
  const documents = listDocumentEntries(doc);
  if (meeting.minutesDocumentId && documents.some((entry) => entry.id === meeting.minutesDocumentId)) return meeting.minutesDocumentId;

  const linkTitles: Record<string, string> = {};
  for (const entry of documents) linkTitles[entry.id] = entry.title;
  for (const proposal of listProposals(doc)) linkTitles[proposal.id] = proposal.title;
  const register = currentMembers(members, today, locale);
  const quorum = meetingQuorum(members, rules, presentMemberIds(meeting), today);
  const blocks = minutesFromAgenda(locale, { meeting, members: register, quorum, linkTitles });
  const title = minutesTitle(locale, meeting).slice(0, DOCUMENT_TITLE_MAX);
  const documentId = await createDocument(services, doc, workspaceId, { kind: 'minutes', title, blocks });
  setMinutesDocument(doc, meetingId, documentId);
  return documentId;
}
