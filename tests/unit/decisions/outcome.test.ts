import { describe, expect, it } from 'vitest';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import type { Position, ProposalMethod } from '../../../shared/model/proposal-methods';
import { computeOutcome, confirmOutcome } from '../../../shared/model/proposal-outcome';
import { tallyProposal } from '../../../shared/model/proposal-tally';
import type { Outcome, OutcomeReason } from '../../../shared/model/proposals';
import { answered, electorate, member, organisations } from './fixtures';

// Five voting organisations; the default quorum is more than 50 %, so 3 must be present.
const FIVE = electorate(organisations(5));

type Row = [string, ProposalMethod, Position[], Partial<DecisionRules>, Outcome, OutcomeReason[]];

const ROWS: Row[] = [
  // Gradients of Agreement
  ['gradients: everyone supports in some degree', 'gradients', ['endorse', 'agree-minor-contention', 'support-with-reservations'], {}, 'adopted', ['consensus']],
  ['gradients: "don\'t like but will support" does not hold up the group', 'gradients', ['dislike-but-support', 'dislike-but-support', 'endorse'], {}, 'adopted', ['consensus']],
  ['gradients: abstentions take no side', 'gradients', ['abstain', 'abstain', 'endorse'], {}, 'adopted', ['consensus']],
  ['gradients: only abstentions', 'gradients', ['abstain', 'abstain', 'abstain'], {}, 'not-adopted', ['no-support']],
  ['gradients: one block stops the consensus', 'gradients', ['endorse', 'endorse', 'endorse', 'endorse', 'block'], {}, 'blocked', ['blocked']],
  ['gradients: a block outranks "more discussion"', 'gradients', ['more-discussion', 'block', 'endorse'], {}, 'blocked', ['blocked']],
  [
    'gradients: a block that does not stop consensus weighs as opposition (4 of 5 ≥ 66.67 %)',
    'gradients',
    ['endorse', 'endorse', 'endorse', 'endorse', 'block'],
    { blockStopsConsensus: false },
    'adopted',
    ['support-threshold-met'],
  ],
  ['gradients: 2 of 3 reads as 66.67 % and meets the threshold', 'gradients', ['endorse', 'endorse', 'block'], { blockStopsConsensus: false }, 'adopted', ['support-threshold-met']],
  ['gradients: serious disagreement below the threshold', 'gradients', ['endorse', 'serious-disagreement', 'serious-disagreement'], {}, 'not-adopted', ['support-threshold-not-met']],
  ['gradients: a tie fails a 66.67 % threshold', 'gradients', ['endorse', 'endorse', 'serious-disagreement', 'serious-disagreement'], {}, 'not-adopted', ['support-threshold-not-met']],
  ['gradients: a tie meets an "at least 50 %" threshold', 'gradients', ['endorse', 'endorse', 'serious-disagreement', 'serious-disagreement'], { threshold: 50 }, 'adopted', ['support-threshold-met']],
  ['gradients: "more discussion needed" defers', 'gradients', ['endorse', 'more-discussion', 'endorse'], {}, 'deferred', ['more-discussion-needed']],
  ['gradients: without quorum', 'gradients', ['endorse', 'endorse'], {}, 'deferred', ['no-quorum']],
  // Level of Commitment
  ['commitment: all committed in some degree', 'commitment', ['champion', 'support', 'reservations'], {}, 'adopted', ['consensus']],
  ['commitment: 3 of 4 meets 66.67 %', 'commitment', ['champion', 'active-support', 'support', 'cannot-support'], {}, 'adopted', ['support-threshold-met']],
  ['commitment: mostly unable to support', 'commitment', ['champion', 'cannot-support', 'cannot-support'], {}, 'not-adopted', ['support-threshold-not-met']],
  ['commitment: nobody supports', 'commitment', ['cannot-support', 'cannot-support', 'cannot-support'], {}, 'not-adopted', ['no-support']],
  ['commitment: without quorum', 'commitment', ['champion'], {}, 'deferred', ['no-quorum']],
  // Consent
  ['consent: no objection', 'consent', ['no-objection', 'no-objection', 'no-objection'], {}, 'adopted', ['no-objection']],
  ['consent: one objection among five', 'consent', ['no-objection', 'no-objection', 'no-objection', 'no-objection', 'objection'], {}, 'not-adopted', ['objections']],
  ['consent: without quorum', 'consent', ['no-objection', 'no-objection'], {}, 'deferred', ['no-quorum']],
  // Simple majority: abstentions are not votes cast
  ['simple majority: 2 for, 1 against', 'simple-majority', ['for', 'for', 'against'], {}, 'adopted', ['majority-reached']],
  ['simple majority: 1 for, 2 against', 'simple-majority', ['for', 'against', 'against'], {}, 'not-adopted', ['majority-not-reached']],
  ['simple majority: a tie fails', 'simple-majority', ['for', 'for', 'against', 'against'], {}, 'not-adopted', ['majority-not-reached', 'tie']],
  ['simple majority: a tie with abstentions fails', 'simple-majority', ['for', 'against', 'abstain', 'abstain'], {}, 'not-adopted', ['majority-not-reached', 'tie']],
  ['simple majority: abstentions do not count against', 'simple-majority', ['for', 'abstain', 'abstain'], {}, 'adopted', ['majority-reached']],
  ['simple majority: only abstentions', 'simple-majority', ['abstain', 'abstain', 'abstain'], {}, 'not-adopted', ['no-votes-cast']],
  ['simple majority: without quorum', 'simple-majority', ['for', 'for'], {}, 'deferred', ['no-quorum']],
  // Qualified majority
  ['qualified majority: 2 of 3 meets 66.67 %', 'qualified-majority', ['for', 'for', 'against'], {}, 'adopted', ['majority-reached']],
  ['qualified majority: 3 of 5 misses 66.67 %', 'qualified-majority', ['for', 'for', 'for', 'against', 'against'], {}, 'not-adopted', ['majority-not-reached']],
  ['qualified majority: 3 of 4 meets 75 %', 'qualified-majority', ['for', 'for', 'for', 'against'], { threshold: 75 }, 'adopted', ['majority-reached']],
  ['qualified majority: abstentions are not votes cast (2 of 3)', 'qualified-majority', ['for', 'abstain', 'for', 'against', 'abstain'], {}, 'adopted', ['majority-reached']],
  ['qualified majority: a tie fails 66.67 %', 'qualified-majority', ['for', 'against', 'abstain'], {}, 'not-adopted', ['majority-not-reached', 'tie']],
  ['qualified majority: a tie meets "at least 50 %"', 'qualified-majority', ['for', 'against', 'abstain'], { threshold: 50 }, 'adopted', ['majority-reached']],
  ['qualified majority: only abstentions', 'qualified-majority', ['abstain', 'abstain', 'abstain'], {}, 'not-adopted', ['no-votes-cast']],
];

