import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DECISION_RULES,
  hasQuorum,
  majorityReached,
  mayVote,
  quorumRequired,
  validateDecisionRules,
  votingMembers,
  type DecisionRules,
} from '../../../shared/model/decision-rules';
import type { Member } from '../../../shared/model/members';

const TODAY = '2025-06-01';

function member(id: string, patch: Partial<Member> = {}): Member {
  return { id, kind: 'organisation', name: id, role: 'member', voting: true, contacts: {}, ...patch };
}

const REGISTER: Member[] = [
  member('org-a'),
  member('org-b'),
  member('org-c'),
  member('observer', { role: 'observer', voting: false }),
  member('former-org', { leftOn: '2025-01-31' }),
  member('leaving-org', { leftOn: '2025-12-31' }),
  member('alice', { kind: 'individual' }),
  member('bob', { kind: 'individual', voting: false }),
  member('delegate-a', { kind: 'individual', representationOf: 'org-a', representationRole: 'delegate' }),
  member('alternate-a', { kind: 'individual', representationOf: 'org-a', representationRole: 'alternate' }),
  member('delegate-former', { kind: 'individual', representationOf: 'former-org', representationRole: 'delegate' }),
];

const rules = (patch: Partial<DecisionRules>): DecisionRules => ({ ...DEFAULT_DECISION_RULES, ...patch });

describe('quorum', () => {
  it('is the count itself when given as a count', () => {
    expect(quorumRequired({ kind: 'count', count: 4 }, 10)).toBe(4);
  });

  it.each([
    // percent, comparison, voting members, required
    [50, 'at-least', 6, 3],
    [50, 'more-than', 6, 4],
    [50, 'at-least', 5, 3],
    [50, 'more-than', 5, 3],
    [50, 'more-than', 4, 3],
    [66.67, 'at-least', 3, 2],
    [66.67, 'at-least', 4, 3],
    [66.67, 'at-least', 12, 8],
    [75, 'at-least', 8, 6],
    [100, 'at-least', 7, 7],
    [10, 'at-least', 1, 1],
    [33.33, 'more-than', 3, 2],
    [33.33, 'at-least', 3, 1],
  ] as const)('%s per cent (%s) of %s voting members needs %s present', (percent, comparison, count, required) => {
    expect(quorumRequired({ kind: 'share', percent, comparison }, count)).toBe(required);
  });

  it('is met at the required number and not one below', () => {
    const quorum = { kind: 'share', percent: 50, comparison: 'more-than' } as const;
    expect(hasQuorum(quorum, 3, 5)).toBe(true);
    expect(hasQuorum(quorum, 2, 5)).toBe(false);
    expect(hasQuorum({ kind: 'count', count: 2 }, 2, 9)).toBe(true);
  });
});

describe('who may vote', () => {
  const ids = (whoMayVote: DecisionRules['whoMayVote']) => votingMembers(REGISTER, whoMayVote, TODAY).map((m) => m.id);

  it('organisations: current voting organisations only (a departure still ahead does not count yet)', () => {
    expect(ids(['organisations'])).toEqual(['org-a', 'org-b', 'org-c', 'leaving-org']);
  });

  it('individuals: voting individuals who do not represent an organisation', () => {
    expect(ids(['individuals'])).toEqual(['alice']);
  });

  it('delegates: current delegates of current organisations, not alternates', () => {
    expect(ids(['delegates'])).toEqual(['delegate-a']);
  });

  it('organisations and individuals together', () => {
    expect(ids(['organisations', 'individuals'])).toEqual(['org-a', 'org-b', 'org-c', 'leaving-org', 'alice']);
  });

  it('never an erased member', () => {
    const erased = member('erased', { erasedOn: '2025-05-01', voting: true });
    expect(mayVote(erased, ['organisations'], [erased], TODAY)).toBe(false);
  });
});

