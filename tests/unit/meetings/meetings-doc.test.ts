// Meetings in the workspace Y.Doc: round-trip, agenda moves (also two computers reordering
// at once, then merged), links, attendance, and data someone else wrote read safely.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAgendaItem,
  agendaMinutes,
  createMeeting,
  deleteMeeting,
  linkAgendaItem,
  listMeetings,
  moveAgendaItem,
  observeMeetings,
  presentMemberIds,
  rankBetween,
  readMeeting,
  removeAgendaItem,
  setAttendance,
  setMinutesDocument,
  splitMeetings,
  unlinkAgendaItem,
  updateAgendaItem,
  updateMeeting,
  validateAgendaItemInput,
  validateMeetingInput,
  type MeetingInput,
} from '../../../shared/sync/meetings-doc';

const INPUT: MeetingInput = { title: 'Steering Committee', startsAt: '2026-12-03T14:30', place: 'Berlin office', link: 'https://meet.example.org/sc' };

function withAgenda(doc: Y.Doc, titles: string[]): { meetingId: string; ids: string[] } {
  const meetingId = createMeeting(doc, INPUT);
  const ids = titles.map((title) => addAgendaItem(doc, meetingId, { title, presenter: '', minutes: 10 }) as string);
  return { meetingId, ids };
}

