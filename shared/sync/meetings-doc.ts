/**
 * The workspace's meetings, kept in its Y.Doc so every member sees the same agenda
 * and attendance. Layout:
 *
 *   meetings: Y.Map  id -> Y.Map {
 *     title, startsAt ('YYYY-MM-DDTHH:mm', wall-clock), place, link (https), createdAt,
 *     minutesDocumentId?,
 *     agenda: Y.Map  itemId -> Y.Map { title, presenter, minutes, rank, links: Y.Map 'kind:id' -> true },
 *     attendance: Y.Map  memberId -> 'present' | 'apologies' | 'absent',
 *   }
 *
 * The agenda's order comes from a fractional `rank` per item (ties broken by id): a
 * move writes only the moved item's rank, between its new neighbours, so two people
 * reordering at once never duplicate or lose an item. Links live in a map keyed by
 * kind and id, so the same link added twice at once is still one link.
 *
 * Everything read is validated: another computer (or a hand-edited file) may hold
 * anything, and a bad entry is skipped or read as a default, never thrown.
 */
import * as Y from 'yjs';
import { isIsoDate } from '../model/dates';
import { newId } from '../model/ids';

export type Attendance = 'present' | 'apologies' | 'absent';
export const ATTENDANCE_VALUES: readonly Attendance[] = ['present', 'apologies', 'absent'];

export interface AgendaLink {
  kind: 'document' | 'proposal';
  id: string;
}

export interface AgendaItem {
  id: string;
  title: string;
  /** A member id, or '' for nobody. */
  presenter: string;
  /** Minutes allotted; 0 = not set. */
  minutes: number;
  links: AgendaLink[];
}

export interface Meeting {
  id: string;
  title: string;
  /** 'YYYY-MM-DDTHH:mm', the wall-clock time where the meeting is held. */
  startsAt: string;
  place: string;
  /** An https address, or ''. */
  link: string;
  /** In order. */
  agenda: AgendaItem[];
  attendance: Record<string, Attendance>;
  minutesDocumentId?: string;
  createdAt: string;
}

export interface MeetingInput {
  title: string;
  startsAt: string;
  place: string;
  link: string;
}

export interface AgendaItemInput {
  title: string;
  presenter: string;
  minutes: number;
}

export const MEETING_TITLE_MAX = 200;
export const MEETING_PLACE_MAX = 300;
export const MEETING_LINK_MAX = 2000;
export const AGENDA_TITLE_MAX = 200;
export const AGENDA_MINUTES_MAX = 600;
const ID = /^[A-Za-z0-9_-]{1,80}$/;
const STARTS_AT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
/** Ranks closer than this are re-spaced before a move. */
const MIN_GAP = 1e-9;

const MEETINGS = 'meetings';
const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

// ---------------------------------------------------------------------------
// Validation (shared by the dialogs and by reading)

export function isStartsAt(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = STARTS_AT.exec(value);
  return !!match && isIsoDate(match[1]) && Number(match[2]) < 24 && Number(match[3]) < 60;
}

export function isHttpsLink(value: string): boolean {
  if (!/^https:\/\//i.test(value) || value.length > MEETING_LINK_MAX || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

export type MeetingField = 'title' | 'date' | 'time' | 'place' | 'link';
export type MeetingProblemCode = 'required' | 'too-long' | 'invalid' | 'https-only';
export interface MeetingProblem {
  field: MeetingField;
  code: MeetingProblemCode;
}

/** Trims what a person typed. */
export function normaliseMeetingInput(input: MeetingInput): MeetingInput {
  return { title: input.title.trim(), startsAt: input.startsAt.trim(), place: input.place.trim(), link: input.link.trim() };
}

/** Problems of a (normalised) meeting; the date and time are checked apart so each field can say what is wrong. */
export function validateMeetingInput(input: MeetingInput): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  if (input.title === '') problems.push({ field: 'title', code: 'required' });
  else if (input.title.length > MEETING_TITLE_MAX) problems.push({ field: 'title', code: 'too-long' });
  const [date = '', time = ''] = input.startsAt.split('T');
  if (date === '') problems.push({ field: 'date', code: 'required' });
  else if (!isIsoDate(date)) problems.push({ field: 'date', code: 'invalid' });
  if (time === '') problems.push({ field: 'time', code: 'required' });
  else if (!/^\d{2}:\d{2}$/.test(time) || !isStartsAt(`2000-01-01T${time}`)) problems.push({ field: 'time', code: 'invalid' });
  if (input.place.length > MEETING_PLACE_MAX) problems.push({ field: 'place', code: 'too-long' });
  if (input.link !== '') {
    if (input.link.length > MEETING_LINK_MAX) problems.push({ field: 'link', code: 'too-long' });
    else if (!isHttpsLink(input.link)) problems.push({ field: 'link', code: 'https-only' });
  }
  return problems;
}

export type AgendaField = 'title' | 'minutes';
export interface AgendaProblem {
  field: AgendaField;
  code: 'required' | 'too-long' | 'invalid';
}

export function validateAgendaItemInput(input: AgendaItemInput): AgendaProblem[] {
  const problems: AgendaProblem[] = [];
  const title = input.title.trim();
  if (title === '') problems.push({ field: 'title', code: 'required' });
  else if (title.length > AGENDA_TITLE_MAX) problems.push({ field: 'title', code: 'too-long' });
  if (!isMinutes(input.minutes)) problems.push({ field: 'minutes', code: 'invalid' });
  return problems;
}

function isMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= AGENDA_MINUTES_MAX;
}

