import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addDocumentEntry } from '../../../shared/sync/workspace-doc';
import {
  adoptDocument,
  canTransition,
  markAmendment,
  openAmendmentsOf,
  readLifecycle,
  readStatuses,
  setDocumentStatus,
  validateAdoption,
} from '../../../shared/sync/document-lifecycle';

const by = (name: string, at = 1_000) => ({ name, at });
const adoption = { adoptedOn: '2025-01-14', decision: 'Decision 2025-04, Steering Committee 14 Jan 2025' };

function workspace(...ids: string[]): Y.Doc {
  const doc = new Y.Doc();
  for (const id of ids) addDocumentEntry(doc, { id, title: id.toUpperCase(), kind: 'mou', createdAt: 1 });
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('document lifecycle', () => {
  it('reads a document without a lifecycle as a draft', () => {
    const doc = workspace('mou');
    expect(readLifecycle(doc, 'mou')).toEqual({ status: 'draft', adoptedOn: null, adoptedBy: null, adoptionEntryId: null, amendmentOf: null, supersededBy: null, history: [] });
    expect(readLifecycle(doc, 'missing').status).toBe('draft');
  });

  it('allows only the transitions of the lifecycle', () => {
    expect(canTransition('draft', 'open-for-comment')).toBe(true);
    expect(canTransition('open-for-comment', 'draft')).toBe(true);
    expect(canTransition('draft', 'adopted')).toBe(true);
    expect(canTransition('open-for-comment', 'adopted')).toBe(true);
    expect(canTransition('adopted', 'draft')).toBe(false);
    expect(canTransition('adopted', 'superseded')).toBe(false); // only by adopting an amendment
    expect(canTransition('superseded', 'adopted')).toBe(false);
  });

  it('opens for comment, adopts with a decision, records who and when, then refuses changes', () => {
    const doc = workspace('mou');
    expect(setDocumentStatus(doc, 'mou', 'open-for-comment', by('Amina', 10))).toBe('ok');
    expect(adoptDocument(doc, 'mou', adoption, by('Amina', 20))).toBe('ok');
    const lifecycle = readLifecycle(doc, 'mou');
    expect(lifecycle).toMatchObject({ status: 'adopted', adoptedOn: '2025-01-14', adoptedBy: adoption.decision });
    expect(lifecycle.history).toEqual([
      { status: 'open-for-comment', at: 10, by: 'Amina' },
      { status: 'adopted', at: 20, by: 'Amina' },
    ]);
    expect(setDocumentStatus(doc, 'mou', 'draft', by('Amina'))).toBe('not-allowed');
    expect(adoptDocument(doc, 'mou', adoption, by('Amina'))).toBe('not-allowed');
    expect(setDocumentStatus(doc, 'nope', 'draft', by('Amina'))).toBe('missing');
  });

  it('refuses an adoption without a date or a decision reference', () => {
    const doc = workspace('mou');
    expect(validateAdoption({ adoptedOn: '', decision: 'x' })).toBe('date-required');
    expect(validateAdoption({ adoptedOn: '2025-02-30x', decision: 'x' })).toBe('date-required');
    expect(validateAdoption({ adoptedOn: '2025-01-14', decision: '   ' })).toBe('decision-required');
    expect(validateAdoption({ adoptedOn: '2025-01-14', decision: 'x'.repeat(301) })).toBe('decision-too-long');
    expect(adoptDocument(doc, 'mou', { adoptedOn: '2025-01-14', decision: '' }, by('A'))).toBe('invalid');
    expect(readLifecycle(doc, 'mou').status).toBe('draft');
  });

  it('supersedes the adopted original when its amendment is adopted, linking both ways', () => {
    const doc = workspace('mou', 'amendment');
    adoptDocument(doc, 'mou', adoption, by('A'));
    markAmendment(doc, 'amendment', 'mou');
    expect(openAmendmentsOf(doc, 'mou')).toEqual(['amendment']);
    expect(adoptDocument(doc, 'amendment', { adoptedOn: '2026-03-02', decision: 'Decision 2026-01' }, by('B', 50))).toBe('ok');
    expect(readLifecycle(doc, 'mou')).toMatchObject({ status: 'superseded', supersededBy: 'amendment', adoptedOn: '2025-01-14' });
    expect(readLifecycle(doc, 'amendment')).toMatchObject({ status: 'adopted', amendmentOf: 'mou' });
    expect(openAmendmentsOf(doc, 'mou')).toEqual([]);
    expect(readStatuses(doc)).toEqual(new Map([['mou', 'superseded'], ['amendment', 'adopted']]));
  });

  it('does not supersede an original that was never adopted', () => {
    const doc = workspace('mou', 'amendment');
    markAmendment(doc, 'amendment', 'mou');
    adoptDocument(doc, 'amendment', adoption, by('A'));
    expect(readLifecycle(doc, 'mou').status).toBe('draft');
  });

  it('skips malformed values (e.g. from a newer version) instead of throwing', () => {
    const doc = workspace('mou');
    const item = doc.getMap<Y.Map<unknown>>('documents').get('mou')!;
    item.set('status', 'ratified');
    item.set('adoptedOn', 42);
    item.set('history:1', null);
    item.set('history:2', 'x');
    item.set('history:3', { status: 'adopted', at: 'yesterday' });
    item.set('history:4', { status: 'draft', at: 5 });
    expect(readLifecycle(doc, 'mou')).toMatchObject({ status: 'draft', adoptedOn: null, history: [{ status: 'draft', at: 5, by: '' }] });
  });

  it('keeps both members’ changes made at the same time', () => {
    const a = workspace('mou');
    const b = new Y.Doc();
    sync(a, b);
    setDocumentStatus(a, 'mou', 'open-for-comment', by('A', 1));
    setDocumentStatus(b, 'mou', 'open-for-comment', by('B', 2));
    sync(a, b);
    expect(readLifecycle(a, 'mou').history.map((change) => change.by).sort()).toEqual(['A', 'B']);
    expect(readLifecycle(a, 'mou')).toEqual(readLifecycle(b, 'mou'));
  });
});