describe('outcome by method', () => {
  it.each(ROWS)('%s', (_, method, positions, patch, outcome, reasons) => {
    const result = computeOutcome(answered(method, positions, FIVE, patch), FIVE);
    expect({ outcome: result.outcome, reasons: result.reasons }).toEqual({ outcome, reasons });
  });

  it('covers every method', () => {
    expect(new Set(ROWS.map((row) => row[1]))).toEqual(new Set(['gradients', 'commitment', 'consent', 'simple-majority', 'qualified-majority']));
  });
});

describe('quorum', () => {
  it.each<[string, number, DecisionRules['quorum'], number, boolean]>([
    ['count 4 of 10, 3 present', 10, { kind: 'count', count: 4 }, 3, false],
    ['count 4 of 10, 4 present', 10, { kind: 'count', count: 4 }, 4, true],
    ['at least 50 % of 6, 3 present', 6, { kind: 'share', percent: 50, comparison: 'at-least' }, 3, true],
    ['more than 50 % of 6, 3 present', 6, { kind: 'share', percent: 50, comparison: 'more-than' }, 3, false],
    ['more than 50 % of 6, 4 present', 6, { kind: 'share', percent: 50, comparison: 'more-than' }, 4, true],
    ['at least 66.67 % of 3, 2 present', 3, { kind: 'share', percent: 66.67, comparison: 'at-least' }, 2, true],
    ['at least 75 % of 8, 5 present', 8, { kind: 'share', percent: 75, comparison: 'at-least' }, 5, false],
  ])('%s: present %s', (_, seats, quorum, responding, present) => {
    const voters = electorate(organisations(seats));
    const proposal = answered('simple-majority', Array.from({ length: responding }, () => 'for' as const), voters, { quorum });
    const result = computeOutcome(proposal, voters);
    expect(result.tally.quorumPresent).toBe(present);
    expect(result.outcome).toBe(present ? 'adopted' : 'deferred');
  });

  it('counts the attendance (also through a delegate) as present, each seat once', () => {
    const register = [...organisations(5), member('delegate-4', { kind: 'individual', voting: false, representationOf: 'o4', representationRole: 'delegate' })];
    const voters = electorate(register);
    const proposal = answered('consent', ['no-objection', 'no-objection'], voters);
    expect(computeOutcome(proposal, voters).outcome).toBe('deferred');
    const result = computeOutcome(proposal, voters, { attendance: ['o1', 'o2', 'delegate-4', 'secretary', 'chair'] });
    expect(result.tally).toMatchObject({ responded: 2, present: 3, quorumRequired: 3, quorumPresent: true });
    // Silence is consent: the present organisation that said nothing objected to nothing.
    expect(result.outcome).toBe('adopted');
  });

  it('no longer counts a response from a seat that has since lost its vote', () => {
    const register = organisations(5);
    const proposal = answered('simple-majority', ['for', 'against', 'against'], electorate(register));
    const later = electorate(register.map((m) => (m.id === 'o2' ? { ...m, leftOn: '2025-05-01' } : m)));
    const result = computeOutcome(proposal, later);
    expect(result.tally).toMatchObject({ eligible: 4, responded: 2, quorumRequired: 3, quorumPresent: false });
  });
});