function assertValid(problems: readonly { field: string; code: string }[], what: string): void {
  if (problems.length > 0) throw new Error(`Invalid ${what}: ${problems.map((problem) => `${problem.field} ${problem.code}`).join(', ')}`);
}

// ---------------------------------------------------------------------------
// Reading

function meetingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(MEETINGS);
}

function meetingEntry(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const entry = meetingsMap(doc).get(id);
  return entry instanceof Y.Map ? entry : undefined;
}

function childMap(entry: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const value = entry.get(key);
  return value instanceof Y.Map ? value : undefined;
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

interface RankedItem {
  id: string;
  rank: number;
  entry: Y.Map<unknown>;
}

/** The agenda's entries in order: by rank, then by id. Entries that are not maps are left out. */
function rankedItems(agenda: Y.Map<unknown> | undefined): RankedItem[] {
  if (!agenda) return [];
  const out: RankedItem[] = [];
  for (const [id, entry] of agenda) {
    if (!(entry instanceof Y.Map) || !ID.test(id)) continue;
    const rank = entry.get('rank');
    out.push({ id, entry, rank: typeof rank === 'number' && Number.isFinite(rank) ? rank : 0 });
  }
  return out.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function readLinks(entry: Y.Map<unknown>): AgendaLink[] {
  const links = childMap(entry, 'links');
  if (!links) return [];
  const out: AgendaLink[] = [];
  for (const [key, value] of links) {
    if (value !== true) continue;
    const [kind, id = ''] = key.split(':');
    if ((kind === 'document' || kind === 'proposal') && ID.test(id)) out.push({ kind, id });
  }
  return out.sort((a, b) => (a.kind === b.kind ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.kind === 'document' ? -1 : 1));
}

function readItem({ id, entry }: RankedItem): AgendaItem | null {
  const title = text(entry.get('title'), AGENDA_TITLE_MAX).trim();
  if (title === '') return null;
  const presenter = entry.get('presenter');
  const minutes = entry.get('minutes');
  return {
    id,
    title,
    presenter: typeof presenter === 'string' && ID.test(presenter) ? presenter : '',
    minutes: isMinutes(minutes) ? minutes : 0,
    links: readLinks(entry),
  };
}

function readAttendance(entry: Y.Map<unknown>): Record<string, Attendance> {
  const out: Record<string, Attendance> = {};
  const attendance = childMap(entry, 'attendance');
  if (!attendance) return out;
  for (const [memberId, value] of attendance) {
    if (ID.test(memberId) && (ATTENDANCE_VALUES as readonly unknown[]).includes(value)) out[memberId] = value as Attendance;
  }
  return out;
}

function readEntry(id: string, entry: unknown): Meeting | null {
  if (!(entry instanceof Y.Map) || !ID.test(id)) return null;
  const title = text(entry.get('title'), MEETING_TITLE_MAX).trim();
  const startsAt = entry.get('startsAt');
  if (title === '' || !isStartsAt(startsAt)) return null;
  const link = entry.get('link');
  const createdAt = entry.get('createdAt');
  const minutesDocumentId = entry.get('minutesDocumentId');
  const meeting: Meeting = {
    id,
    title,
    startsAt,
    place: text(entry.get('place'), MEETING_PLACE_MAX),
    link: typeof link === 'string' && isHttpsLink(link) ? link : '',
    agenda: rankedItems(childMap(entry, 'agenda'))
      .map(readItem)
      .filter((item): item is AgendaItem => item !== null),
    attendance: readAttendance(entry),
    createdAt: typeof createdAt === 'string' ? createdAt.slice(0, 40) : '',
  };
  if (typeof minutesDocumentId === 'string' && ID.test(minutesDocumentId)) meeting.minutesDocumentId = minutesDocumentId;
  return meeting;
}

/** Every readable meeting, by start time then id. */
export function listMeetings(doc: Y.Doc): Meeting[] {
  const out: Meeting[] = [];
  for (const [id, entry] of meetingsMap(doc)) {
    const meeting = readEntry(id, entry);
    if (meeting) out.push(meeting);
  }
  return out.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function readMeeting(doc: Y.Doc, id: string): Meeting | null {
  return readEntry(id, meetingsMap(doc).get(id));
}

export function observeMeetings(doc: Y.Doc, listener: () => void): () => void {
  const map = meetingsMap(doc);
  const handler = () => listener();
  map.observeDeep(handler);
  return () => map.unobserveDeep(handler);
}

/**
 * Upcoming meetings (from `today`, soonest first) and past ones (most recent first).
 * A meeting stays upcoming all through its day.
 */
export function splitMeetings(meetings: readonly Meeting[], today: string): { upcoming: Meeting[]; past: Meeting[] } {
  const upcoming = meetings.filter((meeting) => meeting.startsAt.slice(0, 10) >= today);
  const past = meetings.filter((meeting) => meeting.startsAt.slice(0, 10) < today).reverse();
  return { upcoming, past };
}

export function presentMemberIds(meeting: Pick<Meeting, 'attendance'>): string[] {
  return Object.entries(meeting.attendance)
    .filter(([, value]) => value === 'present')
    .map(([memberId]) => memberId);
}

/** Total minutes allotted on the agenda. */
export function agendaMinutes(meeting: Pick<Meeting, 'agenda'>): number {
  return meeting.agenda.reduce((sum, item) => sum + item.minutes, 0);
}

// ---------------------------------------------------------------------------
// Writing

export function createMeeting(doc: Y.Doc, input: MeetingInput, now: Date = new Date()): string {
  const tidy = normaliseMeetingInput(input);
  assertValid(validateMeetingInput(tidy), 'meeting');
  const id = newId('mt', randomBytes);
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('title', tidy.title);
    entry.set('startsAt', tidy.startsAt);
    entry.set('place', tidy.place);
    entry.set('link', tidy.link);
    entry.set('createdAt', now.toISOString());
    entry.set('agenda', new Y.Map());
    entry.set('attendance', new Y.Map());
    meetingsMap(doc).set(id, entry);
  });
  return id;
}

/** Changes a meeting's details; returns false when the meeting is gone. */
export function updateMeeting(doc: Y.Doc, id: string, patch: Partial<MeetingInput>): boolean {
  const entry = meetingEntry(doc, id);
  const current = readMeeting(doc, id);
  if (!entry || !current) return false;
  const tidy = normaliseMeetingInput({ ...current, ...patch });
  assertValid(validateMeetingInput(tidy), 'meeting');
  doc.transact(() => {
    for (const key of ['title', 'startsAt', 'place', 'link'] as const) {
      if (patch[key] !== undefined && entry.get(key) !== tidy[key]) entry.set(key, tidy[key]);
    }
  });
  return true;
}

export function deleteMeeting(doc: Y.Doc, id: string): boolean {
  if (!meetingsMap(doc).has(id)) return false;
  meetingsMap(doc).delete(id);
  return true;
}

/** The meeting's map of `key`, created when missing (or when what is there is not a map). */
function ensureChild(entry: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const existing = childMap(entry, key);
  if (existing) return existing;
  const created = new Y.Map<unknown>();
  entry.set(key, created);
  return created;
}

function agendaEntry(doc: Y.Doc, meetingId: string, itemId: string): Y.Map<unknown> | undefined {
  const meeting = meetingEntry(doc, meetingId);
  const item = meeting ? childMap(meeting, 'agenda')?.get(itemId) : undefined;
  return item instanceof Y.Map ? item : undefined;
}

/** Adds an item at the end of the agenda; returns its id, or null when the meeting is gone. */
export function addAgendaItem(doc: Y.Doc, meetingId: string, input: AgendaItemInput): string | null {
  assertValid(validateAgendaItemInput(input), 'agenda item');
  const meeting = meetingEntry(doc, meetingId);
  if (!meeting) return null;
  const id = newId('ai', randomBytes);
  doc.transact(() => {
    const agenda = ensureChild(meeting, 'agenda');
    const items = rankedItems(agenda);
    const last = items[items.length - 1];
    const entry = new Y.Map<unknown>();
    entry.set('title', input.title.trim());
    entry.set('presenter', ID.test(input.presenter) ? input.presenter : '');
    entry.set('minutes', input.minutes);
    entry.set('rank', last ? Math.floor(last.rank) + 1 : 1);
    entry.set('links', new Y.Map());
    agenda.set(id, entry);
  });
  return id;
}

export function updateAgendaItem(doc: Y.Doc, meetingId: string, itemId: string, patch: Partial<AgendaItemInput>): boolean {
  const entry = agendaEntry(doc, meetingId, itemId);
  if (!entry) return false;
  const current = readItem({ id: itemId, rank: 0, entry }) ?? { title: '', presenter: '', minutes: 0 };
  const next = { title: current.title, presenter: current.presenter, minutes: current.minutes, ...patch };
  assertValid(validateAgendaItemInput(next), 'agenda item');
  doc.transact(() => {
    if (patch.title !== undefined) entry.set('title', next.title.trim());
    if (patch.presenter !== undefined) entry.set('presenter', ID.test(next.presenter) ? next.presenter : '');
    if (patch.minutes !== undefined) entry.set('minutes', next.minutes);
  });
  return true;
}

export function removeAgendaItem(doc: Y.Doc, meetingId: string, itemId: string): boolean {
  const meeting = meetingEntry(doc, meetingId);
  const agenda = meeting ? childMap(meeting, 'agenda') : undefined;
  if (!agenda?.has(itemId)) return false;
  agenda.delete(itemId);
  return true;
}

/**
 * Moves an item to `toIndex` of the agenda (0-based, clamped). Only the moved item's
 * rank is written — unless its neighbours' ranks are too close to fit one between,
 * in which case the whole agenda is re-spaced first.
 */
export function moveAgendaItem(doc: Y.Doc, meetingId: string, itemId: string, toIndex: number): boolean {
  const meeting = meetingEntry(doc, meetingId);
  const agenda = meeting ? childMap(meeting, 'agenda') : undefined;
  if (!agenda) return false;
  const items = rankedItems(agenda);
  const from = items.findIndex((item) => item.id === itemId);
  if (from < 0) return false;
  const others = items.filter((item) => item.id !== itemId);
  const index = Math.max(0, Math.min(others.length, Math.trunc(Number.isFinite(toIndex) ? toIndex : 0)));
  if (index === from) return true;
  doc.transact(() => {
    let rank = rankBetween(others[index - 1]?.rank, others[index]?.rank);
    if (rank === null) {
      // Re-space everyone (the moved item last) and compute again.
      others.forEach((item, position) => {
        item.rank = position + 1;
        item.entry.set('rank', item.rank);
      });
      rank = rankBetween(others[index - 1]?.rank, others[index]?.rank) as number;
    }
    items[from]!.entry.set('rank', rank);
  });
  return true;
}

/** A rank strictly between two neighbours (either may be missing), or null when they are too close. */
export function rankBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  if (after - before < MIN_GAP * 2) return null;
  const middle = before + (after - before) / 2;
  return middle > before && middle < after ? middle : null;
}

