/**
 * The outcome of a proposal, computed from its responses and the rules it was put
 * under, and its confirmation by the chair, a co-chair or the secretary.
 *
 * Common to every method: without the quorum present no decision is taken (deferred,
 * 'no-quorum'); confirming anything else then needs an explicit, recorded override.
 *
 * Consensus scales (Gradients of Agreement, Level of Commitment):
 * 1. a block stops the proposal ('blocked') when the rules say a block stops a
 *    consensus; otherwise it weighs as opposition;
 * 2. "more discussion needed" from anyone defers it: the group is not ready;
 * 3. consensus ('adopted') when nobody opposes and someone supports;
 * 4. otherwise the support must reach the workspace's qualified-majority threshold
 *    of those who took a side (Kaner leaves the level of support enough to adopt to
 *    the group; the threshold is where the workspace has said it).
 *    Abstentions take no side.
 * Consent: adopted unless someone objects (silence is consent, so present members who
 * did not respond object to nothing); any objection: not adopted, to be amended.
 * Majority votes: abstentions are not votes cast (the common rule of assemblies);
 * a simple majority needs more than half of the votes cast, so a tie fails ('tie');
 * a qualified majority needs the threshold share of the votes cast (read as people
 * read it, 2 of 3 is 66.67 %); no votes cast: not adopted.
 */
import { majorityReached } from './decision-rules';
import type { Electorate } from './electorate';
import { scaleNameOf } from './proposal-methods';
import type { DecisionResult, Outcome, OutcomeReason, Proposal } from './proposals';
import { tallyProposal, type Tally } from './proposal-tally';

export interface OutcomeResult {
  outcome: Outcome;
  reasons: OutcomeReason[];
  tally: Tally;
}

function consensusOutcome(tally: Tally, proposal: Proposal): { outcome: Outcome; reasons: OutcomeReason[] } {
  const { support, oppose, defer, block } = tally.stances;
  if (block > 0 && proposal.rules.blockStopsConsensus) return { outcome: 'blocked', reasons: ['blocked'] };
  if (defer > 0) return { outcome: 'deferred', reasons: ['more-discussion-needed'] };
  const opposition = oppose + block;
  if (support === 0) return { outcome: 'not-adopted', reasons: ['no-support'] };
  if (opposition === 0) return { outcome: 'adopted', reasons: ['consensus'] };
  return majorityReached({ method: 'qualified-majority', threshold: proposal.rules.threshold }, support, support + opposition)
    ? { outcome: 'adopted', reasons: ['support-threshold-met'] }
    : { outcome: 'not-adopted', reasons: ['support-threshold-not-met'] };
}

function majorityOutcome(tally: Tally, proposal: Proposal): { outcome: Outcome; reasons: OutcomeReason[] } {
  const { support, oppose } = tally.stances;
  const cast = support + oppose;
  if (cast === 0) return { outcome: 'not-adopted', reasons: ['no-votes-cast'] };
  if (majorityReached({ method: proposal.method === 'qualified-majority' ? 'qualified-majority' : 'simple-majority', threshold: proposal.rules.threshold }, support, cast)) {
    return { outcome: 'adopted', reasons: ['majority-reached'] };
  }
  return { outcome: 'not-adopted', reasons: support === oppose ? ['majority-not-reached', 'tie'] : ['majority-not-reached'] };
}

function methodOutcome(tally: Tally, proposal: Proposal): { outcome: Outcome; reasons: OutcomeReason[] } {
  switch (scaleNameOf(proposal.method)) {
    case 'gradients':
    case 'commitment':
      return consensusOutcome(tally, proposal);
    case 'consent':
      return tally.stances.oppose > 0 ? { outcome: 'not-adopted', reasons: ['objections'] } : { outcome: 'adopted', reasons: ['no-objection'] };
    case 'majority':
      return majorityOutcome(tally, proposal);
  }
}

export interface OutcomeOptions {
  /** Member ids attending the meeting, counted present (see tallyProposal). */
  attendance?: readonly string[];
  /** Compute the method's outcome as if the quorum were present (an override). */
  overrideQuorum?: boolean;
}

export function computeOutcome(proposal: Proposal, electorate: Electorate, options: OutcomeOptions = {}): OutcomeResult {
  const tally = tallyProposal(proposal, electorate, options.attendance);
  if (!tally.quorumPresent && !options.overrideQuorum) return { outcome: 'deferred', reasons: ['no-quorum'], tally };
  const { outcome, reasons } = methodOutcome(tally, proposal);
  return { outcome, reasons: tally.quorumPresent ? reasons : ['quorum-overridden', ...reasons], tally };
}

export interface ConfirmInput {
  by: string;
  at: string;
  rationale?: string;
  attendance?: readonly string[];
  /** Confirm a decision although the quorum is not present; recorded with the outcome. */
  overrideQuorum?: boolean;
  /** The chair defers the proposal whatever the responses (always allowed, also without quorum). */
  defer?: boolean;
}

/**
 * Closes the proposal with its computed outcome. Without quorum the only outcome that
 * may be confirmed without an override is a deferral ("no quorum, deferred").
 */
export function confirmOutcome(proposal: Proposal, electorate: Electorate, input: ConfirmInput): DecisionResult<{ proposal: Proposal }> {
  if (proposal.closure) return { ok: false, error: { code: 'proposal-closed' } };
  if (!electorate.mayConfirm(input.by)) return { ok: false, error: { code: 'not-allowed-to-confirm' } };
  const computed = computeOutcome(proposal, electorate, { attendance: input.attendance });
  const { tally } = computed;
  let outcome = computed.outcome;
  let reasons = computed.reasons;
  let quorumOverridden = false;
  if (input.defer) {
    outcome = 'deferred';
    reasons = tally.quorumPresent ? ['deferred-by-chair'] : ['no-quorum', 'deferred-by-chair'];
  } else if (!tally.quorumPresent) {
    if (!input.overrideQuorum) return { ok: false, error: { code: 'no-quorum' } };
    ({ outcome, reasons } = computeOutcome(proposal, electorate, { attendance: input.attendance, overrideQuorum: true }));
    quorumOverridden = true;
  }
  const rationale = input.rationale?.trim();
  return {
    ok: true,
    proposal: {
      ...proposal,
      closure: {
        outcome,
        reasons,
        by: input.by,
        at: input.at,
        ...(rationale ? { rationale } : {}),
        quorumOverridden,
        present: tally.present,
        quorumRequired: tally.quorumRequired,
      },
    },
  };
}
