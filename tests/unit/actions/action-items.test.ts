// Action items: filters (owner, statuses, overdue boundary, source) and their order; storage
// round-trip; two computers editing different fields of one item both keep their change;
// whatever a hand-edited or foreign doc holds reads safely.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  ACTION_NOTES_MAX,
  ACTION_TITLE_MAX,
  ActionItemInputError,
  addActionItem,
  deleteActionItem,
  filterActionItems,
  getActionItem,
  isOverdue,
  listActionItems,
  observeActionItems,
  updateActionItem,
  validateActionInput,
  type ActionFilter,
  type ActionItem,
} from '../../../shared/sync/action-items';

const TODAY = '2026-11-21';

function item(id: string, extra: Partial<ActionItem> = {}): ActionItem {
  return { id, title: `Item ${id}`, owner: '', due: '', status: 'todo', notes: '', createdAt: '', createdBy: '', ...extra };
}

const ITEMS: ActionItem[] = [
  item('a', { title: 'Book the venue', owner: 'layla', due: '2026-11-20', status: 'todo', source: { kind: 'meeting', meetingId: 'mtg_1' } }),
  item('b', { title: 'Send the minutes', owner: 'layla', due: '2026-11-21', status: 'in-progress', source: { kind: 'meeting', meetingId: 'mtg_1' } }),
  item('c', { title: 'Draft the budget', owner: 'karim', due: '2026-12-01', status: 'todo', source: { kind: 'decision', proposalId: 'prop_1', entryId: 'dec_1' } }),
  item('d', { title: 'Archive old files', owner: 'karim', due: '2026-10-01', status: 'done' }),
  item('e', { title: 'Ask the funder', owner: '', due: '', status: 'todo' }),
  item('f', { title: 'Old plan', owner: 'karim', due: '2026-09-01', status: 'dropped', source: { kind: 'meeting', meetingId: 'mtg_2' } }),
  item('g', { title: 'Call the lawyer', owner: '', due: '', status: 'in-progress', source: { kind: 'decision', proposalId: 'prop_1' } }),
];

const ids = (items: readonly ActionItem[]) => items.map((entry) => entry.id);

describe('filterActionItems', () => {
  it.each<[string, ActionFilter, string[]]>([
    ['no filter: everything, by due date, no date last (then title)', {}, ['f', 'd', 'a', 'b', 'c', 'e', 'g']],
    ['owner', { owner: 'layla' }, ['a', 'b']],
    ['owner nobody (unassigned)', { owner: '' }, ['e', 'g']],
    ['owner unknown', { owner: 'nobody-here' }, []],
    ['open statuses', { statuses: ['todo', 'in-progress'] }, ['a', 'b', 'c', 'e', 'g']],
    ['done only', { statuses: ['done'] }, ['d']],
    ['no status at all', { statuses: [] }, []],
    ['overdue only: due yesterday yes, due today no, done and dropped no', { overdueOnly: true }, ['a']],
    ['owner and status', { owner: 'karim', statuses: ['done', 'dropped'] }, ['f', 'd']],
    ['from a meeting', { source: { kind: 'meeting', meetingId: 'mtg_1' } }, ['a', 'b']],
    ['from a decision (by proposal, with or without its log entry)', { source: { kind: 'decision', proposalId: 'prop_1' } }, ['c', 'g']],
    ['from a meeting id that is a proposal id elsewhere', { source: { kind: 'meeting', meetingId: 'prop_1' } }, []],
    ['overdue and owner', { overdueOnly: true, owner: 'karim' }, []],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filterActionItems(ITEMS, filter, TODAY))).toStrictEqual(expected);
  });

  it('does not change the list it is given', () => {
    const copy = ITEMS.map((entry) => ({ ...entry }));
    filterActionItems(ITEMS, { owner: 'layla' }, TODAY);
    expect(ITEMS).toStrictEqual(copy);
  });
});

describe('isOverdue', () => {
  it.each<[string, string, ActionItem['status'], boolean]>([
    ['2026-11-20', 'yesterday', 'todo', true],
    ['2026-11-21', 'today', 'todo', false],
    ['2026-11-22', 'tomorrow', 'todo', false],
    ['2026-11-20', 'yesterday, in progress', 'in-progress', true],
    ['2026-11-20', 'yesterday, done', 'done', false],
    ['2026-11-20', 'yesterday, dropped', 'dropped', false],
    ['', 'no date', 'todo', false],
    ['2025-12-31', 'last year', 'todo', true],
  ])('due %s (%s, %s) → %s', (due, _name, status, expected) => {
    expect(isOverdue({ due, status }, TODAY)).toBe(expected);
  });
});

