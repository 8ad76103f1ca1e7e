/**
 * "Export for the public record": one ZIP archive of the workspace as files anyone can open —
 * each document and each meeting's minutes (with its decisions and action items) as DOCX, HTML
 * and Markdown, the decision log, the member list for the PUBLIC (contacts only where marked
 * public), and an index.html to open first. Comments are internal discussion: left out.
 * The page reads each part from the workspace; a worker writes the files and zips them
 * (archive-sink.ts). Reports progress part by part and stops at once, rejecting with an
 * AbortError, when the signal aborts.
 */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { blocksToHtml, escapeHtml } from '../../../shared/export/blocks-to-html';
import type { ExportDocument } from '../../../shared/export/export-document';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import { directionOf, type Locale } from '../../../shared/model/locale';
import { buildMemberExport, memberExportRows } from '../../../shared/model/member-export';
import type { Member } from '../../../shared/model/members';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { listMeetings, type Meeting } from '../../../shared/sync/meetings-doc';
import type { DocumentEntry } from '../../../shared/model/document';
import { listDocumentEntries, readProfile } from '../../../shared/sync/workspace-doc';
import type { AppServices } from '../../app/services';
import { nextTask } from '../../collab/next-task';
import { minutesForExport } from '../meetings/minutes-export';
import { listMaps, type MapBoard } from '../../../shared/sync/maps-doc';
import { mapExport } from '../maps/map-export';
import { existingMinutes } from '../meetings/open-minutes';
import { exportLabels as memberExportLabels, formatIsoDate } from '../members/member-text';
import { fileSlug } from '../members/download';
import { decisionLogExport } from './decision-log-export';
import { documentExport } from './document-export';
import { abortError, openArchiveSink, type ArchiveSink } from './archive-sink';
import type { ArchivePart } from './archive-writer';
import { exportLabels } from './export-file';

export interface ArchiveInput {
  services: Pick<AppServices, 'docs'>;
  workspaceId: string;
  doc: Y.Doc;
  members: readonly Member[];
  rules: DecisionRules;
  t: TFunction;
  locale: Locale;
  /** YYYY-MM-DD */
  today: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Strategy maps may name opponents: in the public record only when the user says so. */
  includeMaps?: boolean;
}

interface IndexEntry {
  title: string;
  detail?: string;
  /** The file's path without its extension. */
  base: string;
}

const encoder = new TextEncoder();

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** The meetings whose minutes belong in the record: those held (today or before) or with minutes written. */
function recordedMeetings(doc: Y.Doc, today: string): Meeting[] {
  return listMeetings(doc)
    .filter((meeting) => meeting.startsAt.slice(0, 10) <= today || existingMinutes(doc, meeting.id) !== undefined)
    .sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
}

export async function buildWorkspaceArchive(input: ArchiveInput): Promise<Uint8Array> {
  const { signal } = input;
  checkAborted(signal);
  const meetings = recordedMeetings(input.doc, input.today);
  const minutesIds = new Set(meetings.map((meeting) => existingMinutes(input.doc, meeting.id)).filter((id): id is string => id !== undefined));
  // A meeting's minutes document is exported with its meeting (decisions and actions added), not twice.
  const documents = listDocumentEntries(input.doc).filter((entry) => !minutesIds.has(entry.id));
  const boards = input.includeMaps ? listMaps(input.doc) : [];
  // A step per part written (documents, minutes, maps, the log, the member list), then the zip.
  const total = documents.length + meetings.length + boards.length + 3;
  let done = 0;
  input.onProgress?.(0, total);
  const sink = openArchiveSink(() => input.onProgress?.(++done, total), signal);
  // Cancelling rejects at once, while the page may still be between two parts.
  const zipped = await Promise.race([sendParts(input, sink, { documents, meetings, boards }), sink.failed]);
  input.onProgress?.(total, total);
  return zipped;
}

