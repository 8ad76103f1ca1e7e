import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { templateFor } from '../../../shared/model/templates/index';
import {
  addWorkspaceTemplate,
  isBlock,
  listWorkspaceTemplates,
  removeWorkspaceTemplate,
  validateTemplateName,
  TEMPLATE_NAME_MAX,
} from '../../../shared/sync/workspace-templates';

describe('workspace templates', () => {
  it('stores a template once and lists it, newest first, for every replica', () => {
    const doc = new Y.Doc();
    const blocks = templateFor('action-plan', 'fr', 'Plan de la campagne');
    addWorkspaceTemplate(doc, { id: 'tpl_a', name: '  Campaign plan ', kind: 'action-plan', createdAt: 10, author: 'Amina', blocks });
    addWorkspaceTemplate(doc, { id: 'tpl_b', name: 'Our ToR', kind: 'terms-of-reference', createdAt: 20, author: 'Jon', blocks: templateFor('terms-of-reference', 'en') });
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    const listed = listWorkspaceTemplates(replica);
    expect(listed.map((template) => template.id)).toEqual(['tpl_b', 'tpl_a']);
    expect(listed[1]).toEqual({ id: 'tpl_a', name: 'Campaign plan', kind: 'action-plan', createdAt: 10, author: 'Amina', blocks });
    removeWorkspaceTemplate(replica, 'tpl_b');
    expect(listWorkspaceTemplates(replica).map((template) => template.id)).toEqual(['tpl_a']);
  });

  it('leaves out entries it cannot read', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('templates');
    map.set('bad-kind', { name: 'x', kind: 'poem', createdAt: 1, author: '', blocks: '[]' });
    map.set('bad-json', { name: 'x', kind: 'note', createdAt: 1, author: '', blocks: '[{' });
    map.set('bad-block', { name: 'x', kind: 'note', createdAt: 1, author: '', blocks: JSON.stringify([{ type: 'script', text: 'x' }]) });
    map.set('not-object', 'hello');
    map.set('good', { name: 'Fine', kind: 'note', createdAt: 1, author: 'A', blocks: JSON.stringify([{ type: 'guidance', text: 'Say it.' }]) });
    expect(listWorkspaceTemplates(doc).map((template) => template.id)).toEqual(['good']);
  });

  it('checks block shapes', () => {
    expect(isBlock({ type: 'heading', level: 2, text: [{ text: 'a', formats: ['bold'] }] })).toBe(true);
    expect(isBlock({ type: 'heading', level: 4, text: 'a' })).toBe(false);
    expect(isBlock({ type: 'paragraph', text: [{ text: 'a', formats: ['blink'] }] })).toBe(false);
    expect(isBlock({ type: 'table', header: ['a'], rows: [['b']] })).toBe(true);
    expect(isBlock({ type: 'table', header: ['a'], rows: [[1]] })).toBe(false);
    for (const block of templateFor('mou', 'ar')) expect(isBlock(block)).toBe(true);
  });

  it('validates names', () => {
    expect(validateTemplateName('  ')).toBe('name-required');
    expect(validateTemplateName('x'.repeat(TEMPLATE_NAME_MAX + 1))).toBe('name-too-long');
    expect(validateTemplateName('Our ToR')).toBeNull();
  });
});