describe('validateActionInput', () => {
  it.each([
    ['a title', { title: 'Book the venue' }, []],
    ['no title', { title: '' }, [{ field: 'title', code: 'required' }]],
    ['a title at the limit', { title: 'x'.repeat(ACTION_TITLE_MAX) }, []],
    ['a title over the limit', { title: 'x'.repeat(ACTION_TITLE_MAX + 1) }, [{ field: 'title', code: 'too-long' }]],
    ['a real date', { title: 'T', due: '2028-02-29' }, []],
    ['a date that does not exist', { title: 'T', due: '2026-02-30' }, [{ field: 'due', code: 'invalid-date' }]],
    ['a date in another form', { title: 'T', due: '21/11/2026' }, [{ field: 'due', code: 'invalid-date' }]],
    ['no date', { title: 'T', due: '' }, []],
    ['notes over the limit', { title: 'T', notes: 'n'.repeat(ACTION_NOTES_MAX + 1) }, [{ field: 'notes', code: 'too-long' }]],
    ['an owner id with odd characters', { title: 'T', owner: '<script>' }, [{ field: 'owner', code: 'invalid' }]],
    ['a malformed source', { title: 'T', source: { kind: 'meeting', meetingId: 'a/b' } as const }, [{ field: 'source', code: 'invalid' }]],
  ])('%s', (_name, input, expected) => {
    expect(validateActionInput(input)).toStrictEqual(expected);
  });

  it('a patch without a title keeps the one it has', () => {
    expect(validateActionInput({ status: 'done' }, false)).toStrictEqual([]);
    expect(validateActionInput({ title: '' }, false)).toStrictEqual([{ field: 'title', code: 'required' }]);
  });
});

describe('storage', () => {
  const fixed = (seed: number) => (bytes: Uint8Array) => bytes.fill(seed);

  it('round-trips every field, with and without a source', () => {
    const doc = new Y.Doc();
    const now = new Date('2026-11-21T09:30:00.000Z');
    const first = addActionItem(
      doc,
      {
        title: '  Book   the venue ',
        owner: 'person-01',
        due: '2026-12-01',
        status: 'in-progress',
        notes: ' Ask about\nstep-free access. ',
        source: { kind: 'decision', proposalId: 'prop_1', entryId: 'dec_9' },
      },
      { createdBy: 'person-02', now, random: fixed(1) },
    );
    const second = addActionItem(doc, { title: 'Call the lawyer' }, { now, random: fixed(2) });
    expect(first).toBe(`act_${'01'.repeat(12)}`);
    expect(getActionItem(doc, first)).toStrictEqual({
      id: first,
      title: 'Book the venue',
      owner: 'person-01',
      due: '2026-12-01',
      status: 'in-progress',
      notes: 'Ask about\nstep-free access.',
      source: { kind: 'decision', proposalId: 'prop_1', entryId: 'dec_9' },
      createdAt: '2026-11-21T09:30:00.000Z',
      createdBy: 'person-02',
    });
    expect(getActionItem(doc, second)).toStrictEqual({
      id: second,
      title: 'Call the lawyer',
      owner: '',
      due: '',
      status: 'todo',
      notes: '',
      createdAt: '2026-11-21T09:30:00.000Z',
      createdBy: '',
    });

    // Through an update on another doc, as another computer would read it.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(listActionItems(copy).sort((a, b) => a.id.localeCompare(b.id))).toStrictEqual(listActionItems(doc).sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('updates the fields given, removes a source, and deletes', () => {
    const doc = new Y.Doc();
    const id = addActionItem(doc, { title: 'Draft the budget', source: { kind: 'meeting', meetingId: 'mtg_1' } });
    expect(updateActionItem(doc, id, { status: 'done', due: '2027-01-15', owner: 'jisr' })).toBe(true);
    expect(getActionItem(doc, id)).toMatchObject({ title: 'Draft the budget', status: 'done', due: '2027-01-15', owner: 'jisr', source: { kind: 'meeting', meetingId: 'mtg_1' } });
    updateActionItem(doc, id, { source: null, due: '' });
    const read = getActionItem(doc, id)!;
    expect(read.source).toBeUndefined();
    expect(read.due).toBe('');
    expect(deleteActionItem(doc, id)).toBe(true);
    expect(deleteActionItem(doc, id)).toBe(false);
    expect(updateActionItem(doc, id, { status: 'todo' })).toBe(false);
    expect(listActionItems(doc)).toStrictEqual([]);
  });

  it('refuses invalid input with the problems, and writes nothing', () => {
    const doc = new Y.Doc();
    expect(() => addActionItem(doc, { title: '   ' })).toThrow(ActionItemInputError);
    expect(listActionItems(doc)).toStrictEqual([]);
    const id = addActionItem(doc, { title: 'Valid' });
    try {
      updateActionItem(doc, id, { due: '2026-13-01', title: '' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ActionItemInputError);
      expect((error as ActionItemInputError).problems).toStrictEqual([
        { field: 'title', code: 'required' },
        { field: 'due', code: 'invalid-date' },
      ]);
    }
    expect(getActionItem(doc, id)).toMatchObject({ title: 'Valid', due: '' });
  });

  it('tells the listener about every change, until unsubscribed', () => {
    const doc = new Y.Doc();
    let calls = 0;
    const stop = observeActionItems(doc, () => (calls += 1));
    const id = addActionItem(doc, { title: 'One' });
    updateActionItem(doc, id, { status: 'done' });
    // Writing a field back unchanged is not a change.
    updateActionItem(doc, id, { status: 'done', title: 'One' });
    deleteActionItem(doc, id);
    expect(calls).toBe(3);
    stop();
    addActionItem(doc, { title: 'Two' });
    expect(calls).toBe(3);
  });
});

describe('two computers', () => {
  function sync(a: Y.Doc, b: Y.Doc) {
    const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(b, toB);
    Y.applyUpdate(a, toA);
  }

  it('keep both changes when they edit different fields of the same item at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addActionItem(a, { title: 'Send the minutes', owner: 'person-01', due: '2026-11-25' });
    sync(a, b);

    // A saves the whole dialog with only the status changed; B changes the due date and owner.
    updateActionItem(a, id, { title: 'Send the minutes', owner: 'person-01', due: '2026-11-25', status: 'done', notes: '' });
    updateActionItem(b, id, { due: '2026-11-28', owner: 'person-04' });
    sync(a, b);

    const expected = { title: 'Send the minutes', status: 'done', due: '2026-11-28', owner: 'person-04' };
    expect(getActionItem(a, id)).toMatchObject(expected);
    expect(getActionItem(b, id)).toMatchObject(expected);
  });

  it('keep both items added at once, and agree when one deletes what the other edits', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const shared = addActionItem(a, { title: 'Shared' });
    sync(a, b);
    addActionItem(a, { title: 'From A' });
    addActionItem(b, { title: 'From B' });
    deleteActionItem(a, shared);
    updateActionItem(b, shared, { status: 'in-progress' });
    sync(a, b);
    const titles = (doc: Y.Doc) => listActionItems(doc).map((entry) => entry.title).sort();
    expect(titles(a)).toStrictEqual(titles(b));
    expect(titles(a)).toContain('From A');
    expect(titles(a)).toContain('From B');
  });
});