const linkKey = (link: AgendaLink) => `${link.kind}:${link.id}`;

export function linkAgendaItem(doc: Y.Doc, meetingId: string, itemId: string, link: AgendaLink): boolean {
  const entry = agendaEntry(doc, meetingId, itemId);
  if (!entry || (link.kind !== 'document' && link.kind !== 'proposal') || !ID.test(link.id)) return false;
  doc.transact(() => ensureChild(entry, 'links').set(linkKey(link), true));
  return true;
}

export function unlinkAgendaItem(doc: Y.Doc, meetingId: string, itemId: string, link: AgendaLink): boolean {
  const links = agendaEntry(doc, meetingId, itemId);
  const map = links ? childMap(links, 'links') : undefined;
  if (!map?.has(linkKey(link))) return false;
  map.delete(linkKey(link));
  return true;
}

/** Records a member's attendance; null clears it (not recorded). */
export function setAttendance(doc: Y.Doc, meetingId: string, memberId: string, value: Attendance | null): boolean {
  const meeting = meetingEntry(doc, meetingId);
  if (!meeting || !ID.test(memberId)) return false;
  if (value !== null && !ATTENDANCE_VALUES.includes(value)) return false;
  doc.transact(() => {
    const attendance = ensureChild(meeting, 'attendance');
    if (value === null) attendance.delete(memberId);
    else if (attendance.get(memberId) !== value) attendance.set(memberId, value);
  });
  return true;
}

/** The meeting's minutes document. Last writer wins: see the note in the meeting page. */
export function setMinutesDocument(doc: Y.Doc, meetingId: string, documentId: string): boolean {
  const meeting = meetingEntry(doc, meetingId);
  if (!meeting || !ID.test(documentId)) return false;
  meeting.set('minutesDocumentId', documentId);
  return true;
}
