import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyMerge, isEmptySummary, planMerge } from '../../../shared/files/merge-workspace';
import { checkSameWorkspace, decodeAccordFile, encodeAccordFile, type AccordFileContent } from '../../../shared/files/accord-file';
import { addDocumentEntry, listDocumentEntries, writeProfile } from '../../../shared/sync/workspace-doc';
import { appendDecision, listDecisions } from '../../../shared/sync/decision-log';
import { newPeopleDoc, peopleDocId } from '../../../shared/sync/people-doc';
import { newDocumentDoc } from '../../../shared/sync/document-doc';

const WS = 'ws_merge';
const D1 = 'doc_one';
const D2 = 'doc_two';

/** One computer's copy of the workspace: the workspace doc, the register, and the documents. */
interface Computer {
  workspace: Y.Doc;
  people: Y.Doc;
  documents: Map<string, Y.Doc>;
}

function base(): AccordFileContent {
  const workspace = new Y.Doc({ guid: WS });
  writeProfile(workspace, { name: 'Horizon', purpose: '', form: 'network', createdAt: 1 });
  addDocumentEntry(workspace, { id: D1, title: 'Terms', kind: 'terms-of-reference', createdAt: 1 });
  const people = newPeopleDoc(WS);
  people.getMap('members').set('mem_a', new Y.Map());
  const doc = newDocumentDoc(D1);
  doc.getText('body').insert(0, 'We agree.');
  return {
    workspaceId: WS,
    name: 'Horizon',
    savedAt: '2026-11-21T10:00:00Z',
    appVersion: 'test',
    parts: [
      { docId: WS, kind: 'workspace', update: Y.encodeStateAsUpdate(workspace) },
      { docId: peopleDocId(WS), kind: 'people', update: Y.encodeStateAsUpdate(people) },
      { docId: D1, kind: 'document', update: Y.encodeStateAsUpdate(doc) },
    ],
  };
}

function load(content: AccordFileContent): Computer {
  const computer: Computer = { workspace: new Y.Doc({ guid: WS }), people: newPeopleDoc(WS), documents: new Map() };
  for (const part of content.parts) {
    const target = part.kind === 'workspace' ? computer.workspace : part.kind === 'people' ? computer.people : newDocumentDoc(part.docId);
    if (part.kind === 'document') computer.documents.set(part.docId, target);
    Y.applyUpdate(target, part.update);
  }
  return computer;
}

function contentOf(computer: Computer): AccordFileContent {
  return {
    workspaceId: WS,
    name: 'Horizon',
    savedAt: '2026-11-21T12:00:00Z',
    appVersion: 'test',
    parts: [
      { docId: WS, kind: 'workspace', update: Y.encodeStateAsUpdate(computer.workspace) },
      { docId: peopleDocId(WS), kind: 'people', update: Y.encodeStateAsUpdate(computer.people) },
      ...[...computer.documents].map(([docId, doc]) => ({ docId, kind: 'document' as const, update: Y.encodeStateAsUpdate(doc) })),
    ],
  };
}

/** Online sync: each doc of one computer exchanges its state with the same doc of the other. */
function syncOnline(a: Computer, b: Computer): void {
  const exchange = (x: Y.Doc, y: Y.Doc) => {
    Y.applyUpdate(y, Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)));
    Y.applyUpdate(x, Y.encodeStateAsUpdate(y, Y.encodeStateVector(x)));
  };
  exchange(a.workspace, b.workspace);
  exchange(a.people, b.people);
  for (const id of new Set([...a.documents.keys(), ...b.documents.keys()])) {
    if (!a.documents.has(id)) a.documents.set(id, newDocumentDoc(id));
    if (!b.documents.has(id)) b.documents.set(id, newDocumentDoc(id));
    exchange(a.documents.get(id)!, b.documents.get(id)!);
  }
}

