/**
 * How members answer a proposal: the methods a proposal can be put under and each
 * method's response scale, in the order the interface shows it. Labels live in the
 * renderer's messages; here each position names its message keys (`labelKey`, the
 * position's name, and `hintKey`, what a person means by it).
 */
import type { DecisionMethod } from './decision-rules';

export const PROPOSAL_METHODS = ['gradients', 'commitment', 'consent', 'simple-majority', 'qualified-majority'] as const;
export type ProposalMethod = (typeof PROPOSAL_METHODS)[number];

/**
 * Gradients of Agreement (Sam Kaner, Community at Work), named by the toolkit's
 * collective-leadership section; the eight points in their usual order.
 */
export const GRADIENT_POSITIONS = [
  'endorse', // 1 whole-hearted endorsement: "I really like it"
  'agree-minor-contention', // 2 agreement with a minor point of contention: "basically I like it"
  'support-with-reservations', // 3 support with reservations: "I can live with it"
  'abstain', // 4 abstain: "I have no opinion"
  'more-discussion', // 5 more discussion needed: "I don't understand the issue well enough yet"
  'dislike-but-support', // 6 don't like but will support: "I don't want to hold up the group"
  'serious-disagreement', // 7 serious disagreement: "I'm not on board, don't count on me"
  'block', // 8 veto / block: "I block this proposal"
] as const;

/**
 * Level of Commitment: the toolkit names the tool ("quick feedback … as to how they
 * feel about a particular proposal") without giving its steps; this is the usual
 * five-step scale, from leading the work to not supporting it.
 */
export const COMMITMENT_POSITIONS = [
  'champion', // I will champion it and help lead the work
  'active-support', // I will actively support it
  'support', // I support it, without taking an active part
  'reservations', // I have reservations but will not stand in the way
  'cannot-support', // I cannot support it
] as const;

/**
 * Consent: a proposal passes unless someone raises an objection, which needs a reason.
 * The toolkit describes no stand-aside, so consent has none (Gradients of Agreement's
 * "abstain" covers that wish under consensus).
 */
export const CONSENT_POSITIONS = ['no-objection', 'objection'] as const;

export const MAJORITY_POSITIONS = ['for', 'against', 'abstain'] as const;

export type GradientPosition = (typeof GRADIENT_POSITIONS)[number];
export type CommitmentPosition = (typeof COMMITMENT_POSITIONS)[number];
export type ConsentPosition = (typeof CONSENT_POSITIONS)[number];
export type MajorityPosition = (typeof MAJORITY_POSITIONS)[number];
export type Position = GradientPosition | CommitmentPosition | ConsentPosition | MajorityPosition;

/**
 * What a position weighs in an outcome: for, against, neither, "not ready yet"
 * (defers) or a block (stops a consensus when the rules say so).
 */
export type Stance = 'support' | 'oppose' | 'abstain' | 'defer' | 'block';

export type ScaleName = 'gradients' | 'commitment' | 'consent' | 'majority';

export interface PositionInfo {
  position: Position;
  stance: Stance;
  /** An objection or a block must say why. */
  reasonRequired: boolean;
  labelKey: `decisions.positions.${ScaleName}.${string}.label`;
  hintKey: `decisions.positions.${ScaleName}.${string}.hint`;
}

const GRADIENT_STANCES: Record<GradientPosition, Stance> = {
  endorse: 'support',
  'agree-minor-contention': 'support',
  'support-with-reservations': 'support',
  abstain: 'abstain',
  'more-discussion': 'defer',
  // Does not hold up the group: counted with the support.
  'dislike-but-support': 'support',
  'serious-disagreement': 'oppose',
  block: 'block',
};
const COMMITMENT_STANCES: Record<CommitmentPosition, Stance> = {
  champion: 'support',
  'active-support': 'support',
  support: 'support',
  // "Will not stand in the way", like Gradients' "don't like but will support".
  reservations: 'support',
  'cannot-support': 'oppose',
};
const CONSENT_STANCES: Record<ConsentPosition, Stance> = { 'no-objection': 'support', objection: 'oppose' };
const MAJORITY_STANCES: Record<MajorityPosition, Stance> = { for: 'support', against: 'oppose', abstain: 'abstain' };

function scaleOf<P extends Position>(scale: ScaleName, positions: readonly P[], stances: Record<P, Stance>): readonly PositionInfo[] {
  return positions.map((position) => ({
    position,
    stance: stances[position],
    reasonRequired: stances[position] === 'block' || (scale === 'consent' && stances[position] === 'oppose'),
    labelKey: `decisions.positions.${scale}.${position}.label`,
    hintKey: `decisions.positions.${scale}.${position}.hint`,
  }));
}

const SCALES: Record<ScaleName, readonly PositionInfo[]> = {
  gradients: scaleOf('gradients', GRADIENT_POSITIONS, GRADIENT_STANCES),
  commitment: scaleOf('commitment', COMMITMENT_POSITIONS, COMMITMENT_STANCES),
  consent: scaleOf('consent', CONSENT_POSITIONS, CONSENT_STANCES),
  majority: scaleOf('majority', MAJORITY_POSITIONS, MAJORITY_STANCES),
};

export function scaleNameOf(method: ProposalMethod): ScaleName {
  return method === 'simple-majority' || method === 'qualified-majority' ? 'majority' : method;
}

/** The positions a member may take under `method`, in display order. */
export function responseScale(method: ProposalMethod): readonly PositionInfo[] {
  return SCALES[scaleNameOf(method)];
}

export function positionInfo(method: ProposalMethod, position: string): PositionInfo | undefined {
  return responseScale(method).find((info) => info.position === position);
}

export function isProposalMethod(value: unknown): value is ProposalMethod {
  return typeof value === 'string' && (PROPOSAL_METHODS as readonly string[]).includes(value);
}

/** The method a new proposal starts with, from the workspace's decision rules (consensus is taken with the Gradients). */
export function defaultProposalMethod(method: DecisionMethod): ProposalMethod {
  return method === 'consensus' ? 'gradients' : method;
}
