// The decision log: appended and numbered in one order everywhere; any field changed by hand,
// any entry deleted (first, middle, last) is named by verification; entries recorded on two
// computers while offline are both kept, valid and in the same order on both.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entryHash, fieldDigests } from '../../../shared/model/decision-log-hash';
import {
  appendDecision,
  decisionLogMap,
  decisionLogSeenMap,
  listDecisions,
  orderEntries,
  verifyDecisionLog,
  type DecisionFields,
  type LogEntry,
} from '../../../shared/sync/decision-log';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 21, 9, minute)).toISOString();

function decision(n: number, extra: Partial<DecisionFields> = {}): DecisionFields {
  return {
    date: '2026-11-21',
    meetingId: `mtg_${n}`,
    title: `Decision on item ${n}`,
    text: `The committee adopts proposal ${n}.`,
    method: 'simple-majority',
    tally: { for: 7, against: 2, abstain: 1, names: ['A', 'B'] },
    outcome: 'adopted',
    rationale: `Because of reason ${n}.`,
    ...extra,
  };
}

/** Five entries: the 4th amends the 2nd, the 5th reverses the 1st. */
async function fiveEntries(doc = new Y.Doc()): Promise<{ doc: Y.Doc; entries: LogEntry[] }> {
  const entries: LogEntry[] = [];
  for (let n = 1; n <= 5; n++) {
    const extra: Partial<DecisionFields> = n === 4 ? { amends: entries[1]!.id } : n === 5 ? { reverses: entries[0]!.id } : {};
    entries.push(await appendDecision(doc, decision(n, extra), `member_${n}`, at(n)));
  }
  return { doc, entries };
}

function storedCopy(doc: Y.Doc, id: string): Record<string, any> {
  return JSON.parse(JSON.stringify(decisionLogMap(doc).get(id))) as Record<string, any>;
}

