import { describe, expect, it } from 'vitest';
import { confirmOutcome } from '../../../shared/model/proposal-outcome';
import { tallyProposal } from '../../../shared/model/proposal-tally';
import { currentResponses, putProposal, respond, responseHistory, type Proposal, type ResponseInput } from '../../../shared/model/proposals';
import { electorate, member, organisations, rules } from './fixtures';

const REGISTER = [
  ...organisations(3),
  member('delegate-1', { kind: 'individual', voting: false, representationOf: 'o1', representationRole: 'delegate' }),
  member('alternate-1', { kind: 'individual', voting: false, representationOf: 'o1', representationRole: 'alternate' }),
  member('observer', { role: 'observer', voting: false }),
  member('former', { leftOn: '2025-01-01' }),
];
const VOTERS = electorate(REGISTER);

const fresh = (method: Proposal['method'] = 'gradients') =>
  putProposal({ id: 'p', title: '  Join the coalition ', method, rules: rules(), at: '2025-06-01T09:00:00Z' });

function ok(proposal: Proposal, input: Omit<ResponseInput, 'at'> & { at?: string }): Proposal {
  const result = respond(proposal, VOTERS, { at: '2025-06-01T10:00:00Z', ...input });
  if (!result.ok) throw new Error(result.error.code);
  return result.proposal;
}

describe('responding', () => {
  it('puts a proposal with no responses and a trimmed title', () => {
    expect(fresh()).toMatchObject({ title: 'Join the coalition', responses: [] });
  });

  it.each<[string, Partial<ResponseInput>, string]>([
    ['an observer', { by: 'observer', position: 'endorse' }, 'not-eligible'],
    ['a former member', { by: 'former', position: 'endorse' }, 'not-eligible'],
    ['the secretary, who holds no vote, for herself', { by: 'secretary', position: 'endorse' }, 'not-eligible'],
    ['someone unknown', { by: 'nobody', position: 'endorse' }, 'not-eligible'],
    ['a position of another scale', { by: 'o2', position: 'for' }, 'invalid-position'],
    ['a block without a reason', { by: 'o2', position: 'block', reason: '   ' }, 'reason-required'],
    ['a member recording for another', { by: 'o2', position: 'endorse', recordedBy: 'o3' }, 'not-allowed-to-record'],
    ['the chair recording for another', { by: 'o2', position: 'endorse', recordedBy: 'chair' }, 'not-allowed-to-record'],
  ])('refuses %s', (_, input, code) => {
    const result = respond(fresh(), VOTERS, { by: '', position: '', at: '2025-06-01T10:00:00Z', ...input });
    expect(result).toEqual({ ok: false, error: { code } });
  });

  it('asks a consent objection for its reason', () => {
    const result = respond(fresh('consent'), VOTERS, { by: 'o1', position: 'objection', at: '2025-06-01T10:00:00Z' });
    expect(result).toEqual({ ok: false, error: { code: 'reason-required' } });
  });

  it('counts a delegate and an alternate for their organisation', () => {
    const proposal = ok(ok(fresh(), { by: 'delegate-1', position: 'endorse' }), { by: 'alternate-1', position: 'abstain', at: '2025-06-01T10:05:00Z' });
    expect(proposal.responses.map((r) => [r.seat, r.by])).toEqual([
      ['o1', 'delegate-1'],
      ['o1', 'alternate-1'],
    ]);
    expect(currentResponses(proposal).get('o1')?.position).toBe('abstain');
    expect(tallyProposal(proposal, VOTERS).responded).toBe(1);
  });

  it('replaces a second response by the same member and keeps the first in the history', () => {
    const first = ok(fresh(), { by: 'o2', position: 'serious-disagreement', reason: ' too costly ' });
    const result = respond(first, VOTERS, { by: 'o2', position: 'dislike-but-support', at: '2025-06-01T11:00:00Z' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.replaced).toMatchObject({ position: 'serious-disagreement', reason: 'too costly' });
    expect(currentResponses(result.proposal).get('o2')?.position).toBe('dislike-but-support');
    expect(responseHistory(result.proposal, 'o2').map((r) => r.position)).toEqual(['serious-disagreement', 'dislike-but-support']);
    const tally = tallyProposal(result.proposal, VOTERS);
    expect(tally.responded).toBe(1);
    expect(tally.positions.find((p) => p.position === 'dislike-but-support')?.count).toBe(1);
    expect(tally.positions.find((p) => p.position === 'serious-disagreement')?.count).toBe(0);
  });

  it('keeps the latest by time when responses from two computers merge out of order', () => {
    const later = ok(fresh(), { by: 'o2', position: 'block', reason: 'no', at: '2025-06-01T12:00:00Z' });
    const merged = ok(later, { by: 'o2', position: 'endorse', at: '2025-06-01T11:00:00Z' });
    expect(currentResponses(merged).get('o2')?.position).toBe('block');
    expect(responseHistory(merged, 'o2').map((r) => r.position)).toEqual(['endorse', 'block']);
  });

  it('says a first response replaced nothing', () => {
    const result = respond(fresh(), VOTERS, { by: 'o3', position: 'endorse', at: '2025-06-01T10:00:00Z' });
    expect(result.ok && 'replaced' in result).toBe(false);
  });

  it('records who entered a response on someone\'s behalf', () => {
    const proposal = ok(fresh(), { by: 'o3', position: 'endorse', recordedBy: 'secretary' });
    expect(proposal.responses[0]).toEqual({ seat: 'o3', by: 'o3', position: 'endorse', recordedBy: 'secretary', at: '2025-06-01T10:00:00Z' });
    // Answering oneself is not "recorded by".
    expect(ok(fresh(), { by: 'o3', position: 'endorse', recordedBy: 'o3' }).responses[0]?.recordedBy).toBeUndefined();
  });

  it('refuses answers to a closed proposal', () => {
    const answered = ok(ok(fresh(), { by: 'o1', position: 'endorse' }), { by: 'o2', position: 'endorse' });
    const closed = confirmOutcome(answered, VOTERS, { by: 'chair', at: '2025-06-01T12:00:00Z' });
    expect(closed.ok).toBe(true);
    if (!closed.ok) return;
    expect(respond(closed.proposal, VOTERS, { by: 'o3', position: 'endorse', at: '2025-06-01T12:01:00Z' })).toEqual({
      ok: false,
      error: { code: 'proposal-closed' },
    });
    expect(confirmOutcome(closed.proposal, VOTERS, { by: 'chair', at: '2025-06-01T12:02:00Z' })).toEqual({
      ok: false,
      error: { code: 'proposal-closed' },
    });
  });
});
