import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { remapWorkspace, type RemappablePart } from '../../../shared/files/remap-workspace';
import { addDocumentEntry, listDocumentEntries, readProfile, writeProfile } from '../../../shared/sync/workspace-doc';
import { markAmendment, readLifecycle } from '../../../shared/sync/document-lifecycle';
import { addAgendaItem, createMeeting, linkAgendaItem, readMeeting, setMinutesDocument } from '../../../shared/sync/meetings-doc';
import { putProposalIn, readProposal } from '../../../shared/sync/proposals-doc';
import { writeOpenCommentCount, readOpenCommentCounts } from '../../../shared/sync/document-comments';
import { appendDecision, listDecisions, verifyDecisionLog } from '../../../shared/sync/decision-log';
import { addMember, newPeopleDoc, peopleDocId } from '../../../shared/sync/people-doc';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { addInviteRecord, listInviteRecords } from '../../../shared/sync/invites-doc';
import { DEFAULT_DECISION_RULES } from '../../../shared/model/decision-rules';

const WS = 'ws_old';
const A = 'doc_aaaaaaaa';
const B = 'doc_bbbbbbbb';

async function sample() {
  const ws = new Y.Doc({ guid: WS });
  writeProfile(ws, { name: 'Horizon', purpose: 'p', form: 'network', createdAt: 1 });
  addDocumentEntry(ws, { id: A, title: 'Terms', kind: 'terms-of-reference', createdAt: 1 });
  addDocumentEntry(ws, { id: B, title: 'Terms v2', kind: 'terms-of-reference', createdAt: 2 });
  markAmendment(ws, B, A);
  ws.getMap<Y.Map<unknown>>('documents').get(A)!.set('supersededBy', B);
  const meetingId = createMeeting(ws, { title: 'AGM', startsAt: '2026-11-21T10:00', place: '', link: '' });
  const itemId = addAgendaItem(ws, meetingId, { title: 'Adopt', presenter: '', minutes: 10 })!;
  linkAgendaItem(ws, meetingId, itemId, { kind: 'document', id: A });
  setMinutesDocument(ws, meetingId, B);
  const proposalId = putProposalIn(ws, {
    title: 'Adopt the terms',
    text: '',
    method: 'consent',
    rules: DEFAULT_DECISION_RULES,
    putBy: 'mem_1',
    at: '2026-11-21T10:00:00Z',
    document: { documentId: A, versionId: 'ver_1' },
  });
  writeOpenCommentCount(ws, A, 3);
  await appendDecision(ws, { date: '2026-11-21', title: 'Adopted', text: 't', method: 'consensus', tally: {}, outcome: 'adopted', rationale: '' }, 'mem_1');

  const people = newPeopleDoc(WS);
  addMember(people, 'mem_1', { kind: 'person', name: 'Amina', role: 'member', contacts: {} } as never);
  const docA = newDocumentDoc(A);
  docA.getText('t').insert(0, 'content of A');
  const parts: RemappablePart[] = [
    { docId: WS, kind: 'workspace', update: Y.encodeStateAsUpdate(ws) },
    { docId: peopleDocId(WS), kind: 'people', update: Y.encodeStateAsUpdate(people) },
    { docId: A, kind: 'document', update: Y.encodeStateAsUpdate(docA) },
    { docId: B, kind: 'document', update: Y.encodeStateAsUpdate(newDocumentDoc(B)) },
  ];
  return { content: { workspaceId: WS, name: 'Horizon', savedAt: 'x', parts }, meetingId, itemId, proposalId };
}

function counter() {
  let n = 0;
  return (prefix: 'ws' | 'doc') => `${prefix}_new${++n}`;
}

