import { describe, expect, it } from 'vitest';
import { electorateOf } from '../../../shared/model/electorate';
import type { VoterKind } from '../../../shared/model/decision-rules';
import { TODAY, member } from './fixtures';

const REGISTER = [
  member('org-a'),
  member('org-b'),
  member('former-org', { leftOn: '2025-01-31' }),
  member('observer-org', { role: 'observer', voting: false }),
  member('alice', { kind: 'individual' }),
  member('delegate-a', { kind: 'individual', voting: true, representationOf: 'org-a', representationRole: 'delegate' }),
  member('alternate-a', { kind: 'individual', voting: false, representationOf: 'org-a', representationRole: 'alternate' }),
  member('old-alternate-a', { kind: 'individual', voting: false, representationOf: 'org-a', representationRole: 'alternate', leftOn: '2025-03-01' }),
  member('alternate-b', { kind: 'individual', voting: false, representationOf: 'org-b', representationRole: 'alternate' }),
  member('delegate-former', { kind: 'individual', representationOf: 'former-org', representationRole: 'delegate' }),
  member('sec', { kind: 'individual', role: 'secretary', voting: false }),
  member('co', { kind: 'individual', role: 'co-chair', voting: false }),
  member('old-sec', { kind: 'individual', role: 'secretary', voting: false, leftOn: '2025-02-01' }),
];

const PEOPLE = ['org-a', 'org-b', 'former-org', 'observer-org', 'alice', 'delegate-a', 'alternate-a', 'old-alternate-a', 'alternate-b', 'delegate-former', 'sec'];

describe('electorate', () => {
  it.each<[VoterKind[], string[], Record<string, string>]>([
    [
      ['organisations'],
      ['org-a', 'org-b'],
      // An organisation answers through itself, its delegate or a current alternate.
      { 'org-a': 'org-a', 'org-b': 'org-b', 'delegate-a': 'org-a', 'alternate-a': 'org-a', 'alternate-b': 'org-b' },
    ],
    [['individuals'], ['alice'], { alice: 'alice' }],
    [
      ['delegates'],
      ['delegate-a'],
      // Alternates stand in for their delegate; org-b has no delegate, so its alternate has no seat.
      { 'delegate-a': 'delegate-a', 'alternate-a': 'delegate-a' },
    ],
    [
      ['organisations', 'individuals'],
      ['org-a', 'org-b', 'alice'],
      { 'org-a': 'org-a', 'org-b': 'org-b', alice: 'alice', 'delegate-a': 'org-a', 'alternate-a': 'org-a', 'alternate-b': 'org-b' },
    ],
  ])('who may vote %j: seats %j', (whoMayVote, seats, seatOf) => {
    const voters = electorateOf(REGISTER, whoMayVote, TODAY);
    expect(voters.seats).toEqual(seats);
    const mapped = Object.fromEntries(PEOPLE.map((id) => [id, voters.seatOf(id)]).filter(([, seat]) => seat !== undefined));
    expect(mapped).toEqual(seatOf);
  });

  it('lets a current secretary record, and a chair, co-chair or secretary confirm', () => {
    const voters = electorateOf(REGISTER, ['organisations'], TODAY);
    expect(['sec', 'co', 'old-sec', 'org-a'].map(voters.mayRecord)).toEqual([true, false, false, false]);
    expect(['sec', 'co', 'old-sec', 'org-a'].map(voters.mayConfirm)).toEqual([true, true, false, false]);
  });
});

describe('roles held by an organisation', () => {
  it('are acted in by its current delegate and alternates, not by former ones or other members', () => {
    const register = [
      member('chair-org', { role: 'chair' }),
      member('sec-org', { role: 'secretary' }),
      member('chair-delegate', { kind: 'individual', representationOf: 'chair-org', representationRole: 'delegate' }),
      member('chair-alternate', { kind: 'individual', voting: false, representationOf: 'chair-org', representationRole: 'alternate' }),
      member('chair-old', { kind: 'individual', voting: false, representationOf: 'chair-org', representationRole: 'alternate', leftOn: '2025-01-01' }),
      member('sec-delegate', { kind: 'individual', representationOf: 'sec-org', representationRole: 'delegate' }),
      member('someone', { kind: 'individual' }),
    ];
    const voters = electorateOf(register, ['organisations'], TODAY);
    const people = ['chair-delegate', 'chair-alternate', 'chair-old', 'sec-delegate', 'someone'];
    expect(people.map(voters.mayConfirm)).toEqual([true, true, false, true, false]);
    expect(people.map(voters.mayRecord)).toEqual([false, false, false, true, false]);
  });
});
