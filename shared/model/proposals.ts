/**
 * A proposal and its responses. Responses are an append-only log: a seat's later
 * response replaces its earlier one in the tally, and the earlier ones stay as its
 * history. Functions return a new proposal (or a typed error the interface translates);
 * the Yjs layout is kept elsewhere.
 */
import type { DecisionRules } from './decision-rules';
import type { Electorate } from './electorate';
import { positionInfo, type Position, type ProposalMethod } from './proposal-methods';

export const OUTCOMES = ['adopted', 'not-adopted', 'deferred', 'blocked'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type OutcomeReason =
  | 'no-quorum'
  | 'quorum-overridden'
  | 'blocked'
  | 'more-discussion-needed'
  | 'consensus'
  | 'support-threshold-met'
  | 'support-threshold-not-met'
  | 'no-support'
  | 'no-objection'
  | 'objections'
  | 'majority-reached'
  | 'majority-not-reached'
  | 'tie'
  | 'no-votes-cast'
  | 'deferred-by-chair';

export interface ProposalResponse {
  /** The seat the response counts for (see electorate.ts). */
  seat: string;
  /** Who answered: the seat itself, or its delegate or alternate. */
  by: string;
  position: Position;
  reason?: string;
  /** The secretary who entered it on `by`'s behalf. */
  recordedBy?: string;
  /** ISO date-time. */
  at: string;
}

export interface ProposalClosure {
  outcome: Outcome;
  reasons: OutcomeReason[];
  /** The chair, co-chair or secretary who confirmed it. */
  by: string;
  at: string;
  rationale?: string;
  /** Confirmed although the quorum was not present: an explicit, recorded override. */
  quorumOverridden: boolean;
  /** Eligible members present and the quorum required, as they were at closing. */
  present: number;
  quorumRequired: number;
}

export interface Proposal {
  id: string;
  title: string;
  method: ProposalMethod;
  /** The rules when the proposal was put: a later change of rules does not alter an open vote. */
  rules: DecisionRules;
  putAt: string;
  responses: readonly ProposalResponse[];
  closure?: ProposalClosure;
}

export type DecisionErrorCode =
  | 'not-eligible'
  | 'proposal-closed'
  | 'invalid-position'
  | 'reason-required'
  | 'not-allowed-to-record'
  | 'not-allowed-to-confirm'
  | 'no-quorum';

export interface DecisionError {
  code: DecisionErrorCode;
}

export type DecisionResult<T> = ({ ok: true } & T) | { ok: false; error: DecisionError };

export const REASON_MAX = 2000;

export function putProposal(input: { id: string; title: string; method: ProposalMethod; rules: DecisionRules; at: string }): Proposal {
  return { id: input.id, title: input.title.trim(), method: input.method, rules: input.rules, putAt: input.at, responses: [] };
}

export interface ResponseInput {
  /** The member answering (a seat, or its delegate or alternate). */
  by: string;
  position: string;
  reason?: string;
  /** Set when the secretary enters the response for `by`. */
  recordedBy?: string;
  at: string;
}

/**
 * Adds a response. A seat answering again replaces its previous response (returned
 * as `replaced`) and keeps it in the history.
 */
export function respond(
  proposal: Proposal,
  electorate: Electorate,
  input: ResponseInput,
): DecisionResult<{ proposal: Proposal; replaced?: ProposalResponse }> {
  if (proposal.closure) return { ok: false, error: { code: 'proposal-closed' } };
  if (input.recordedBy !== undefined && input.recordedBy !== input.by && !electorate.mayRecord(input.recordedBy)) {
    return { ok: false, error: { code: 'not-allowed-to-record' } };
  }
  const seat = electorate.seatOf(input.by);
  if (seat === undefined) return { ok: false, error: { code: 'not-eligible' } };
  const info = positionInfo(proposal.method, input.position);
  if (!info) return { ok: false, error: { code: 'invalid-position' } };
  const reason = input.reason?.trim().slice(0, REASON_MAX);
  if (info.reasonRequired && !reason) return { ok: false, error: { code: 'reason-required' } };
  const response: ProposalResponse = { seat, by: input.by, position: info.position, at: input.at };
  if (reason) response.reason = reason;
  if (input.recordedBy !== undefined && input.recordedBy !== input.by) response.recordedBy = input.recordedBy;
  const replaced = currentResponses(proposal).get(seat);
  return { ok: true, proposal: { ...proposal, responses: [...proposal.responses, response] }, ...(replaced ? { replaced } : {}) };
}

/**
 * Each seat's standing response. The latest by time wins; for equal times the later
 * in the log (responses merged from two computers keep their clocks' order).
 */
export function currentResponses(proposal: Pick<Proposal, 'responses'>): Map<string, ProposalResponse> {
  const current = new Map<string, ProposalResponse>();
  for (const response of proposal.responses) {
    const previous = current.get(response.seat);
    if (!previous || response.at >= previous.at) current.set(response.seat, response);
  }
  return current;
}

/** A seat's responses, oldest first; the last is the one that counts. */
export function responseHistory(proposal: Pick<Proposal, 'responses'>, seat: string): ProposalResponse[] {
  return proposal.responses
    .map((response, index) => ({ response, index }))
    .filter(({ response }) => response.seat === seat)
    .sort((a, b) => (a.response.at < b.response.at ? -1 : a.response.at > b.response.at ? 1 : a.index - b.index))
    .map(({ response }) => response);
}