const titles = (doc: Y.Doc, meetingId: string) => readMeeting(doc, meetingId)?.agenda.map((item) => item.title);

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('meetings storage', () => {
  it('round-trips a meeting with its agenda, links, attendance and minutes', () => {
    const doc = new Y.Doc();
    const { meetingId, ids } = withAgenda(doc, ['Welcome', 'Budget']);
    updateAgendaItem(doc, meetingId, ids[1]!, { presenter: 'm_karim', minutes: 25 });
    expect(linkAgendaItem(doc, meetingId, ids[1]!, { kind: 'document', id: 'doc_1' })).toBe(true);
    linkAgendaItem(doc, meetingId, ids[1]!, { kind: 'proposal', id: 'pr_1' });
    linkAgendaItem(doc, meetingId, ids[1]!, { kind: 'proposal', id: 'pr_1' });
    setAttendance(doc, meetingId, 'm_jisr', 'present');
    setAttendance(doc, meetingId, 'm_amal', 'apologies');
    setMinutesDocument(doc, meetingId, 'doc_minutes');

    // Through an update, as another computer would receive it.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const meeting = readMeeting(other, meetingId);
    expect(meeting).toMatchObject({ ...INPUT, id: meetingId, minutesDocumentId: 'doc_minutes', attendance: { m_jisr: 'present', m_amal: 'apologies' } });
    expect(meeting?.agenda).toEqual([
      { id: ids[0], title: 'Welcome', presenter: '', minutes: 10, links: [] },
      {
        id: ids[1],
        title: 'Budget',
        presenter: 'm_karim',
        minutes: 25,
        links: [
          { kind: 'document', id: 'doc_1' },
          { kind: 'proposal', id: 'pr_1' },
        ],
      },
    ]);
    expect(agendaMinutes(meeting!)).toBe(35);
    expect(listMeetings(other).map((entry) => entry.id)).toEqual([meetingId]);

    unlinkAgendaItem(doc, meetingId, ids[1]!, { kind: 'document', id: 'doc_1' });
    removeAgendaItem(doc, meetingId, ids[0]!);
    expect(readMeeting(doc, meetingId)?.agenda.map((item) => [item.title, item.links.length])).toEqual([['Budget', 1]]);
    updateMeeting(doc, meetingId, { title: '  Annual meeting ', link: '' });
    expect(readMeeting(doc, meetingId)).toMatchObject({ title: 'Annual meeting', link: '', place: 'Berlin office' });
    expect(deleteMeeting(doc, meetingId)).toBe(true);
    expect(readMeeting(doc, meetingId)).toBeNull();
  });

  it('refuses invalid input instead of storing it', () => {
    const doc = new Y.Doc();
    expect(() => createMeeting(doc, { ...INPUT, link: 'http://meet.example.org' })).toThrow();
    const meetingId = createMeeting(doc, INPUT);
    expect(() => addAgendaItem(doc, meetingId, { title: ' ', presenter: '', minutes: 0 })).toThrow();
    expect(() => addAgendaItem(doc, meetingId, { title: 'Item', presenter: '', minutes: 601 })).toThrow();
    expect(addAgendaItem(doc, 'mt_gone', { title: 'Item', presenter: '', minutes: 0 })).toBeNull();
  });

  it.each([
    [{ ...INPUT, title: '' }, [{ field: 'title', code: 'required' }]],
    [{ ...INPUT, title: 'x'.repeat(201) }, [{ field: 'title', code: 'too-long' }]],
    [{ ...INPUT, startsAt: 'T' }, [{ field: 'date', code: 'required' }, { field: 'time', code: 'required' }]],
    [{ ...INPUT, startsAt: '2026-02-30T10:00' }, [{ field: 'date', code: 'invalid' }]],
    [{ ...INPUT, startsAt: '2026-02-03T25:00' }, [{ field: 'time', code: 'invalid' }]],
    [{ ...INPUT, link: 'http://example.org' }, [{ field: 'link', code: 'https-only' }]],
    [{ ...INPUT, link: 'javascript:alert(1)' }, [{ field: 'link', code: 'https-only' }]],
    [{ ...INPUT, link: 'https://' }, [{ field: 'link', code: 'https-only' }]],
    [{ ...INPUT, link: '' }, []],
    [{ ...INPUT, place: '' }, []],
  ])('validates meeting input %#', (input, problems) => {
    expect(validateMeetingInput(input)).toEqual(problems);
  });

  it.each([
    [{ title: 'Item', presenter: '', minutes: 0 }, []],
    [{ title: 'Item', presenter: '', minutes: 600 }, []],
    [{ title: 'Item', presenter: '', minutes: 2.5 }, [{ field: 'minutes', code: 'invalid' }]],
    [{ title: 'Item', presenter: '', minutes: Number.NaN }, [{ field: 'minutes', code: 'invalid' }]],
    [{ title: 'Item', presenter: '', minutes: -1 }, [{ field: 'minutes', code: 'invalid' }]],
    [{ title: '', presenter: '', minutes: 5 }, [{ field: 'title', code: 'required' }]],
  ])('validates agenda item input %#', (input, problems) => {
    expect(validateAgendaItemInput(input)).toEqual(problems);
  });

  it('lists upcoming meetings soonest first and past ones latest first', () => {
    const doc = new Y.Doc();
    const at = (startsAt: string) => createMeeting(doc, { ...INPUT, title: startsAt, startsAt });
    at('2026-11-20T10:00');
    at('2026-12-01T09:00');
    at('2026-11-21T08:00');
    at('2026-10-01T09:00');
    const { upcoming, past } = splitMeetings(listMeetings(doc), '2026-11-21');
    expect(upcoming.map((meeting) => meeting.title)).toEqual(['2026-11-21T08:00', '2026-12-01T09:00']);
    expect(past.map((meeting) => meeting.title)).toEqual(['2026-11-20T10:00', '2026-10-01T09:00']);
  });

  it('tells observers about changes deep in a meeting, until unsubscribed', () => {
    const doc = new Y.Doc();
    const { meetingId } = withAgenda(doc, ['A']);
    let calls = 0;
    const stop = observeMeetings(doc, () => (calls += 1));
    setAttendance(doc, meetingId, 'm_1', 'absent');
    expect(calls).toBe(1);
    stop();
    setAttendance(doc, meetingId, 'm_1', 'present');
    expect(calls).toBe(1);
  });
});