/** What a user sees: every doc's content, and what each doc has seen. */
function snapshot(computer: Computer) {
  return {
    workspace: computer.workspace.getMap('documents').toJSON(),
    profile: computer.workspace.getMap('profile').toJSON(),
    decisions: listDecisions(computer.workspace).map((entry) => entry.hash),
    people: [...computer.people.getMap('members').keys()].sort(),
    documents: Object.fromEntries([...computer.documents].map(([id, doc]) => [id, doc.getText('body').toString()])),
    vectors: [computer.workspace, computer.people, ...[...computer.documents.values()]].map((doc) => [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort()),
  };
}

async function diverge(): Promise<{ a: Computer; b: Computer }> {
  const start = base();
  const a = load(start);
  const b = load(start);
  // A, offline: edits the terms, records a decision, adds a document.
  a.documents.get(D1)!.getText('body').insert(0, 'Preamble. ');
  await appendDecision(a.workspace, { date: '2026-11-21', title: 'Adopt', text: '', method: 'consent', tally: {}, outcome: 'adopted', rationale: '' }, 'mem_a');
  addDocumentEntry(a.workspace, { id: D2, title: 'Charter', kind: 'mou', createdAt: 5 });
  const d2 = newDocumentDoc(D2);
  d2.getText('body').insert(0, 'Charter text.');
  a.documents.set(D2, d2);
  // B, offline: edits the same document elsewhere, adds a member, renames the workspace.
  b.documents.get(D1)!.getText('body').insert(b.documents.get(D1)!.getText('body').length, ' Signed.');
  b.people.getMap('members').set('mem_b', new Y.Map());
  writeProfile(b.workspace, { purpose: 'Peace' });
  return { a, b };
}

function clone(computer: Computer): Computer {
  return load(contentOf(computer));
}

/** Merges a file made of `from` into `into`, as the File page does: plan, load the planned docs, apply in one pass. */
async function mergeFile(from: Computer, into: Computer) {
  const decoded = await decodeAccordFile(await encodeAccordFile(contentOf(from)));
  if (!decoded.ok) throw new Error(decoded.problem);
  const checked = checkSameWorkspace(decoded.content, WS);
  if (!checked.ok) throw new Error(checked.problem);
  const plan = planMerge(into.workspace, checked.content);
  for (const id of plan.documentIds) if (!into.documents.has(id)) into.documents.set(id, newDocumentDoc(id));
  return applyMerge({ workspace: into.workspace, people: into.people, documents: into.documents }, checked.content);
}

describe('merging a file', () => {
  it('gives exactly what syncing online gives', async () => {
    const { a, b } = await diverge();
    const synced = clone(b);
    const merged = clone(b);
    syncOnline(clone(a), synced);
    const summary = await mergeFile(a, merged);

    expect(snapshot(merged)).toEqual(snapshot(synced));
    // Both sides' edits are there.
    expect(merged.documents.get(D1)!.getText('body').toString()).toBe('Preamble. We agree. Signed.');
    expect(merged.documents.get(D2)!.getText('body').toString()).toBe('Charter text.');
    expect(listDocumentEntries(merged.workspace).map((entry) => entry.id)).toEqual([D1, D2]);
    expect(merged.workspace.getMap('profile').get('purpose')).toBe('Peace');
    expect(summary).toEqual({ documentsChanged: [D1], documentsAdded: [D2], decisionsAdded: 1, membersAdded: 0, workspaceChanged: true, peopleChanged: false });
  });

  it('is symmetric: merging either way ends in the same state', async () => {
    const { a, b } = await diverge();
    const intoB = clone(b);
    const intoA = clone(a);
    const summaryB = await mergeFile(a, intoB);
    const summaryA = await mergeFile(b, intoA);
    expect(snapshot(intoA)).toEqual(snapshot(intoB));
    expect(summaryA).toMatchObject({ documentsChanged: [D1], documentsAdded: [], decisionsAdded: 0, membersAdded: 1, peopleChanged: true });
    expect(summaryB.membersAdded).toBe(0);
  });

  it('brings nothing the second time', async () => {
    const { a, b } = await diverge();
    await mergeFile(a, b);
    const again = await mergeFile(a, b);
    expect(isEmptySummary(again)).toBe(true);
    expect(again.decisionsAdded).toBe(0);
  });

  it('plans only documents listed once merged, and changes nothing while planning', async () => {
    const { a, b } = await diverge();
    const before = Y.encodeStateAsUpdate(b.workspace);
    const content = contentOf(a);
    content.parts.push({ docId: 'doc_orphan', kind: 'document', update: Y.encodeStateAsUpdate(newDocumentDoc('doc_orphan')) });
    expect(planMerge(b.workspace, content).documentIds.sort()).toEqual([D1, D2]);
    expect(Y.encodeStateAsUpdate(b.workspace)).toEqual(before);
  });
});