/** Writes a changed copy of a stored entry straight into the map, as a hand edit of the data would. */
function editByHand(doc: Y.Doc, id: string, change: (value: Record<string, any>) => void): void {
  const value = storedCopy(doc, id);
  change(value);
  decisionLogMap(doc).set(id, value);
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('decision log: appending and listing', () => {
  it('numbers entries in recording order, each following the one before, with what it amends or reverses', async () => {
    const { doc, entries } = await fiveEntries();
    const listed = listDecisions(doc);
    expect(listed.map((entry) => [entry.number, entry.id])).toEqual(entries.map((entry, index) => [index + 1, entry.id]));
    expect(listed[0]!.parents).toEqual([]);
    for (let index = 1; index < listed.length; index++) expect(listed[index]!.parents).toEqual([listed[index - 1]!.hash]);
    expect(listed[3]!.fields.amends).toBe(entries[1]!.id);
    expect(listed[4]!.fields.reverses).toBe(entries[0]!.id);
    expect(listed[2]).toMatchObject({ recordedBy: 'member_3', recordedAt: at(3), fields: decision(3) });
    expect(listed[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(decisionLogSeenMap(doc).get(entries[2]!.id)).toBe(entries[2]!.hash);
    expect(await verifyDecisionLog(doc)).toEqual({ ok: true, count: 5 });
  });

  it('refuses to amend or reverse an entry the log does not have', async () => {
    const doc = new Y.Doc();
    await expect(appendDecision(doc, decision(1, { amends: 'dec_nowhere' }), 'm', at(1))).rejects.toThrow(RangeError);
    await expect(appendDecision(doc, decision(1, { reverses: 'dec_nowhere' }), 'm', at(1))).rejects.toThrow(RangeError);
    expect(listDecisions(doc)).toEqual([]);
  });

  it('chains appends started together on one computer instead of forking', async () => {
    const doc = new Y.Doc();
    const [first, second] = await Promise.all([appendDecision(doc, decision(1), 'm', at(1)), appendDecision(doc, decision(2), 'm', at(2))]);
    expect(second!.parents).toEqual([first!.hash]);
  });
});

describe('decision log: verification names what was changed by hand', () => {
  const cases: Array<[string, (value: Record<string, any>, entries: LogEntry[]) => void]> = [
    ['date', (value) => (value.fields.date = '2026-11-20')],
    ['meetingId', (value) => (value.fields.meetingId = 'mtg_other')],
    ['title', (value) => (value.fields.title += '!')],
    ['text', (value) => (value.fields.text = 'The committee rejects proposal 4.')],
    ['method', (value) => (value.fields.method = 'consensus')],
    ['tally', (value) => (value.fields.tally.for = 6)],
    ['outcome', (value) => (value.fields.outcome = 'rejected')],
    ['rationale', (value) => delete value.fields.rationale],
    ['amends', (value, entries) => (value.fields.amends = entries[2]!.id)],
    ['reverses', (value, entries) => (value.fields.reverses = entries[0]!.id)],
    ['secret', (value) => (value.fields.secret = 'added later')],
    ['recordedAt', (value) => (value.recordedAt = at(0))],
    ['recordedBy', (value) => (value.recordedBy = 'someone_else')],
    ['parents', (value, entries) => (value.parents = [entries[1]!.hash])],
    ['id', (value) => (value.id = 'dec_moved')],
    ['v', (value) => (value.v = 2)],
    ['hash', (value) => (value.hash = 'f'.repeat(64))],
  ];

  it.each(cases)('%s of the 4th entry', async (field, change) => {
    const { doc, entries } = await fiveEntries();
    const target = entries[3]!.id;
    editByHand(doc, target, (value) => change(value, entries));
    const number = listDecisions(doc).find((entry) => entry.id === target)!.number;
    expect(await verifyDecisionLog(doc)).toEqual({ ok: false, count: 5, problems: [{ kind: 'altered', entryId: target, number, field }] });
  });

  it('accepts an entry whose keys merely come back in another order (the hash is of canonical JSON)', async () => {
    const { doc, entries } = await fiveEntries();
    const reversed = (value: Record<string, any>) => Object.fromEntries(Object.entries(value).reverse());
    editByHand(doc, entries[2]!.id, (value) => {
      const copy = reversed({ ...value, fields: reversed({ ...value.fields, tally: reversed(value.fields.tally) }) });
      for (const key of Object.keys(value)) delete value[key];
      Object.assign(value, copy);
    });
    expect(Object.keys(decisionLogMap(doc).get(entries[2]!.id) as object)[0]).toBe('v');
    expect(await verifyDecisionLog(doc)).toEqual({ ok: true, count: 5 });
  });

  it('names every field changed in one entry, and each entry changed', async () => {
    const { doc, entries } = await fiveEntries();
    editByHand(doc, entries[0]!.id, (value) => Object.assign(value.fields, { title: 'X', outcome: 'rejected' }));
    editByHand(doc, entries[4]!.id, (value) => (value.recordedBy = 'nobody'));
    const result = await verifyDecisionLog(doc);
    expect(result.ok || result.problems.map((problem) => [problem.number, problem.field])).toEqual([
      [1, 'outcome'],
      [1, 'title'],
      [5, 'recordedBy'],
    ]);
  });

  it('reports an entry rewritten with a freshly computed hash, by what was seen and by what follows it', async () => {
    const { doc, entries } = await fiveEntries();
    const target = entries[2]!;
    const rewritten = storedCopy(doc, target.id);
    rewritten.fields.outcome = 'rejected';
    delete rewritten.hash;
    delete rewritten.digests;
    rewritten.digests = await fieldDigests(rewritten);
    rewritten.hash = await entryHash(rewritten);
    decisionLogMap(doc).set(target.id, rewritten);
    expect(await verifyDecisionLog(doc)).toEqual({ ok: false, count: 5, problems: [{ kind: 'altered', entryId: target.id, number: 3 }] });

    // With its "seen" record forged too, the entry that follows it no longer finds it.
    decisionLogSeenMap(doc).set(target.id, rewritten.hash);
    expect(await verifyDecisionLog(doc)).toEqual({
      ok: false,
      count: 5,
      problems: [{ kind: 'bad-parent', entryId: entries[3]!.id, number: 4, hash: target.hash }],
    });
  });
});

describe('decision log: verification names a deleted entry', () => {
  it.each([
    ['first', 0],
    ['middle', 2],
    ['last', 4],
  ])('the %s one', async (_, index) => {
    const { doc, entries } = await fiveEntries();
    const gone = entries[index]!;
    decisionLogMap(doc).delete(gone.id);
    const numbers = new Map(listDecisions(doc).map((entry) => [entry.id, entry.number]));
    const referencedBy = entries
      .filter((entry) => entry.parents.includes(gone.hash) || entry.fields.amends === gone.id || entry.fields.reverses === gone.id)
      .map((entry) => numbers.get(entry.id)!);
    expect(await verifyDecisionLog(doc)).toEqual({
      ok: false,
      count: 4,
      problems: [{ kind: 'missing', entryId: gone.id, hash: gone.hash, referencedBy }],
    });
  });

  it('by the entry that follows it when its "seen" record was deleted too; the newest only from a remembered list', async () => {
    const { doc, entries } = await fiveEntries();
    const remembered = new Map(listDecisions(doc).map((entry) => [entry.id, entry.hash]));
    for (const index of [2, 4]) {
      decisionLogMap(doc).delete(entries[index]!.id);
      decisionLogSeenMap(doc).delete(entries[index]!.id);
    }
    expect(await verifyDecisionLog(doc)).toEqual({
      ok: false,
      count: 3,
      problems: [{ kind: 'bad-parent', entryId: entries[3]!.id, number: 3, hash: entries[2]!.hash }],
    });
    expect(await verifyDecisionLog(doc, { remembered })).toEqual({
      ok: false,
      count: 3,
      problems: [
        { kind: 'missing', entryId: entries[2]!.id, hash: entries[2]!.hash, referencedBy: [3] },
        { kind: 'missing', entryId: entries[4]!.id, hash: entries[4]!.hash, referencedBy: [] },
      ],
    });
  });
});

describe('decision log: two computers recording offline', () => {
  it('keeps both entries, valid, in the same order with the same numbers on both', async () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    await appendDecision(a, decision(1), 'amina', at(1));
    await appendDecision(a, decision(2), 'amina', at(2));
    exchange(a, b);
    const head = listDecisions(b)[1]!.hash;

    // Offline: each appends to the same head; b's at the same minute, a's a minute later.
    const fromB = await appendDecision(b, decision(3), 'bruno', at(3));
    const fromA1 = await appendDecision(a, decision(4), 'amina', at(3));
    const fromA2 = await appendDecision(a, decision(5), 'amina', at(4));
    expect(fromB.parents).toEqual([head]);
    expect(fromA1.parents).toEqual([head]);
    exchange(a, b);

    const onA = listDecisions(a);
    const onB = listDecisions(b);
    expect(onA).toEqual(onB);
    // The two recorded at the same minute go by hash; fromA2 follows fromA1.
    const expected = fromB.hash < fromA1.hash ? [fromB, fromA1, fromA2] : [fromA1, fromB, fromA2];
    expect(onA.slice(2).map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
    expect(onA.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5]);
    expect(await verifyDecisionLog(a)).toEqual({ ok: true, count: 5 });
    expect(await verifyDecisionLog(b)).toEqual({ ok: true, count: 5 });

    // The next entry follows both branches.
    const joined = await appendDecision(b, decision(6), 'bruno', at(5));
    expect(joined.parents).toEqual([fromB.hash, fromA2.hash].sort());
    exchange(a, b);
    expect(listDecisions(a).at(-1)).toMatchObject({ id: joined.id, number: 6 });
    expect(await verifyDecisionLog(a)).toEqual({ ok: true, count: 6 });
  });

  it('orders the same whatever order the entries are read in', async () => {
    const { doc } = await fiveEntries();
    const entries = listDecisions(doc).map(({ number: _number, ...entry }) => entry);
    const expected = orderEntries(entries).map((entry) => entry.id);
    expect(orderEntries([...entries].reverse()).map((entry) => entry.id)).toEqual(expected);
    expect(orderEntries([entries[2]!, entries[0]!, entries[4]!, entries[1]!, entries[3]!]).map((entry) => entry.id)).toEqual(expected);
  });
});

describe('decision log: malformed data', () => {
  it('is reported, left out of the list, and does not stop the rest from being read and checked', async () => {
    const { doc, entries } = await fiveEntries();
    const log = decisionLogMap(doc);
    log.set('dec_text', 'hello');
    log.set('dec_array', [1, 2]);
    log.set('dec_nohash', { fields: {}, parents: [] });
    log.set('dec_badparents', { hash: 'a'.repeat(64), parents: 'x', fields: {} });
    log.set('dec_ymap', new Y.Map());
    decisionLogSeenMap(doc).set('dec_seen_garbage', 42);
    editByHand(doc, entries[1]!.id, (value) => (value.fields.title = 12));
    expect(listDecisions(doc).map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
    expect(listDecisions(doc)[1]!.fields.title).toBe('');
    const result = await verifyDecisionLog(doc);
    expect(result).toEqual({
      ok: false,
      count: 5,
      problems: [
        { kind: 'altered', entryId: entries[1]!.id, number: 2, field: 'title' },
        { kind: 'malformed', entryId: 'dec_array' },
        { kind: 'malformed', entryId: 'dec_badparents' },
        { kind: 'malformed', entryId: 'dec_nohash' },
        { kind: 'malformed', entryId: 'dec_text' },
        { kind: 'malformed', entryId: 'dec_ymap' },
        { kind: 'missing', entryId: 'dec_seen_garbage', referencedBy: [] },
      ],
    });
  });
});