describe('tally', () => {
  it('shows the spread over the scale, in its order, with shares of the responses', () => {
    const tally = tallyProposal(answered('simple-majority', ['for', 'for', 'against', 'abstain'], FIVE), FIVE);
    expect(tally.positions).toEqual([
      { position: 'for', stance: 'support', count: 2, percent: 50 },
      { position: 'against', stance: 'oppose', count: 1, percent: 25 },
      { position: 'abstain', stance: 'abstain', count: 1, percent: 25 },
    ]);
    expect(tally).toMatchObject({ eligible: 5, responded: 4, present: 4, quorumRequired: 3, quorumPresent: true });
    expect(tally.stances).toEqual({ support: 2, oppose: 1, abstain: 1, defer: 0, block: 0 });
  });

  it('is empty before anyone answers', () => {
    const tally = tallyProposal(answered('gradients', [], FIVE), FIVE);
    expect(tally.positions.every((p) => p.count === 0 && p.percent === 0)).toBe(true);
    expect(tally).toMatchObject({ responded: 0, present: 0, quorumPresent: false });
  });
});

describe('confirming', () => {
  const T = '2025-06-01T12:00:00Z';
  const short = answered('gradients', ['endorse', 'endorse'], FIVE);

  it('closes with the computed outcome, who confirmed it and the rationale', () => {
    const result = confirmOutcome(answered('gradients', ['endorse', 'endorse', 'block'], FIVE), FIVE, { by: 'secretary', at: T, rationale: ' o3 fears the cost ' });
    expect(result.ok && result.proposal.closure).toEqual({
      outcome: 'blocked',
      reasons: ['blocked'],
      by: 'secretary',
      at: T,
      rationale: 'o3 fears the cost',
      quorumOverridden: false,
      present: 3,
      quorumRequired: 3,
    });
  });

  it('refuses a member who is not chair, co-chair or secretary', () => {
    expect(confirmOutcome(short, FIVE, { by: 'o1', at: T })).toEqual({ ok: false, error: { code: 'not-allowed-to-confirm' } });
  });

  it('refuses an outcome without quorum unless overridden, and records the override', () => {
    expect(confirmOutcome(short, FIVE, { by: 'chair', at: T })).toEqual({ ok: false, error: { code: 'no-quorum' } });
    const result = confirmOutcome(short, FIVE, { by: 'chair', at: T, overrideQuorum: true, rationale: 'urgent' });
    expect(result.ok && result.proposal.closure).toMatchObject({
      outcome: 'adopted',
      reasons: ['quorum-overridden', 'consensus'],
      quorumOverridden: true,
      present: 2,
      quorumRequired: 3,
    });
  });

  it('does not mark an override when the quorum was present anyway', () => {
    const result = confirmOutcome(answered('consent', ['no-objection', 'no-objection', 'no-objection'], FIVE), FIVE, { by: 'chair', at: T, overrideQuorum: true });
    expect(result.ok && result.proposal.closure).toMatchObject({ outcome: 'adopted', reasons: ['no-objection'], quorumOverridden: false });
  });

  it('lets the chair defer, with or without quorum', () => {
    const withoutQuorum = confirmOutcome(short, FIVE, { by: 'chair', at: T, defer: true });
    expect(withoutQuorum.ok && withoutQuorum.proposal.closure).toMatchObject({ outcome: 'deferred', reasons: ['no-quorum', 'deferred-by-chair'], quorumOverridden: false });
    const byChair = confirmOutcome(answered('simple-majority', ['for', 'for', 'for'], FIVE), FIVE, { by: 'chair', at: T, defer: true });
    expect(byChair.ok && byChair.proposal.closure).toMatchObject({ outcome: 'deferred', reasons: ['deferred-by-chair'] });
  });
});
