/**
 * How a workspace decides: the default method, the quorum, who may vote, and
 * whether a block stops a consensus. Meetings and proposals compute quorum and
 * outcomes from these rules; the functions here are the shared arithmetic.
 */
import { isFormer, type Member } from './members';

export const DECISION_METHODS = ['consensus', 'consent', 'simple-majority', 'qualified-majority'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

/** Organisations (one vote each), individual members, or the delegates of member organisations. */
export const VOTER_KINDS = ['organisations', 'individuals', 'delegates'] as const;
export type VoterKind = (typeof VOTER_KINDS)[number];

export const QUORUM_COMPARISONS = ['at-least', 'more-than'] as const;
export type QuorumComparison = (typeof QUORUM_COMPARISONS)[number];

export type Quorum =
  | { kind: 'count'; count: number }
  /** A share of the voting members, e.g. "more than 50 %" or "at least two thirds (66.67 %)". */
  | { kind: 'share'; percent: number; comparison: QuorumComparison };

export interface DecisionRules {
  method: DecisionMethod;
  /** Share of the votes cast needed under a qualified majority, in percent (50–100). */
  threshold: number;
  quorum: Quorum;
  whoMayVote: VoterKind[];
  /** Under consensus, one block stops the decision. */
  blockStopsConsensus: boolean;
}

export const THRESHOLD_MIN = 50;
export const THRESHOLD_MAX = 100;

export const DEFAULT_DECISION_RULES: DecisionRules = {
  method: 'consensus',
  threshold: 66.67,
  quorum: { kind: 'share', percent: 50, comparison: 'more-than' },
  whoMayVote: ['organisations'],
  blockStopsConsensus: true,
};

export function isDecisionMethod(value: unknown): value is DecisionMethod {
  return typeof value === 'string' && (DECISION_METHODS as readonly string[]).includes(value);
}
export function isVoterKind(value: unknown): value is VoterKind {
  return typeof value === 'string' && (VOTER_KINDS as readonly string[]).includes(value);
}
export function isQuorumComparison(value: unknown): value is QuorumComparison {
  return typeof value === 'string' && (QUORUM_COMPARISONS as readonly string[]).includes(value);
}

/** `part` of `whole` in percent, rounded to hundredths as people read it (2 of 3 is 66.67 %). */
function sharePercent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 10_000) / whole) / 100;
}

/**
 * How many voting members must be present for a quorum, out of `votingMembers`:
 * the smallest number whose share (read as people read it, to the hundredth of a
 * percent) meets the rule. So "at least 66.67 %" of 3 is 2, and "more than 50 %" of 6 is 4.
 */
export function quorumRequired(quorum: Quorum, votingMembers: number): number {
  if (quorum.kind === 'count') return quorum.count;
  for (let present = 0; present <= votingMembers; present += 1) {
    const share = sharePercent(present, votingMembers);
    if (quorum.comparison === 'more-than' ? share > quorum.percent : share >= quorum.percent) return present;
  }
  return votingMembers + 1; // cannot be met (validation refuses such a rule)
}

export function hasQuorum(quorum: Quorum, present: number, votingMembers: number): boolean {
  return present >= quorumRequired(quorum, votingMembers);
}

/** Whether `member` holds a vote under `whoMayVote` (current members marked as voting only). */
export function mayVote(member: Member, whoMayVote: readonly VoterKind[], members: readonly Member[], today: string): boolean {
  if (!member.voting || isFormer(member, today)) return false;
  if (member.kind === 'organisation') return whoMayVote.includes('organisations');
  if (member.representationOf === undefined) return whoMayVote.includes('individuals');
  if (!whoMayVote.includes('delegates') || member.representationRole !== 'delegate') return false;
  // A delegate votes for a current member organisation.
  const organisation = members.find((candidate) => candidate.id === member.representationOf);
  return organisation !== undefined && organisation.kind === 'organisation' && !isFormer(organisation, today);
}

export function votingMembers(members: readonly Member[], whoMayVote: readonly VoterKind[], today: string): Member[] {
  return members.filter((member) => mayVote(member, whoMayVote, members, today));
}

/**
 * Whether `inFavour` of `cast` votes meets the rule's majority. The share is
 * rounded to hundredths of a percent first, as people read it: 2 of 3 is 66.67 %
 * and so meets a 66.67 % threshold.
 */
export function majorityReached(rules: Pick<DecisionRules, 'method' | 'threshold'>, inFavour: number, cast: number): boolean {
  if (cast <= 0) return false;
  if (rules.method === 'qualified-majority') return sharePercent(inFavour, cast) >= rules.threshold;
  return inFavour * 2 > cast;
}

export type RulesField = 'method' | 'threshold' | 'quorum' | 'whoMayVote';
export type RulesProblemCode =
  | 'invalid'
  | 'threshold-out-of-range'
  | 'count-not-whole'
  | 'count-too-small'
  | 'above-voting-members'
  | 'percent-out-of-range'
  | 'share-impossible'
  | 'voters-required'
  | 'voters-overlap';

export interface RulesProblem {
  field: RulesField;
  code: RulesProblemCode;
  /** For 'above-voting-members': how many voting members there are. */
  max?: number;
}

/**
 * Everything wrong with `rules`; an empty list means they may be saved. Numbers a
 * person typed arrive as numbers (NaN when not a number). `votingMembers` is how
 * many members hold a vote under these rules: a count quorum above it could never
 * be met. With no voting members yet (a new workspace) that check waits.
 */
export function validateDecisionRules(rules: DecisionRules, context: { votingMembers: number }): RulesProblem[] {
  const problems: RulesProblem[] = [];
  if (!isDecisionMethod(rules.method)) problems.push({ field: 'method', code: 'invalid' });
  if (rules.method === 'qualified-majority') {
    if (!Number.isFinite(rules.threshold) || rules.threshold < THRESHOLD_MIN || rules.threshold > THRESHOLD_MAX) {
      problems.push({ field: 'threshold', code: 'threshold-out-of-range' });
    }
  }
  const { quorum } = rules;
  if (quorum.kind === 'count') {
    if (!Number.isInteger(quorum.count)) problems.push({ field: 'quorum', code: 'count-not-whole' });
    else if (quorum.count < 1) problems.push({ field: 'quorum', code: 'count-too-small' });
    else if (context.votingMembers > 0 && quorum.count > context.votingMembers) {
      problems.push({ field: 'quorum', code: 'above-voting-members', max: context.votingMembers });
    }
  } else if (quorum.kind === 'share') {
    if (!isQuorumComparison(quorum.comparison)) problems.push({ field: 'quorum', code: 'invalid' });
    else if (!Number.isFinite(quorum.percent) || quorum.percent <= 0 || quorum.percent > 100) {
      problems.push({ field: 'quorum', code: 'percent-out-of-range' });
    } else if (quorum.comparison === 'more-than' && quorum.percent === 100) {
      problems.push({ field: 'quorum', code: 'share-impossible' });
    }
  } else {
    problems.push({ field: 'quorum', code: 'invalid' });
  }
  if (rules.whoMayVote.length === 0) problems.push({ field: 'whoMayVote', code: 'voters-required' });
  else if (!rules.whoMayVote.every(isVoterKind)) problems.push({ field: 'whoMayVote', code: 'invalid' });
  // An organisation voting itself and through its delegate would count twice.
  else if (rules.whoMayVote.includes('organisations') && rules.whoMayVote.includes('delegates')) {
    problems.push({ field: 'whoMayVote', code: 'voters-overlap' });
  }
  return problems;
}
