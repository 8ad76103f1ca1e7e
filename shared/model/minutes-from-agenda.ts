/**
 * The first text of a meeting's minutes, built from the meeting itself: its
 * details, attendance and quorum, a heading per agenda item (presenter and time
 * allotted under it, then an empty paragraph to write in), then Decisions and
 * Action items. Pure, localised like the templates (text per locale in this module).
 *
 * Names and titles people typed are written as plain strings, never read as markup.
 */
import type { Locale } from './locale';
import type { Block, BlockList } from './template';
import type { Attendance, Meeting } from '../sync/meetings-doc';
import type { MeetingQuorum } from './meeting-quorum';

export type MinutesQuorum = MeetingQuorum;

export interface MinutesInput {
  meeting: Meeting;
  /** The register in the order names are listed (current members); others are left out. */
  members: ReadonlyArray<{ id: string; name: string }>;
  quorum: MinutesQuorum;
  /** Titles of linked documents and proposals, by id (a link without a title is left out). */
  linkTitles?: Readonly<Record<string, string>>;
}

interface MinutesText {
  minutesOf: (title: string) => string;
  details: string;
  detail: string;
  entry: string;
  dateTime: string;
  place: string;
  link: string;
  chair: string;
  minuteTaker: string;
  attendance: string;
  heads: Record<Attendance, string>;
  nobody: string;
  quorum: (q: MinutesQuorum, reached: boolean) => string;
  agenda: string;
  noAgenda: string;
  presentedBy: (name: string) => string;
  allotted: (minutes: number) => string;
  papers: (titles: string) => string;
  decisions: string;
  actions: string;
  listSeparator: string;
}

const TEXT: Record<Locale, MinutesText> = {
  en: {
    minutesOf: (title) => `Minutes: ${title}`,
    details: 'Meeting details',
    detail: 'Detail',
    entry: 'Entry',
    dateTime: 'Date and time',
    place: 'Place',
    link: 'Online link',
    chair: 'Chair',
    minuteTaker: 'Minute-taker',
    attendance: 'Attendance',
    heads: { present: 'Present', apologies: 'Apologies', absent: 'Absent' },
    nobody: 'Nobody recorded.',
    quorum: (q, reached) =>
      `Quorum: ${q.present} of ${q.seats} voting seats present, ${q.required} needed — ${reached ? 'reached' : 'not reached'}`,
    agenda: 'Agenda',
    noAgenda: 'The agenda has no items.',
    presentedBy: (name) => `Presented by ${name}`,
    allotted: (minutes) => `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} allotted`,
    papers: (titles) => `Papers: ${titles}`,
    decisions: 'Decisions',
    actions: 'Action items',
    listSeparator: ', ',
  },
  fr: {
    minutesOf: (title) => `Procès-verbal\u00a0: ${title}`,
    details: 'Informations sur la réunion',
    detail: 'Élément',
    entry: 'Détail',
    dateTime: 'Date et heure',
    place: 'Lieu',
    link: 'Lien en ligne',
    chair: 'Présidence',
    minuteTaker: 'Secrétaire de séance',
    attendance: 'Participation',
    heads: { present: 'Présents', apologies: 'Excusés', absent: 'Absents' },
    nobody: 'Personne n\u2019est inscrit.',
    quorum: (q, reached) =>
      `Quorum\u00a0: ${q.present} sièges votants présents sur ${q.seats}, ${q.required} requis — ${reached ? 'atteint' : 'non atteint'}`,
    agenda: 'Ordre du jour',
    noAgenda: 'L\u2019ordre du jour ne comporte aucun point.',
    presentedBy: (name) => `Présenté par ${name}`,
    allotted: (minutes) => `${minutes}\u00a0${minutes <= 1 ? 'minute prévue' : 'minutes prévues'}`,
    papers: (titles) => `Documents\u00a0: ${titles}`,
    decisions: 'Décisions',
    actions: 'Actions à mener',
    listSeparator: ', ',
  },
  ar: {
    minutesOf: (title) => `محضر: ${title}`,
    details: 'بيانات الاجتماع',
    detail: 'البند',
    entry: 'التفاصيل',
    dateTime: 'التاريخ والوقت',
    place: 'المكان',
    link: 'رابط الاجتماع عبر الإنترنت',
    chair: 'رئاسة الاجتماع',
    minuteTaker: 'مدوّن/ة المحضر',
    attendance: 'الحضور',
    heads: { present: 'الحاضرون', apologies: 'المعتذرون', absent: 'الغائبون' },
    nobody: 'لم يُسجَّل أحد.',
    quorum: (q, reached) =>
      `النصاب: ${q.present} من ${q.seats} مقاعد مصوّتة حاضرة، والمطلوب ${q.required} — ${reached ? 'مكتمل' : 'غير مكتمل'}`,
    agenda: 'جدول الأعمال',
    noAgenda: 'لا يتضمن جدول الأعمال أي بند.',
    presentedBy: (name) => `يقدّمه: ${name}`,
    allotted: (minutes) => `المدة المخصصة: ${arabicMinutes(minutes)}`,
    papers: (titles) => `الوثائق: ${titles}`,
    decisions: 'القرارات',
    actions: 'مهام المتابعة',
    listSeparator: '، ',
  },
};

