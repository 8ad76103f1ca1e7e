/**
 * A proposal stored in the workspace's Y.Doc, from putting it to the log entry it becomes:
 * responses from two computers merge, refusals are typed, closing writes a verified log entry
 * and can adopt the linked document; anything unreadable in the stored data is skipped.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { answerProposal, closeProposal } from '../../../renderer/features/decisions/decision-actions';
import { listDecisions, sameProposalRecords, verifyDecisionLog } from '../../../shared/sync/decision-log';
import { addDocumentEntry } from '../../../shared/sync/workspace-doc';
import { readLifecycle } from '../../../shared/sync/document-lifecycle';
import { listProposals, proposalsMap, putProposalIn, readProposal, validateProposal } from '../../../shared/sync/proposals-doc';
import { electorate, organisations, rules } from './fixtures';

const MEMBERS = organisations(3);
const VOTERS = electorate(MEMBERS);

function workspace(): Y.Doc {
  return new Y.Doc();
}

function put(doc: Y.Doc, patch: Partial<Parameters<typeof putProposalIn>[1]> = {}): string {
  return putProposalIn(doc, {
    title: '  Adopt the Terms of Reference  ',
    text: 'As in version 3.',
    method: 'gradients',
    rules: rules(),
    putBy: 'chair',
    at: '2025-06-01T09:00:00.000Z',
    ...patch,
  });
}

const at = (minute: number) => `2025-06-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('proposals in the workspace doc', () => {
  it('round-trips what was put, trimmed, with the rules it was put under', () => {
    const doc = workspace();
    const id = put(doc, { meetingId: 'mtg_1', agendaItemId: 'itm_1', document: { documentId: 'doc_1', versionId: 'ver_1' } });
    expect(readProposal(doc, id)).toMatchObject({
      id,
      title: 'Adopt the Terms of Reference',
      text: 'As in version 3.',
      method: 'gradients',
      rules: rules(),
      putBy: 'chair',
      meetingId: 'mtg_1',
      agendaItemId: 'itm_1',
      document: { documentId: 'doc_1', versionId: 'ver_1' },
      responses: [],
    });
  });

  it.each([
    [{ title: ' ', text: '', rules: rules() }, ['title-required']],
    [{ title: 'x'.repeat(201), text: '', rules: rules() }, ['title-too-long']],
    [{ title: 'ok', text: 'x'.repeat(20_001), rules: rules({ whoMayVote: [] }) }, ['text-too-long', 'who-may-respond-required']],
    [{ title: 'ok', text: '', rules: rules() }, []],
  ])('validates %#', (input, problems) => {
    expect(validateProposal(input)).toEqual(problems);
  });

  it('keeps responses given on two computers at once, and a later answer replaces an earlier one in the tally only', () => {
    const a = workspace();
    const id = put(a);
    const b = workspace();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(answerProposal(a, id, VOTERS, { by: 'o1', position: 'endorse', at: at(1) }).ok).toBe(true);
    expect(answerProposal(b, id, VOTERS, { by: 'o2', position: 'abstain', at: at(1) }).ok).toBe(true);
    const again = answerProposal(b, id, VOTERS, { by: 'o2', position: 'support-with-reservations', reason: 'fine', at: at(2) });
    expect(again).toMatchObject({ ok: true, replaced: { position: 'abstain' } });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const onA = readProposal(a, id)!;
    expect(onA.responses).toHaveLength(3);
    expect(readProposal(b, id)!.responses).toEqual(onA.responses);
  });

  it.each([
    ['a member without a vote', { by: 'chair', position: 'endorse' }, 'not-eligible'],
    ['a position not on the scale', { by: 'o1', position: 'for' }, 'invalid-position'],
    ['a block without a reason', { by: 'o1', position: 'block' }, 'reason-required'],
    ['someone other than the secretary recording', { by: 'o1', position: 'endorse', recordedBy: 'o2' }, 'not-allowed-to-record'],
  ])('refuses %s, and stores nothing', (_, input, code) => {
    const doc = workspace();
    const id = put(doc);
    expect(answerProposal(doc, id, VOTERS, { ...input, at: at(1) })).toEqual({ ok: false, error: { code } });
    expect(readProposal(doc, id)!.responses).toEqual([]);
  });

  it('records the secretary’s entry on a member’s behalf as "recorded by"', () => {
    const doc = workspace();
    const id = put(doc);
    expect(answerProposal(doc, id, VOTERS, { by: 'o3', position: 'endorse', recordedBy: 'secretary', at: at(1) }).ok).toBe(true);
    expect(readProposal(doc, id)!.responses[0]).toMatchObject({ seat: 'o3', by: 'o3', recordedBy: 'secretary' });
  });

  it('closes into a numbered, verified log entry, adopts the linked document, and then refuses answers', async () => {
    const doc = workspace();
    addDocumentEntry(doc, { id: 'doc_tor', title: 'Terms of Reference', kind: 'terms-of-reference', createdAt: 1 });
    const id = put(doc, { document: { documentId: 'doc_tor' }, meetingId: 'mtg_1' });
    for (const [index, position] of (['endorse', 'agree-minor-contention', 'dislike-but-support'] as const).entries()) {
      expect(answerProposal(doc, id, VOTERS, { by: `o${index + 1}`, position, at: at(index + 1) }).ok).toBe(true);
    }
    const closed = await closeProposal(doc, id, VOTERS, { by: 'chair', at: at(30), rationale: 'Everyone can live with it.', adoptDocument: { name: 'Chair' } });
    expect(closed.ok).toBe(true);
    const [entry] = listDecisions(doc);
    expect(entry).toMatchObject({
      number: 1,
      recordedBy: 'chair',
      fields: {
        title: 'Adopt the Terms of Reference',
        method: 'gradients',
        outcome: 'adopted',
        meetingId: 'mtg_1',
        rationale: 'Everyone can live with it.',
        tally: { positions: { endorse: 1, 'agree-minor-contention': 1, 'dislike-but-support': 1 }, eligible: 3, responded: 3, present: 3, quorumRequired: 2, quorumOverridden: false },
      },
    });
    expect(readProposal(doc, id)!.closure).toMatchObject({ outcome: 'adopted', reasons: ['consensus'], entryId: entry!.id, by: 'chair' });
    expect(readLifecycle(doc, 'doc_tor')).toMatchObject({ status: 'adopted', adoptionEntryId: entry!.id, adoptedOn: '2025-06-01' });
    expect(await verifyDecisionLog(doc)).toEqual({ ok: true, count: 1 });
    expect(answerProposal(doc, id, VOTERS, { by: 'o1', position: 'block', reason: 'late', at: at(31) })).toEqual({ ok: false, error: { code: 'proposal-closed' } });
    expect(await closeProposal(doc, id, VOTERS, { by: 'chair', at: at(32) })).toEqual({ ok: false, error: { code: 'proposal-closed' } });
  });

  it('keeps both entries when two computers confirm the same proposal offline, and says they record the same proposal', async () => {
    const first = workspace();
    const id = put(first);
    for (const [index, position] of (['endorse', 'endorse', 'agree-with-reservations'] as const).entries()) {
      answerProposal(first, id, VOTERS, { by: `o${index + 1}`, position, at: at(index + 1) });
    }
    const second = workspace();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    // The chair on one computer, the secretary on another, neither seeing the other's confirmation.
    expect((await closeProposal(first, id, VOTERS, { by: 'chair', at: at(30) })).ok).toBe(true);
    expect((await closeProposal(second, id, VOTERS, { by: 'secretary', at: at(31), rationale: 'As agreed.' })).ok).toBe(true);
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    const entries = listDecisions(first);
    expect(entries.map((entry) => [entry.number, entry.recordedBy, entry.fields.proposalId])).toEqual([
      [1, 'chair', id],
      [2, 'secretary', id],
    ]);
    expect(listDecisions(second)).toEqual(entries);
    const twins = sameProposalRecords(entries);
    expect(twins.get(entries[0]!.id)!.map((entry) => entry.number)).toEqual([2]);
    expect(twins.get(entries[1]!.id)!.map((entry) => entry.number)).toEqual([1]);
    expect(await verifyDecisionLog(first)).toEqual({ ok: true, count: 2 });
    // The proposal keeps one closure, linked to one of the two entries.
    expect(entries.map((entry) => entry.id)).toContain(readProposal(first, id)!.closure!.entryId);
  });

  it('refuses to confirm a proposal an entry already records, even before its closure arrived', async () => {
    const doc = workspace();
    const id = put(doc);
    answerProposal(doc, id, VOTERS, { by: 'o1', position: 'endorse', at: at(1) });
    answerProposal(doc, id, VOTERS, { by: 'o2', position: 'endorse', at: at(2) });
    expect((await closeProposal(doc, id, VOTERS, { by: 'chair', at: at(3) })).ok).toBe(true);
    (proposalsMap(doc).get(id) as Y.Map<unknown>).delete('closure');
    expect(readProposal(doc, id)!.closure).toBeUndefined();
    expect(await closeProposal(doc, id, VOTERS, { by: 'chair', at: at(4) })).toEqual({ ok: false, error: { code: 'proposal-closed' } });
    expect(listDecisions(doc)).toHaveLength(1);
  });

  it('refuses a decision without quorum unless overridden, and records the override', async () => {
    const doc = workspace();
    const id = put(doc);
    answerProposal(doc, id, VOTERS, { by: 'o1', position: 'endorse', at: at(1) });
    expect(await closeProposal(doc, id, VOTERS, { by: 'o1', at: at(2) })).toEqual({ ok: false, error: { code: 'not-allowed-to-confirm' } });
    expect(await closeProposal(doc, id, VOTERS, { by: 'chair', at: at(2) })).toEqual({ ok: false, error: { code: 'no-quorum' } });
    expect(listDecisions(doc)).toEqual([]);
    expect((await closeProposal(doc, id, VOTERS, { by: 'chair', at: at(3), overrideQuorum: true })).ok).toBe(true);
    expect(readProposal(doc, id)!.closure).toMatchObject({ outcome: 'adopted', quorumOverridden: true, reasons: ['quorum-overridden', 'consensus'] });
    expect(listDecisions(doc)[0]!.fields.tally).toMatchObject({ quorumOverridden: true, present: 1, quorumRequired: 2 });
  });

  it('counts meeting attendance towards the quorum', async () => {
    const doc = workspace();
    const id = put(doc);
    answerProposal(doc, id, VOTERS, { by: 'o1', position: 'endorse', at: at(1) });
    const closed = await closeProposal(doc, id, VOTERS, { by: 'secretary', at: at(2), attendance: ['o2'] });
    expect(closed.ok).toBe(true);
    expect(readProposal(doc, id)!.closure).toMatchObject({ present: 2, quorumRequired: 2, quorumOverridden: false });
  });

  it('skips what cannot be read and reads damaged fields as defaults', () => {
    const doc = workspace();
    const good = put(doc);
    const map = proposalsMap(doc);
    map.set('not-a-map', 'text');
    const noMethod = new Y.Map<unknown>();
    noMethod.set('title', 'No method');
    noMethod.set('putAt', at(1));
    map.set('no-method', noMethod);
    const damaged = new Y.Map<unknown>();
    damaged.set('title', 'Damaged');
    damaged.set('method', 'consent');
    damaged.set('putAt', at(2));
    damaged.set('rules', { threshold: 'high', quorum: { kind: 'count', count: -3 }, whoMayVote: ['aliens', 'individuals'] });
    const responses = new Y.Array<unknown>();
    responses.push([{ seat: 'o1', by: 'o1', position: 'endorse', at: at(3) }, { seat: 'o2', by: 'o2', position: 'objection', at: at(3), reason: 'no' }, 42]);
    damaged.set('responses', responses);
    damaged.set('closure', { outcome: 'exploded' });
    map.set('damaged', damaged);
    const listed = listProposals(doc);
    expect(listed.map((proposal) => proposal.id).sort()).toEqual(['damaged', good].sort());
    const read = readProposal(doc, 'damaged')!;
    expect(read.rules).toMatchObject({ threshold: 66.67, quorum: rules().quorum, whoMayVote: ['individuals'] });
    // "endorse" is not a consent position: only the objection is kept; an unknown outcome is no closure.
    expect(read.responses).toEqual([{ seat: 'o2', by: 'o2', position: 'objection', at: at(3), reason: 'no' }]);
    expect(read.closure).toBeUndefined();
  });
});
