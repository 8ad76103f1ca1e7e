/**
 * Who may respond to a proposal. A *seat* is a member holding a vote under the
 * rules' `whoMayVote` (see `mayVote`): one response per seat. A person answers for
 * at most one seat:
 * - a seat answers for itself;
 * - under 'organisations', an organisation's current delegate or any of its current
 *   alternates answers for the organisation;
 * - under 'delegates', an organisation's current alternates stand in for its
 *   delegate (the seat stays the delegate's, so the organisation is counted once).
 * The secretary may record a response on a seat's behalf (`recordedBy`).
 *
 * Roles: where an organisation holds the chair, a co-chair or the secretariat, its
 * current delegate and alternates act in that role (the person chairs for it).
 */
import { mayVote, type VoterKind } from './decision-rules';
import { isFormer, type Member } from './members';

export interface Electorate {
  /** Member ids of the seats, in register order. */
  seats: readonly string[];
  /** The seat a member answers for, or undefined when they may not respond. */
  seatOf(memberId: string): string | undefined;
  /** Whether the member may record responses on others' behalf (a current secretary). */
  mayRecord(memberId: string): boolean;
  /** Whether the member may confirm an outcome (a current chair, co-chair or secretary). */
  mayConfirm(memberId: string): boolean;
}

const CONFIRMING_ROLES = new Set<Member['role']>(['chair', 'co-chair', 'secretary']);

export function electorateOf(members: readonly Member[], whoMayVote: readonly VoterKind[], today: string): Electorate {
  const byId = new Map(members.map((member) => [member.id, member]));
  // mayVote looks organisations up in the list it is given; give it just the one it needs.
  const holdsVote = (member: Member) => {
    const organisation = member.representationOf === undefined ? undefined : byId.get(member.representationOf);
    return mayVote(member, whoMayVote, organisation ? [organisation] : [], today);
  };
  const seats = members.filter(holdsVote).map((member) => member.id);
  const seatSet = new Set(seats);
  const delegateSeatOf = new Map<string, string>(); // organisation id -> its delegate's seat
  for (const id of seats) {
    const member = byId.get(id);
    if (member?.representationOf !== undefined && member.representationRole === 'delegate') delegateSeatOf.set(member.representationOf, id);
  }
  const seatFor = new Map<string, string>();
  for (const member of members) {
    if (seatSet.has(member.id)) {
      seatFor.set(member.id, member.id);
      continue;
    }
    if (member.representationOf === undefined || isFormer(member, today)) continue;
    const organisation = member.representationOf;
    if (seatSet.has(organisation)) seatFor.set(member.id, organisation);
    else if (member.representationRole === 'alternate' && delegateSeatOf.has(organisation)) {
      seatFor.set(member.id, delegateSeatOf.get(organisation) as string);
    }
  }
  const current = (memberId: string | undefined) => {
    const member = memberId === undefined ? undefined : byId.get(memberId);
    return member !== undefined && !isFormer(member, today) ? member : undefined;
  };
  /** The member's own role and, for a current representative, their organisation's. */
  const rolesOf = (memberId: string): Array<Member['role']> => {
    const member = current(memberId);
    if (!member) return [];
    const organisation = member.representationRole ? current(member.representationOf) : undefined;
    return organisation ? [member.role, organisation.role] : [member.role];
  };
  return {
    seats,
    seatOf: (memberId) => seatFor.get(memberId),
    mayRecord: (memberId) => rolesOf(memberId).includes('secretary'),
    mayConfirm: (memberId) => rolesOf(memberId).some((role) => CONFIRMING_ROLES.has(role)),
  };
}