function arabicMinutes(minutes: number): string {
  switch (new Intl.PluralRules('ar').select(minutes)) {
    case 'one':
      return 'دقيقة واحدة';
    case 'two':
      return 'دقيقتان';
    case 'few':
      return `${minutes} دقائق`;
    default:
      return `${minutes} دقيقة`;
  }
}

/** The minutes document's title. */
export function minutesTitle(locale: Locale, meeting: Pick<Meeting, 'title'>): string {
  return TEXT[locale].minutesOf(meeting.title);
}

/** A meeting's 'YYYY-MM-DDTHH:mm' as the reader writes it, read as that wall-clock time wherever the reader is. */
export function formatStartsAt(startsAt: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(startsAt);
  if (!match) return startsAt;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const time = Date.UTC(year, month - 1, day, hour, minute);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(time);
}

const heading = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, text });
const paragraph = (text: string): Block => ({ type: 'paragraph', text });

export function minutesFromAgenda(locale: Locale, input: MinutesInput): BlockList {
  const text = TEXT[locale];
  const { meeting, members, quorum } = input;
  const nameOf = new Map(members.map((member) => [member.id, member.name]));
  const blocks: BlockList = [heading(1, text.minutesOf(meeting.title))];

  blocks.push(heading(2, text.details));
  const rows: string[][] = [[text.dateTime, formatStartsAt(meeting.startsAt, locale)]];
  if (meeting.place) rows.push([text.place, meeting.place]);
  if (meeting.link) rows.push([text.link, meeting.link]);
  rows.push([text.chair, ''], [text.minuteTaker, '']);
  blocks.push({ type: 'table', header: [text.detail, text.entry], rows });

  blocks.push(heading(2, text.attendance));
  for (const state of ['present', 'apologies', 'absent'] as const) {
    const names = members.filter((member) => meeting.attendance[member.id] === state).map((member) => member.name);
    blocks.push(heading(3, text.heads[state]));
    blocks.push(names.length > 0 ? { type: 'bullets', items: names } : paragraph(text.nobody));
  }
  blocks.push(paragraph(text.quorum(quorum, quorum.reached)));

  blocks.push(heading(2, text.agenda));
  if (meeting.agenda.length === 0) blocks.push(paragraph(text.noAgenda));
  meeting.agenda.forEach((item, index) => {
    blocks.push(heading(3, `${index + 1}. ${item.title}`));
    const facts: string[] = [];
    const presenter = item.presenter ? nameOf.get(item.presenter) : undefined;
    if (presenter) facts.push(text.presentedBy(presenter));
    if (item.minutes > 0) facts.push(text.allotted(item.minutes));
    if (facts.length > 0) blocks.push(paragraph(facts.join(' · ')));
    const papers = item.links.map((link) => input.linkTitles?.[link.id]).filter((title): title is string => !!title);
    if (papers.length > 0) blocks.push(paragraph(text.papers(papers.join(text.listSeparator))));
    blocks.push(paragraph(''));
  });

  blocks.push(heading(2, text.decisions), paragraph(''));
  blocks.push(heading(2, text.actions), paragraph(''));
  return blocks;
}
