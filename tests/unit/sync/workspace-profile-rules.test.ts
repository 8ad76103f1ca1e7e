import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_DECISION_RULES, type DecisionRules } from '../../../shared/model/decision-rules';
import { readDecisionRules, readProfile, writeDecisionRules, writeProfile } from '../../../shared/sync/workspace-doc';
import { parseLanguages, validateWorkspaceProfile } from '../../../shared/model/workspace';
import { exampleWorkspace } from '../../../shared/model/example-workspace';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('workspace profile in the workspace doc', () => {
  it('reads defaults for the fields an older workspace does not have', () => {
    const doc = new Y.Doc();
    writeProfile(doc, { name: 'Old', purpose: 'p', form: 'network', createdAt: 1 });
    expect(readProfile(doc)).toEqual({
      name: 'Old',
      purpose: 'p',
      form: 'network',
      createdAt: 1,
      vision: '',
      values: '',
      structure: 3,
      membership: 3,
      basis: [],
      languages: [],
    });
  });

  it('stores vision, values, the two spectrums, the basis and the languages', () => {
    const doc = new Y.Doc();
    writeProfile(doc, { name: 'N', vision: 'V', values: 'W', structure: 5, membership: 1, basis: ['geography', 'group'], languages: ['Tigrinya', 'English'] });
    expect(readProfile(doc)).toMatchObject({ vision: 'V', values: 'W', structure: 5, membership: 1, basis: ['geography', 'group'], languages: ['Tigrinya', 'English'] });
  });

  it('ignores values it does not understand', () => {
    const doc = new Y.Doc();
    writeProfile(doc, { name: 'N' });
    doc.getMap('profile').set('structure', 9);
    doc.getMap('profile').set('basis', ['issue', 'planet', 7]);
    expect(readProfile(doc)).toMatchObject({ structure: 3, basis: ['issue'] });
  });

  it('keeps both of two fields changed at once on two computers', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeProfile(a, { name: 'N', vision: 'old' });
    sync(a, b);
    writeProfile(a, { vision: 'new vision' });
    writeProfile(b, { languages: ['Somali'] });
    sync(a, b);
    expect(readProfile(a)).toMatchObject({ vision: 'new vision', languages: ['Somali'] });
    expect(readProfile(b)).toEqual(readProfile(a));
  });

  it('validates the profile form', () => {
    const { profile } = exampleWorkspace('en');
    expect(validateWorkspaceProfile(profile)).toEqual([]);
    expect(validateWorkspaceProfile({ ...profile, name: ' ', vision: 'x'.repeat(2001), languages: ['x'.repeat(41)] })).toEqual([
      { field: 'name', code: 'name-required' },
      { field: 'vision', code: 'too-long', max: 2000 },
      { field: 'languages', code: 'name-too-long', max: 40 },
    ]);
  });

  it('reads languages as people type them, in any script, without repeats', () => {
    expect(parseLanguages(' English, français ،العربية; english\n\nትግርኛ ')).toEqual(['English', 'français', 'العربية', 'ትግርኛ']);
  });
});

describe('decision rules in the workspace doc', () => {
  it('reads the defaults when none are stored', () => {
    expect(readDecisionRules(new Y.Doc())).toEqual(DEFAULT_DECISION_RULES);
  });

  it('round-trips a count quorum and a share quorum', () => {
    const doc = new Y.Doc();
    const count: DecisionRules = { method: 'qualified-majority', threshold: 75, quorum: { kind: 'count', count: 4 }, whoMayVote: ['delegates', 'individuals'], blockStopsConsensus: false };
    writeDecisionRules(doc, count);
    expect(readDecisionRules(doc)).toEqual(count);
    const share: DecisionRules = { ...count, quorum: { kind: 'share', percent: 60, comparison: 'at-least' } };
    writeDecisionRules(doc, share);
    expect(readDecisionRules(doc)).toEqual(share);
  });

  it('keeps a method change and a quorum change made at once on two computers', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeDecisionRules(a, DEFAULT_DECISION_RULES);
    sync(a, b);
    writeDecisionRules(a, { ...DEFAULT_DECISION_RULES, method: 'consent' });
    writeDecisionRules(b, { ...DEFAULT_DECISION_RULES, quorum: { kind: 'count', count: 3 } });
    sync(a, b);
    expect(readDecisionRules(a)).toEqual({ ...DEFAULT_DECISION_RULES, method: 'consent', quorum: { kind: 'count', count: 3 } });
  });

  it('stores the example network’s rules from its Terms of Reference', () => {
    const doc = new Y.Doc();
    writeDecisionRules(doc, exampleWorkspace('en').rules);
    expect(readDecisionRules(doc)).toEqual({
      method: 'consensus',
      threshold: 66.67,
      quorum: { kind: 'share', percent: 50, comparison: 'more-than' },
      whoMayVote: ['organisations'],
      blockStopsConsensus: true,
    });
  });
});