describe('agenda moves', () => {
  it.each([
    [0, 2, ['B', 'C', 'A', 'D']],
    [3, 0, ['D', 'A', 'B', 'C']],
    [1, 3, ['A', 'C', 'D', 'B']],
    [2, 1, ['A', 'C', 'B', 'D']],
    [1, 1, ['A', 'B', 'C', 'D']],
    [0, 99, ['B', 'C', 'D', 'A']],
    [3, -5, ['D', 'A', 'B', 'C']],
  ])('moves item %i to %i', (from, to, expected) => {
    const doc = new Y.Doc();
    const { meetingId, ids } = withAgenda(doc, ['A', 'B', 'C', 'D']);
    expect(moveAgendaItem(doc, meetingId, ids[from]!, to)).toBe(true);
    expect(titles(doc, meetingId)).toEqual(expected);
  });

  it('writes only the moved item while ranks have room', () => {
    const doc = new Y.Doc();
    const { meetingId, ids } = withAgenda(doc, ['A', 'B', 'C']);
    const changed = new Set<string>();
    const agenda = (doc.getMap('meetings').get(meetingId) as Y.Map<unknown>).get('agenda') as Y.Map<Y.Map<unknown>>;
    agenda.observeDeep((events) => events.forEach((event) => changed.add(String(event.path[0] ?? ''))));
    moveAgendaItem(doc, meetingId, ids[2]!, 0);
    expect([...changed]).toEqual([ids[2]]);
  });

  it('re-spaces ranks that became too close, keeping the order', () => {
    const doc = new Y.Doc();
    const { meetingId, ids } = withAgenda(doc, ['A', 'B', 'C']);
    // Moving C between A and B, then B between A and C, again and again halves the gap each time.
    for (let round = 0; round < 80; round += 1) {
      moveAgendaItem(doc, meetingId, ids[round % 2 === 0 ? 2 : 1]!, 1);
    }
    expect(titles(doc, meetingId)).toEqual(['A', 'B', 'C']);
    moveAgendaItem(doc, meetingId, ids[0]!, 1);
    expect(titles(doc, meetingId)).toEqual(['B', 'A', 'C']);
  });

  it.each([
    [undefined, undefined, 1],
    [undefined, 3, 2],
    [3, undefined, 4],
    [1, 2, 1.5],
    [1, 1 + 1e-12, null],
  ])('rankBetween(%s, %s) = %s', (before, after, expected) => {
    expect(rankBetween(before, after)).toBe(expected);
  });

  it('breaks rank ties by id', () => {
    const doc = new Y.Doc();
    const { meetingId, ids } = withAgenda(doc, ['A', 'B']);
    const agenda = (doc.getMap('meetings').get(meetingId) as Y.Map<unknown>).get('agenda') as Y.Map<Y.Map<unknown>>;
    for (const id of ids) agenda.get(id)!.set('rank', 5);
    expect(readMeeting(doc, meetingId)?.agenda.map((item) => item.id)).toEqual([...ids].sort());
  });

  it('two computers reordering at once: merged, nothing duplicated or lost, the same order on both', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      const a = new Y.Doc();
      const b = new Y.Doc();
      const { meetingId, ids } = withAgenda(a, ['A', 'B', 'C', 'D', 'E', 'F']);
      sync(a, b);
      let state = seed + 1;
      const random = () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
      };
      for (let step = 0; step < 8; step += 1) {
        for (const doc of [a, b]) {
          const id = ids[Math.floor(random() * ids.length)]!;
          moveAgendaItem(doc, meetingId, id, Math.floor(random() * ids.length));
        }
      }
      // One also adds and one removes while apart.
      addAgendaItem(a, meetingId, { title: 'G', presenter: '', minutes: 0 });
      removeAgendaItem(b, meetingId, ids[0]!);
      sync(a, b);
      const onA = readMeeting(a, meetingId)!.agenda.map((item) => item.id);
      const onB = readMeeting(b, meetingId)!.agenda.map((item) => item.id);
      expect(onA).toEqual(onB);
      expect(new Set(onA).size).toBe(onA.length);
      expect(onA).toHaveLength(6);
      for (const id of ids.slice(1)) expect(onA).toContain(id);
      expect(onA).not.toContain(ids[0]);
    }
  });
});