describe('majority', () => {
  it('simple majority needs more than half of the votes cast', () => {
    expect(majorityReached({ method: 'simple-majority', threshold: 0 }, 3, 5)).toBe(true);
    expect(majorityReached({ method: 'simple-majority', threshold: 0 }, 2, 4)).toBe(false);
    expect(majorityReached({ method: 'simple-majority', threshold: 0 }, 0, 0)).toBe(false);
  });

  it('qualified majority reads the threshold as people do: 2 of 3 meets 66.67 %', () => {
    expect(majorityReached({ method: 'qualified-majority', threshold: 66.67 }, 2, 3)).toBe(true);
    expect(majorityReached({ method: 'qualified-majority', threshold: 66.67 }, 3, 5)).toBe(false);
    expect(majorityReached({ method: 'qualified-majority', threshold: 75 }, 3, 4)).toBe(true);
  });
});

describe('validateDecisionRules', () => {
  it('accepts the defaults', () => {
    expect(validateDecisionRules(DEFAULT_DECISION_RULES, { votingMembers: 5 })).toEqual([]);
  });

  it('refuses a count quorum above the number of voting members, and says how many there are', () => {
    expect(validateDecisionRules(rules({ quorum: { kind: 'count', count: 9 } }), { votingMembers: 5 })).toEqual([
      { field: 'quorum', code: 'above-voting-members', max: 5 },
    ]);
    expect(validateDecisionRules(rules({ quorum: { kind: 'count', count: 5 } }), { votingMembers: 5 })).toEqual([]);
  });

  it('waits with that check while nobody holds a vote yet', () => {
    expect(validateDecisionRules(rules({ quorum: { kind: 'count', count: 3 } }), { votingMembers: 0 })).toEqual([]);
  });

  it.each([
    [0, 'count-too-small'],
    [2.5, 'count-not-whole'],
    [Number.NaN, 'count-not-whole'],
  ])('refuses a count quorum of %s', (count, code) => {
    expect(validateDecisionRules(rules({ quorum: { kind: 'count', count } }), { votingMembers: 5 })).toEqual([{ field: 'quorum', code }]);
  });

  it.each([
    [0, 'at-least', 'percent-out-of-range'],
    [101, 'at-least', 'percent-out-of-range'],
    [Number.NaN, 'at-least', 'percent-out-of-range'],
    [100, 'more-than', 'share-impossible'],
  ] as const)('refuses a share quorum of %s per cent (%s)', (percent, comparison, code) => {
    expect(validateDecisionRules(rules({ quorum: { kind: 'share', percent, comparison } }), { votingMembers: 5 })).toEqual([
      { field: 'quorum', code },
    ]);
  });

  it.each([49.99, 100.01, Number.NaN, -1])('refuses a qualified-majority threshold of %s per cent', (threshold) => {
    expect(validateDecisionRules(rules({ method: 'qualified-majority', threshold }), { votingMembers: 5 })).toEqual([
      { field: 'threshold', code: 'threshold-out-of-range' },
    ]);
  });

  it.each([50, 66.67, 100])('accepts a qualified-majority threshold of %s per cent', (threshold) => {
    expect(validateDecisionRules(rules({ method: 'qualified-majority', threshold }), { votingMembers: 5 })).toEqual([]);
  });

  it('ignores the threshold when the method is not a qualified majority', () => {
    expect(validateDecisionRules(rules({ method: 'consensus', threshold: 20 }), { votingMembers: 5 })).toEqual([]);
  });

  it('needs someone to vote, and not an organisation twice (itself and its delegate)', () => {
    expect(validateDecisionRules(rules({ whoMayVote: [] }), { votingMembers: 5 })).toEqual([{ field: 'whoMayVote', code: 'voters-required' }]);
    expect(validateDecisionRules(rules({ whoMayVote: ['organisations', 'delegates'] }), { votingMembers: 5 })).toEqual([
      { field: 'whoMayVote', code: 'voters-overlap' },
    ]);
    expect(validateDecisionRules(rules({ whoMayVote: ['delegates', 'individuals'] }), { votingMembers: 5 })).toEqual([]);
  });
});
