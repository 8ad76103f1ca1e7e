/**
 * "Export minutes…": the meeting's minutes document as the members wrote it (or, before
 * anyone opened it, the draft from the agenda), followed by the decisions the log holds for
 * the meeting and the meeting's action items, as one ExportDocument (DOCX, PDF, Markdown, HTML).
 */
import type { TFunction } from 'i18next';
import type { Block, BlockList, Inline } from '../../../shared/model/template';
import type { Member } from '../../../shared/model/members';
import { isProposalMethod } from '../../../shared/model/proposal-methods';
import { OUTCOMES } from '../../../shared/model/proposals';
import { formatStartsAt } from '../../../shared/model/minutes-from-agenda';
import { listActionItems, type ActionItem } from '../../../shared/sync/action-items';
import { listDecisions, type NumberedEntry } from '../../../shared/sync/decision-log';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { readMeeting, type Meeting } from '../../../shared/sync/meetings-doc';
import { listProposals } from '../../../shared/sync/proposals-doc';
import type { AppServices } from '../../app/services';
import type { ExportDocument } from '../../../shared/export/export-document';
import { exportLabels } from '../exports/export-file';
import { formatIsoDate } from '../members/member-text';
import { ownerName } from '../actions/owner-options';
import { draftMinutes, existingMinutes, type MinutesContext } from './open-minutes';

/** The decisions recorded for the meeting, and the action items from it or from its proposals. */
export function meetingRecord(doc: MinutesContext['doc'], meeting: Meeting): { decisions: NumberedEntry[]; actions: ActionItem[] } {
  const proposalsOfMeeting = new Set(listProposals(doc).filter((proposal) => proposal.meetingId === meeting.id).map((proposal) => proposal.id));
  const decisions = listDecisions(doc).filter((entry) => entry.fields.meetingId === meeting.id);
  const actions = listActionItems(doc).filter(
    ({ source }) => (source?.kind === 'meeting' && source.meetingId === meeting.id) || (source?.kind === 'decision' && proposalsOfMeeting.has(source.proposalId)),
  );
  return { decisions, actions };
}

const inlineText = (text: Inline[] | string): string => (typeof text === 'string' ? text : text.map((run) => (typeof run === 'string' ? run : run.text)).join(''));

/**
 * The minutes as circulated: empty paragraphs and sections nobody wrote in (a heading followed
 * only by a heading of its level or above, or by nothing) are left out, like the toolkit's advice.
 */
export function withoutEmptySections(blocks: BlockList): BlockList {
  const kept: Block[] = [];
  let contentFollows = false;
  let nextHeadingLevel: number | null = null;
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]!;
    if (block.type === 'guidance' || (block.type === 'paragraph' && inlineText(block.text).trim() === '')) continue;
    if (block.type === 'heading') {
      const hasSubsections = nextHeadingLevel !== null && nextHeadingLevel > block.level;
      if (!contentFollows && !hasSubsections) continue;
      nextHeadingLevel = block.level;
      contentFollows = false;
    } else {
      contentFollows = true;
    }
    kept.unshift(block);
  }
  return kept;
}

interface PrintableInput {
  t: TFunction;
  locale: MinutesContext['locale'];
  workspaceName: string;
  meeting: Meeting;
  title: string;
  minutes: BlockList;
  decisions: readonly NumberedEntry[];
  actions: readonly ActionItem[];
  members: readonly Member[];
  exportedOn: string;
}

/** Pure: what the file shows. The minutes' own title heading is dropped (the file has its title). */
export function minutesPrintable(input: PrintableInput): ExportDocument {
  const { t, locale, meeting, decisions, actions, members } = input;
  const [first, ...rest] = input.minutes;
  const body = withoutEmptySections(first?.type === 'heading' && first.level === 1 ? rest : input.minutes);
  const decisionBlocks: Block[] =
    decisions.length === 0
      ? [{ type: 'paragraph', text: t('exports.minutes.noDecisions') }]
      : [
          {
            type: 'table',
            header: [t('exports.minutes.number'), t('exports.minutes.decision'), t('exports.minutes.method'), t('exports.minutes.outcome')],
            rows: decisions.map((entry) => [
              String(entry.number),
              [entry.fields.title, entry.fields.text, entry.fields.rationale ? `${t('decisions.closed.rationale')} ${entry.fields.rationale}` : '']
                .filter(Boolean)
                .join('\n'),
              isProposalMethod(entry.fields.method) ? t(`decisions.methods.${entry.fields.method}`) : entry.fields.method,
              (OUTCOMES as readonly string[]).includes(entry.fields.outcome) ? t(`decisions.outcomes.${entry.fields.outcome}`) : entry.fields.outcome,
            ]),
          },
        ];
  const actionBlocks: Block[] =
    actions.length === 0
      ? [{ type: 'paragraph', text: t('exports.minutes.noActions') }]
      : [
          {
            type: 'table',
            header: [t('exports.minutes.action'), t('exports.minutes.owner'), t('exports.minutes.due'), t('exports.minutes.status')],
            rows: actions.map((item) => [
              item.title,
              ownerName(t, members, item.owner),
              item.due ? formatIsoDate(item.due, locale) : '',
              t(`actions.statuses.${item.status}`),
            ]),
          },
        ];
  return {
    locale,
    title: input.title,
    subtitle: [input.workspaceName, formatStartsAt(meeting.startsAt, locale), meeting.place].filter(Boolean).join(' · '),
    blocks: [
      ...body,
      { type: 'heading', level: 2, text: t('exports.minutes.decisionsHeading') },
      ...decisionBlocks,
      { type: 'heading', level: 2, text: t('exports.minutes.actionsHeading') },
      ...actionBlocks,
    ],
    footer: t('exports.minutes.footer', { date: formatIsoDate(input.exportedOn, locale) }),
    labels: exportLabels(t),
  };
}

/** Gathers the meeting's minutes, decisions and action items and lays them out for the export writers. */
export async function minutesForExport(
  services: AppServices,
  input: MinutesContext & { workspaceId: string; workspaceName: string; t: TFunction },
): Promise<ExportDocument> {
  const meeting = readMeeting(input.doc, input.meetingId);
  if (!meeting) throw new Error('The meeting no longer exists');
  const draft = draftMinutes(input);
  const documentId = existingMinutes(input.doc, input.meetingId);
  let minutes = draft.blocks;
  if (documentId) {
    const lease = services.docs.acquire(documentId, { workspaceId: input.workspaceId });
    try {
      minutes = documentBlocks((await lease.ready).doc);
    } finally {
      await lease.release();
    }
  }
  return minutesPrintable({
    t: input.t,
    locale: input.locale,
    workspaceName: input.workspaceName,
    meeting,
    title: draft.title,
    minutes,
    ...meetingRecord(input.doc, meeting),
    members: input.members,
    exportedOn: input.today,
  });
}
