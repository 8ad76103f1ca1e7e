import { DEFAULT_DECISION_RULES, type DecisionRules } from '../../../shared/model/decision-rules';
import { electorateOf, type Electorate } from '../../../shared/model/electorate';
import type { Member } from '../../../shared/model/members';
import type { Position, ProposalMethod } from '../../../shared/model/proposal-methods';
import { putProposal, respond, type Proposal } from '../../../shared/model/proposals';

export const TODAY = '2025-06-01';

export function member(id: string, patch: Partial<Member> = {}): Member {
  return { id, kind: 'organisation', name: id, role: 'member', voting: true, contacts: {}, ...patch };
}

export const rules = (patch: Partial<DecisionRules> = {}): DecisionRules => ({ ...DEFAULT_DECISION_RULES, ...patch });

/** `count` voting organisations o1…oN and a secretary and a chair who hold no vote. */
export function organisations(count: number): Member[] {
  const out = Array.from({ length: count }, (_, index) => member(`o${index + 1}`));
  out.push(member('secretary', { kind: 'individual', role: 'secretary', voting: false }));
  out.push(member('chair', { kind: 'individual', role: 'chair', voting: false }));
  return out;
}

export function electorate(members: readonly Member[], patch: Partial<DecisionRules> = {}): Electorate {
  return electorateOf(members, rules(patch).whoMayVote, TODAY);
}

/** A proposal with the given positions answered by o1, o2, … in order; throws on a refused response. */
export function answered(method: ProposalMethod, positions: readonly Position[], voters: Electorate, patch: Partial<DecisionRules> = {}): Proposal {
  let proposal = putProposal({ id: 'p1', title: 'Adopt the budget', method, rules: rules(patch), at: '2025-06-01T10:00:00Z' });
  positions.forEach((position, index) => {
    const result = respond(proposal, voters, {
      by: `o${index + 1}`,
      position,
      reason: 'because',
      at: `2025-06-01T10:${String(index % 60).padStart(2, '0')}:00Z`,
    });
    if (!result.ok) throw new Error(`o${index + 1} ${position}: ${result.error.code}`);
    proposal = result.proposal;
  });
  return proposal;
}