/** Reads each part from the workspace (here, where its Y.Docs are) and hands it to the sink. */
async function sendParts(
  input: ArchiveInput,
  sink: ArchiveSink,
  content: { documents: DocumentEntry[]; meetings: Meeting[]; boards: MapBoard[] },
): Promise<Uint8Array> {
  const { services, workspaceId, doc, members, rules, t, locale, today, signal } = input;
  const workspaceName = readProfile(doc)?.name ?? '';
  const { documents, meetings, boards } = content;
  const number = (index: number, count: number) => String(index + 1).padStart(String(count).length, '0');
  const send = async (part: ArchivePart) => {
    sink.add(part);
    // Lets a click on Cancel and the progress bar's repaint land between two parts.
    await nextTask();
    checkAborted(signal);
  };

  const documentEntries: IndexEntry[] = [];
  for (const [index, entry] of documents.entries()) {
    const lease = services.docs.acquire(entry.id, { workspaceId, create: () => newDocumentDoc(entry.id) });
    let document: ExportDocument;
    try {
      const { doc: documentDoc } = await lease.ready;
      document = documentExport({ doc: documentDoc, entry, workspaceName, t, locale, today, comments: false });
    } finally {
      await lease.release();
    }
    const base = `documents/${number(index, documents.length)}-${fileSlug(entry.title)}`;
    documentEntries.push({ title: entry.title, detail: t(`kinds.${entry.kind}`), base });
    await send({ kind: 'document', base, document });
  }

  const minutesEntries: IndexEntry[] = [];
  for (const [index, meeting] of meetings.entries()) {
    const document = await minutesForExport(services as AppServices, { doc, workspaceId, workspaceName, meetingId: meeting.id, members, rules, today, locale, t });
    const base = `minutes/${number(index, meetings.length)}-${fileSlug(document.title)}`;
    minutesEntries.push({ title: document.title, detail: formatIsoDate(meeting.startsAt.slice(0, 10), locale), base });
    await send({ kind: 'document', base, document });
  }

  const mapEntries: IndexEntry[] = [];
  for (const [index, board] of boards.entries()) {
    const document = mapExport({ doc, mapId: board.id, t, locale, today });
    const base = `maps/${number(index, boards.length)}-${fileSlug(board.title)}`;
    if (document) mapEntries.push({ title: board.title, detail: t(`maps.list.kinds.${board.kind}.name`), base });
    // A board gone since the list was read still counts as a step, with nothing written.
    await send(document ? { kind: 'document', base, document } : { kind: 'files', files: {} });
  }

  const log = decisionLogExport({ doc, members, t, locale, today });
  const logBase = fileSlug(t('exports.log.title'));
  await send({ kind: 'document', base: logBase, document: log });

  // The member list for the public: contacts only where their mark and consent allow it.
  const audience = 'public' as const;
  const labels = memberExportLabels(t, { locale, workspaceName, audience, today });
  const membersBase = fileSlug(t('exports.workspace.membersFile'));
  const table = memberExportRows(members, { audience, locale, today, labels });
  const membersDocument: ExportDocument = {
    locale,
    title: labels.title,
    subtitle: labels.note,
    blocks: [{ type: 'table', header: table.header, rows: table.rows }],
    labels: exportLabels(t),
  };
  await send({
    kind: 'files',
    files: {
      [`${membersBase}.md`]: encoder.encode(buildMemberExport(members, { audience, format: 'markdown', locale, today, labels })),
      [`${membersBase}.csv`]: encoder.encode(buildMemberExport(members, { audience, format: 'csv', locale, today, labels })),
      [`${membersBase}.html`]: encoder.encode(blocksToHtml(membersDocument)),
    },
  });

  const index = indexHtml(t, locale, {
    workspaceName,
    date: formatIsoDate(today, locale),
    documents: documentEntries,
    minutes: minutesEntries,
    ...(input.includeMaps ? { maps: mapEntries } : {}),
    log: { title: log.title, base: logBase },
    members: { title: labels.title, base: membersBase },
  });
  return sink.finish({ 'index.html': encoder.encode(index) });
}

function indexHtml(
  t: TFunction,
  locale: Locale,
  content: { workspaceName: string; date: string; documents: IndexEntry[]; minutes: IndexEntry[]; maps?: IndexEntry[]; log: IndexEntry; members: IndexEntry },
): string {
  const link = (entry: IndexEntry, formats: readonly string[] = ['html', 'docx', 'md']) => {
    const [main, ...others] = formats;
    const alternatives = others.map((format) => `<a href="${escapeHtml(encodeURI(`${entry.base}.${format}`))}">${format.toUpperCase()}</a>`).join(' · ');
    const detail = entry.detail ? ` <span class="detail">${escapeHtml(entry.detail)}</span>` : '';
    return `<li><a href="${escapeHtml(encodeURI(`${entry.base}.${main}`))}" dir="auto">${escapeHtml(entry.title)}</a>${detail} <span class="formats">(${alternatives})</span></li>`;
  };
  const list = (entries: IndexEntry[], empty: string) => (entries.length === 0 ? `<p>${escapeHtml(empty)}</p>` : `<ul>\n${entries.map((entry) => link(entry)).join('\n')}\n</ul>`);
  const title = t('exports.workspace.indexTitle', { workspace: content.workspaceName });
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
html { font-family: "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, sans-serif; line-height: 1.5; color: #111; }
body { margin: 0 auto; max-width: 46em; padding: 1.5em; }
li { margin-block-end: 0.4em; }
.detail, .formats { color: #555; font-size: 0.9em; }
</style>
</head>
<body>
<h1 dir="auto">${escapeHtml(title)}</h1>
<p>${escapeHtml(t('exports.workspace.indexIntro', { date: content.date }))}</p>
<h2>${escapeHtml(t('exports.workspace.documents'))}</h2>
${list(content.documents, t('exports.workspace.noDocuments'))}
<h2>${escapeHtml(t('exports.workspace.minutes'))}</h2>
${list(content.minutes, t('exports.workspace.noMeetings'))}
${content.maps ? `<h2>${escapeHtml(t('exports.workspace.maps'))}</h2>\n${list(content.maps, t('exports.workspace.noMaps'))}\n` : ''}<h2>${escapeHtml(t('exports.workspace.log'))}</h2>
<ul>${link(content.log)}</ul>
<h2>${escapeHtml(t('exports.workspace.members'))}</h2>
<ul>${link(content.members, ['html', 'md', 'csv'])}</ul>
</body>
</html>
`;
}
