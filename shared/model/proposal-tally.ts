/**
 * The live tally of a proposal: how many seats took each position, out of how many
 * eligible, and whether the quorum is present. Recomputed whole after each response
 * (a few hundred seats take well under a millisecond).
 */
import { quorumRequired } from './decision-rules';
import type { Electorate } from './electorate';
import { responseScale, type Position, type Stance } from './proposal-methods';
import { currentResponses, type Proposal } from './proposals';

export interface PositionCount {
  position: Position;
  stance: Stance;
  count: number;
  /** Share of the responses, in percent rounded to hundredths. */
  percent: number;
}

export interface Tally {
  /** Per position, in the scale's order. */
  positions: PositionCount[];
  /** Responses per stance (support, oppose, abstain, defer, block). */
  stances: Record<Stance, number>;
  eligible: number;
  responded: number;
  /**
   * Seats present: those that responded, and those whose member (or delegate or
   * alternate) is in the meeting's attendance.
   */
  present: number;
  quorumRequired: number;
  quorumPresent: boolean;
}

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 10_000) / whole) / 100);

export function tallyProposal(proposal: Proposal, electorate: Electorate, attendance: readonly string[] = []): Tally {
  const seats = new Set(electorate.seats);
  const counts = new Map<Position, number>();
  const present = new Set<string>();
  // A response from a seat that has since lost its vote (left, or the register changed) no longer counts.
  for (const response of currentResponses(proposal).values()) {
    if (!seats.has(response.seat)) continue;
    present.add(response.seat);
    counts.set(response.position, (counts.get(response.position) ?? 0) + 1);
  }
  const responded = present.size;
  for (const memberId of attendance) {
    const seat = electorate.seatOf(memberId);
    if (seat !== undefined) present.add(seat);
  }
  const stances: Record<Stance, number> = { support: 0, oppose: 0, abstain: 0, defer: 0, block: 0 };
  const positions = responseScale(proposal.method).map(({ position, stance }) => {
    const count = counts.get(position) ?? 0;
    stances[stance] += count;
    return { position, stance, count, percent: percentOf(count, responded) };
  });
  const required = quorumRequired(proposal.rules.quorum, seats.size);
  return {
    positions,
    stances,
    eligible: seats.size,
    responded,
    present: present.size,
    quorumRequired: required,
    quorumPresent: present.size >= required,
  };
}
