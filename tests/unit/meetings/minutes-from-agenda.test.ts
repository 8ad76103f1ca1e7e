// The minutes drafted from a meeting: details, attendance by name, quorum, a heading per
// agenda item with presenter and time under it, then Decisions and Action items — in en and ar.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/template';
import type { Meeting } from '../../../shared/sync/meetings-doc';
import { formatStartsAt, minutesFromAgenda, minutesTitle } from '../../../shared/model/minutes-from-agenda';
import { meetingQuorum } from '../../../shared/model/meeting-quorum';
import type { Member } from '../../../shared/model/members';

const MEETING: Meeting = {
  id: 'mt_1',
  title: 'Steering Committee *March*',
  startsAt: '2026-03-05T14:30',
  place: 'Berlin',
  link: 'https://meet.example.org/sc',
  agenda: [
    { id: 'ai_1', title: 'Welcome', presenter: 'm_layla', minutes: 5, links: [] },
    { id: 'ai_2', title: 'Budget 2027', presenter: '', minutes: 0, links: [{ kind: 'document', id: 'doc_budget' }, { kind: 'proposal', id: 'pr_gone' }] },
    { id: 'ai_3', title: 'Any other business', presenter: 'm_karim', minutes: 1, links: [] },
  ],
  attendance: { m_layla: 'present', m_karim: 'present', m_amal: 'apologies', m_sun: 'absent', m_former: 'present' },
  createdAt: '2026-02-01T10:00:00.000Z',
};
const MEMBERS = [
  { id: 'm_karim', name: 'Karim Saleh' },
  { id: 'm_layla', name: 'Layla Mansour' },
  { id: 'm_amal', name: 'Amal Women’s Circle' },
  { id: 'm_sun', name: 'Sunbird' },
];
const QUORUM = { present: 2, seats: 5, required: 3, reached: false };

const textOf = (block: Block): string => {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return typeof block.text === 'string' ? block.text : block.text.map((run) => (typeof run === 'string' ? run : run.text)).join('');
    case 'bullets':
    case 'numbered':
      return block.items.map((item) => (typeof item === 'string' ? item : '')).join(' | ');
    case 'table':
      return block.rows.map((row) => row.join(': ')).join(' | ');
    case 'guidance':
      return block.text;
  }
};
const outline = (blocks: Block[]) => blocks.map((block) => `${block.type === 'heading' ? `h${block.level}` : block.type} ${textOf(block)}`.trim());

describe('minutesFromAgenda', () => {
  it('builds the English minutes from the agenda', () => {
    const blocks = minutesFromAgenda('en', { meeting: MEETING, members: MEMBERS, quorum: QUORUM, linkTitles: { doc_budget: 'Budget draft' } });
    expect(outline(blocks)).toEqual([
      'h1 Minutes: Steering Committee *March*',
      'h2 Meeting details',
      `table Date and time: ${formatStartsAt(MEETING.startsAt, 'en')} | Place: Berlin | Online link: https://meet.example.org/sc | Chair:  | Minute-taker:`,
      'h2 Attendance',
      'h3 Present',
      'bullets Karim Saleh | Layla Mansour',
      'h3 Apologies',
      'bullets Amal Women’s Circle',
      'h3 Absent',
      'bullets Sunbird',
      'paragraph Quorum: 2 of 5 voting seats present, 3 needed — not reached',
      'h2 Agenda',
      'h3 1. Welcome',
      'paragraph Presented by Layla Mansour · 5 minutes allotted',
      'paragraph',
      'h3 2. Budget 2027',
      'paragraph Papers: Budget draft',
      'paragraph',
      'h3 3. Any other business',
      'paragraph Presented by Karim Saleh · 1 minute allotted',
      'paragraph',
      'h2 Decisions',
      'paragraph',
      'h2 Action items',
      'paragraph',
    ]);
    // What people typed stays plain text, never markup.
    expect(blocks[0]).toEqual({ type: 'heading', level: 1, text: 'Minutes: Steering Committee *March*' });
    expect(formatStartsAt(MEETING.startsAt, 'en')).toMatch(/March 5, 2026.*2:30/);
  });

  it('builds the Arabic minutes, with Arabic headings and plural forms', () => {
    const blocks = minutesFromAgenda('ar', { meeting: { ...MEETING, attendance: {} }, members: MEMBERS, quorum: { present: 3, seats: 5, required: 3, reached: true } });
    const lines = outline(blocks);
    expect(lines[0]).toBe('h1 محضر: Steering Committee *March*');
    expect(lines).toContain('h2 بيانات الاجتماع');
    expect(lines).toContain('h2 الحضور');
    expect(lines).toContain('h3 الحاضرون');
    expect(lines.filter((line) => line === 'paragraph لم يُسجَّل أحد.')).toHaveLength(3);
    expect(lines).toContain('paragraph النصاب: 3 من 5 مقاعد مصوّتة حاضرة، والمطلوب 3 — مكتمل');
    expect(lines).toContain('h3 1. Welcome');
    expect(lines).toContain('paragraph يقدّمه: Layla Mansour · المدة المخصصة: 5 دقائق');
    expect(lines).toContain('paragraph يقدّمه: Karim Saleh · المدة المخصصة: دقيقة واحدة');
    expect(lines.slice(-4)).toEqual(['h2 القرارات', 'paragraph', 'h2 مهام المتابعة', 'paragraph']);
    expect(minutesTitle('ar', MEETING)).toBe('محضر: Steering Committee *March*');
  });

  it('says so when the agenda is empty, in French too', () => {
    const lines = outline(minutesFromAgenda('fr', { meeting: { ...MEETING, agenda: [], place: '', link: '' }, members: [], quorum: QUORUM }));
    expect(lines).toContain('paragraph L’ordre du jour ne comporte aucun point.');
    expect(lines[2]).toMatch(/^table Date et heure: .* \| Présidence:  \| Secrétaire de séance:$/);
    expect(lines).toContain('paragraph Quorum\u00a0: 2 sièges votants présents sur 5, 3 requis — non atteint');
  });
});

describe('meetingQuorum', () => {
  const member = (id: string, extra: Partial<Member> = {}): Member => ({ id, kind: 'organisation', name: id, role: 'member', voting: true, contacts: {}, ...extra });
  const members: Member[] = [
    member('o1'),
    member('o2'),
    member('o3'),
    member('o4', { leftOn: '2020-01-01' }),
    member('d1', { kind: 'individual', representationOf: 'o1', representationRole: 'delegate', voting: false }),
    member('a1', { kind: 'individual', representationOf: 'o1', representationRole: 'alternate', voting: false }),
    member('i1', { kind: 'individual', voting: true }),
  ];
  const rules = { quorum: { kind: 'share', percent: 50, comparison: 'more-than' } as const, whoMayVote: ['organisations'] as const };

  it.each([
    [[], 0, false],
    [['d1', 'a1'], 1, false],
    [['d1', 'o2'], 2, true],
    [['o1', 'd1', 'a1', 'o2', 'o3', 'i1', 'o4'], 3, true],
  ])('present %j counts %i seats (reached: %s)', (present, seats, reached) => {
    const quorum = meetingQuorum(members, { ...rules, whoMayVote: [...rules.whoMayVote] }, present, '2026-11-21');
    expect(quorum).toEqual({ present: seats, seats: 3, required: 2, reached });
  });

  it('is never reached when nobody holds a vote', () => {
    expect(meetingQuorum([], { quorum: { kind: 'count', count: 0 }, whoMayVote: ['organisations'] }, [], '2026-11-21').reached).toBe(false);
  });
});
