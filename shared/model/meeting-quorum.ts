/**
 * A meeting's quorum under the workspace's rules: the voting seats present (a seat
 * counts once, whoever of its people is marked present) against the seats needed.
 */
import { quorumRequired, type DecisionRules } from './decision-rules';
import { electorateOf } from './electorate';
import type { Member } from './members';

export interface MeetingQuorum {
  /** Distinct voting seats present. */
  present: number;
  /** Voting seats in all. */
  seats: number;
  /** Seats needed. */
  required: number;
  reached: boolean;
}

export function meetingQuorum(
  members: readonly Member[],
  rules: Pick<DecisionRules, 'quorum' | 'whoMayVote'>,
  presentIds: readonly string[],
  today: string,
): MeetingQuorum {
  const electorate = electorateOf(members, rules.whoMayVote, today);
  const seats = electorate.seats.length;
  const present = new Set<string>();
  for (const memberId of presentIds) {
    const seat = electorate.seatOf(memberId);
    if (seat !== undefined) present.add(seat);
  }
  const required = quorumRequired(rules.quorum, seats);
  return { present: present.size, seats, required, reached: seats > 0 && present.size >= required };
}
