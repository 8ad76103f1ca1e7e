/** The decision log as an export: every entry, oldest first, with its count, rationale and fingerprint. */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { ExportDocument } from '../../../shared/export/export-document';
import type { Locale } from '../../../shared/model/locale';
import type { Member } from '../../../shared/model/members';
import { isProposalMethod } from '../../../shared/model/proposal-methods';
import { OUTCOMES } from '../../../shared/model/proposals';
import type { Block, Inline } from '../../../shared/model/template';
import { listDecisions, logHeads, type NumberedEntry } from '../../../shared/sync/decision-log';
import { listMeetings } from '../../../shared/sync/meetings-doc';
import { readProfile } from '../../../shared/sync/workspace-doc';
import { formatDateTime, memberName } from '../decisions/decision-text';
import { tallyText } from '../decisions/DecisionLogScreen';
import { formatIsoDate } from '../members/member-text';
import { exportLabels } from './export-file';

export interface DecisionLogExportInput {
  doc: Y.Doc;
  members: readonly Member[];
  t: TFunction;
  locale: Locale;
  today: string;
}

const labelled = (label: string, value: string): Inline[] => [{ text: `${label}: `, formats: ['bold'] }, value];

function entryBlocks(t: TFunction, locale: Locale, entry: NumberedEntry, context: { numbers: Map<string, number>; meetings: Map<string, string>; members: readonly Member[] }): Block[] {
  const { fields } = entry;
  const blocks: Block[] = [{ type: 'heading', level: 2, text: t('exports.log.entry', { number: entry.number, title: fields.title }) }];
  const facts: Inline[] = [...labelled(t('exports.log.date'), formatIsoDate(fields.date, locale))];
  const meeting = fields.meetingId ? context.meetings.get(fields.meetingId) : undefined;
  if (meeting) facts.push(' · ', ...labelled(t('exports.log.meeting'), meeting));
  facts.push(' · ', ...labelled(t('exports.log.method'), isProposalMethod(fields.method) ? t(`decisions.methods.${fields.method}`) : fields.method));
  facts.push(' · ', ...labelled(t('exports.log.outcome'), (OUTCOMES as readonly string[]).includes(fields.outcome) ? t(`decisions.outcomes.${fields.outcome}`) : fields.outcome));
  blocks.push({ type: 'paragraph', text: facts });
  if (fields.text) blocks.push({ type: 'paragraph', text: fields.text });
  for (const [key, target] of [['amends', fields.amends], ['reverses', fields.reverses]] as const) {
    const number = target ? context.numbers.get(target) : undefined;
    if (number !== undefined) blocks.push({ type: 'paragraph', text: [{ text: t(`exports.log.${key}`, { number }), formats: ['italic'] }] });
  }
  const tally = tallyText(t, entry);
  if (tally) blocks.push({ type: 'paragraph', text: labelled(t('exports.log.count'), tally) });
  if (fields.rationale) blocks.push({ type: 'paragraph', text: labelled(t('exports.log.rationale'), fields.rationale) });
  blocks.push({
    type: 'paragraph',
    text: [
      { text: `${t('exports.log.recorded', { name: memberName(context.members, entry.recordedBy, t), date: formatDateTime(entry.recordedAt, locale) })} · ${t('exports.log.fingerprint')}: `, formats: ['italic'] },
      { text: entry.hash.slice(0, 16), formats: ['italic'] },
    ],
  });
  return blocks;
}

export function decisionLogExport({ doc, members, t, locale, today }: DecisionLogExportInput): ExportDocument {
  const entries = listDecisions(doc);
  const numbers = new Map(entries.map((entry) => [entry.id, entry.number]));
  const meetings = new Map(listMeetings(doc).map((meeting) => [meeting.id, meeting.title]));
  const workspace = readProfile(doc)?.name ?? '';
  const blocks: Block[] =
    entries.length === 0
      ? [{ type: 'paragraph', text: t('exports.log.empty') }]
      : [
          { type: 'paragraph', text: t('exports.log.logFingerprint', { fingerprint: logHeads(entries).map((hash) => hash.slice(0, 12)).join(' + ') }) },
          ...entries.flatMap((entry) => entryBlocks(t, locale, entry, { numbers, meetings, members })),
        ];
  return {
    locale,
    title: t('exports.log.title'),
    subtitle: t('exports.log.subtitle', { workspace, count: entries.length }),
    blocks,
    footer: t('exports.footer', { date: formatIsoDate(today, locale) }),
    labels: exportLabels(t),
  };
}