describe('remapWorkspace', () => {
  it('gives the copy fresh ids and rewrites every document reference', async () => {
    const { content, meetingId, proposalId } = await sample();
    const before = content.parts.map((part) => part.update.slice());
    const { content: copy, documentIds } = remapWorkspace(content, { newId: counter(), name: 'Horizon (restored)' });

    const newA = documentIds.get(A)!;
    const newB = documentIds.get(B)!;
    expect(copy.workspaceId).toMatch(/^ws_new/);
    expect(new Set([copy.workspaceId, newA, newB]).size).toBe(3);
    expect(copy.savedAt).toBe('x'); // other fields kept
    expect(copy.parts.map((part) => part.docId).sort()).toEqual([copy.workspaceId, peopleDocId(copy.workspaceId), newA, newB].sort());

    const ws = new Y.Doc();
    Y.applyUpdate(ws, copy.parts.find((part) => part.kind === 'workspace')!.update);
    expect(readProfile(ws)?.name).toBe('Horizon (restored)');
    expect(listDocumentEntries(ws).map((entry) => [entry.id, entry.title])).toEqual([
      [newA, 'Terms'],
      [newB, 'Terms v2'],
    ]);
    expect(readLifecycle(ws, newB).amendmentOf).toBe(newA);
    expect(readLifecycle(ws, newA).supersededBy).toBe(newB);
    const meeting = readMeeting(ws, meetingId)!;
    expect(meeting.minutesDocumentId).toBe(newB);
    expect(meeting.agenda[0]!.links).toEqual([{ kind: 'document', id: newA }]);
    expect(readProposal(ws, proposalId)?.document).toEqual({ documentId: newA, versionId: 'ver_1' });
    expect([...readOpenCommentCounts(ws)]).toEqual([[newA, 3]]);
    // The decision log is untouched, so it still verifies.
    expect(listDecisions(ws)).toHaveLength(1);
    expect((await verifyDecisionLog(ws)).ok).toBe(true);

    // Contents and the register are copied as they are.
    const docA = new Y.Doc();
    Y.applyUpdate(docA, copy.parts.find((part) => part.docId === newA)!.update);
    expect(docA.getText('t').toString()).toBe('content of A');
    const people = new Y.Doc();
    Y.applyUpdate(people, copy.parts.find((part) => part.kind === 'people')!.update);
    expect([...people.getMap('members').keys()]).toEqual(['mem_1']);

    // The input is unchanged.
    expect(content.workspaceId).toBe(WS);
    content.parts.forEach((part, index) => expect(part.update).toEqual(before[index]));
  });

  it('keeps other values, and unknown root types, as they are', async () => {
    const { content } = await sample();
    const ws = new Y.Doc();
    Y.applyUpdate(ws, content.parts[0]!.update);
    ws.getArray<string>('future').insert(0, [A, 'plain']);
    ws.getMap('profile').set('note', 'not an id: doc_aaaaaaaa!');
    const parts = [{ ...content.parts[0]!, update: Y.encodeStateAsUpdate(ws) }, ...content.parts.slice(1)];
    const { content: copy } = remapWorkspace({ ...content, parts }, { newId: counter(), name: 'n' });
    const out = new Y.Doc();
    Y.applyUpdate(out, copy.parts[0]!.update);
    expect(out.getMap('profile').get('note')).toBe('not an id: doc_aaaaaaaa!');
    expect(out.getArray('future').toArray()).toEqual([A, 'plain']);
  });

  it('drops the original’s invites: the copy is shared with nobody', async () => {
    const { content } = await sample();
    const ws = new Y.Doc();
    Y.applyUpdate(ws, content.parts[0]!.update);
    addInviteRecord(ws, { id: 'inv_1', label: 'Bruno', access: 'edit', tokenHash: 'a'.repeat(64), createdAt: 1, revokedAt: null });
    const parts = [{ ...content.parts[0]!, update: Y.encodeStateAsUpdate(ws) }, ...content.parts.slice(1)];
    expect(listInviteRecords(ws)).toHaveLength(1);
    const { content: copy } = remapWorkspace({ ...content, parts }, { newId: counter(), name: 'n' });
    const out = new Y.Doc();
    Y.applyUpdate(out, copy.parts[0]!.update);
    expect(listInviteRecords(out)).toEqual([]);
    expect(await verifyDecisionLog(out)).toMatchObject({ ok: true });
  });

  it('refuses content without a workspace part', () => {
    expect(() => remapWorkspace({ workspaceId: WS, name: 'n', parts: [] }, { newId: counter(), name: 'n' })).toThrow();
  });
});