describe('malformed data', () => {
  it('reads safely: bad entries skipped, bad fields as defaults, long text cut', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('actionItems');
    doc.transact(() => {
      map.set('not-a-map', 'hello');
      map.set('plain-object', { title: 'Looks right', status: 'todo' });
      map.set('bad id with spaces', new Y.Map());
      const weird = new Y.Map<unknown>();
      weird.set('title', 'ü'.repeat(ACTION_TITLE_MAX + 50));
      weird.set('owner', { id: 'x' });
      weird.set('due', '2026-02-30');
      weird.set('status', 'finished');
      weird.set('notes', 42);
      weird.set('source', { kind: 'meeting', meetingId: 'javascript:alert(1)' });
      weird.set('createdAt', 12);
      weird.set('createdBy', '../../etc');
      map.set('act_weird', weird);
      const empty = new Y.Map<unknown>();
      map.set('act_empty', empty);
      const decision = new Y.Map<unknown>();
      decision.set('title', 'From a decision');
      decision.set('source', { kind: 'decision', proposalId: 'prop_1', entryId: 'bad entry id' });
      map.set('act_decision', decision);
      const wrongKind = new Y.Map<unknown>();
      wrongKind.set('title', 'Wrong kind');
      wrongKind.set('source', ['meeting', 'mtg_1']);
      map.set('act_wrong', wrongKind);
    });

    const items = new Map(listActionItems(doc).map((entry) => [entry.id, entry]));
    expect([...items.keys()].sort()).toStrictEqual(['act_decision', 'act_empty', 'act_weird', 'act_wrong']);
    expect(items.get('act_weird')).toStrictEqual({
      id: 'act_weird',
      title: 'ü'.repeat(ACTION_TITLE_MAX),
      owner: '',
      due: '',
      status: 'todo',
      notes: '',
      createdAt: '',
      createdBy: '',
    });
    expect(items.get('act_empty')).toMatchObject({ title: '', status: 'todo', due: '' });
    expect(items.get('act_decision')?.source).toStrictEqual({ kind: 'decision', proposalId: 'prop_1' });
    expect(items.get('act_wrong')?.source).toBeUndefined();
    // Filters and edits work on what was read.
    expect(filterActionItems([...items.values()], { overdueOnly: true }, TODAY)).toStrictEqual([]);
    expect(updateActionItem(doc, 'act_weird', { status: 'todo' })).toBe(true);
    expect(doc.getMap<Y.Map<unknown>>('actionItems').get('act_weird')?.get('status')).toBe('todo');
  });

  it('cuts by characters, never inside an emoji', () => {
    const doc = new Y.Doc();
    const entry = new Y.Map<unknown>();
    doc.getMap<unknown>('actionItems').set('act_emoji', entry);
    entry.set('title', '😀'.repeat(ACTION_TITLE_MAX + 1));
    const title = getActionItem(doc, 'act_emoji')!.title;
    expect(Array.from(title)).toHaveLength(ACTION_TITLE_MAX);
    expect(title).toBe('😀'.repeat(ACTION_TITLE_MAX));
  });
});