describe('attendance', () => {
  it('records, changes and clears attendance; lists who is present', () => {
    const doc = new Y.Doc();
    const { meetingId } = withAgenda(doc, []);
    setAttendance(doc, meetingId, 'm_a', 'present');
    setAttendance(doc, meetingId, 'm_b', 'present');
    setAttendance(doc, meetingId, 'm_c', 'absent');
    setAttendance(doc, meetingId, 'm_b', 'apologies');
    setAttendance(doc, meetingId, 'm_c', null);
    const meeting = readMeeting(doc, meetingId)!;
    expect(meeting.attendance).toEqual({ m_a: 'present', m_b: 'apologies' });
    expect(presentMemberIds(meeting)).toEqual(['m_a']);
    expect(setAttendance(doc, meetingId, 'bad id!', 'present')).toBe(false);
    expect(setAttendance(doc, meetingId, 'm_a', 'late' as never)).toBe(false);
  });
});

describe('reading what another computer (or a hand-edited file) wrote', () => {
  it('skips bad entries and reads bad fields as defaults, without throwing', () => {
    const doc = new Y.Doc();
    const { meetingId, ids } = withAgenda(doc, ['Good']);
    const meetings = doc.getMap<unknown>('meetings');
    meetings.set('mt_string', 'not a map');
    const noTitle = new Y.Map<unknown>();
    noTitle.set('startsAt', '2026-12-01T10:00');
    meetings.set('mt_notitle', noTitle);
    const badDate = new Y.Map<unknown>();
    badDate.set('title', 'Bad date');
    badDate.set('startsAt', '2026-13-01T10:00');
    meetings.set('mt_baddate', badDate);

    const entry = meetings.get(meetingId) as Y.Map<unknown>;
    entry.set('link', 'javascript:alert(1)');
    entry.set('place', 42);
    entry.set('minutesDocumentId', '../../etc');
    const attendance = entry.get('attendance') as Y.Map<unknown>;
    attendance.set('m_ok', 'present');
    attendance.set('m_bad', 'maybe');
    attendance.set('bad id!', 'present');
    const agenda = entry.get('agenda') as Y.Map<unknown>;
    agenda.set('ai_string', 'nope');
    const broken = new Y.Map<unknown>();
    broken.set('title', 'Broken fields');
    broken.set('rank', Number.POSITIVE_INFINITY);
    broken.set('minutes', 1e9);
    broken.set('presenter', { id: 'x' });
    broken.set('links', 'nope');
    agenda.set('ai_broken', broken);
    const untitled = new Y.Map<unknown>();
    untitled.set('rank', 2);
    agenda.set('ai_untitled', untitled);
    const links = (agenda.get(ids[0]!) as Y.Map<unknown>).get('links') as Y.Map<unknown>;
    links.set('document:doc_ok', true);
    links.set('spreadsheet:x', true);
    links.set('proposal:', true);
    links.set('proposal:pr_off', false);

    const meetingsRead = listMeetings(doc);
    expect(meetingsRead.map((meeting) => meeting.id)).toEqual([meetingId]);
    const meeting = meetingsRead[0]!;
    expect(meeting.link).toBe('');
    expect(meeting.place).toBe('');
    expect(meeting.minutesDocumentId).toBeUndefined();
    expect(meeting.attendance).toEqual({ m_ok: 'present' });
    expect(meeting.agenda).toEqual([
      { id: 'ai_broken', title: 'Broken fields', presenter: '', minutes: 0, links: [] },
      { id: ids[0], title: 'Good', presenter: '', minutes: 10, links: [{ kind: 'document', id: 'doc_ok' }] },
    ]);
    // The broken item can still be moved, and moving it sets a sane rank.
    moveAgendaItem(doc, meetingId, 'ai_broken', 1);
    expect(readMeeting(doc, meetingId)?.agenda.map((item) => item.id)).toEqual([ids[0], 'ai_broken']);
  });

  it('reads a doc with no meetings, or meetings of the wrong type, as empty', () => {
    expect(listMeetings(new Y.Doc())).toEqual([]);
    expect(readMeeting(new Y.Doc(), 'mt_x')).toBeNull();
  });
});
