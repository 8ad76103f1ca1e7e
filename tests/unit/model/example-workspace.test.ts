import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../../shared/model/example-workspace';
import { LOCALES } from '../../../shared/model/locale';
import { isCollaborationForm, validateProfileInput } from '../../../shared/model/workspace';
import { validateDocumentTitle } from '../../../shared/model/document';
import { ARABIC_SCRIPT, allText, blockText, headings, section, tables } from './block-helpers';

const documentOf = (locale: (typeof LOCALES)[number], kind: 'terms-of-reference' | 'mou') => {
  const found = exampleWorkspace(locale).documents.find((document) => document.kind === kind);
  if (!found) throw new Error(`no ${kind} in ${locale}`);
  return found;
};

describe('exampleWorkspace', () => {
  it.each(LOCALES)('describes a valid network profile in %s', (locale) => {
    const { profile } = exampleWorkspace(locale);
    expect(profile.form).toBe('network');
    expect(isCollaborationForm(profile.form)).toBe(true);
    expect(validateProfileInput(profile)).toEqual([]);
  });

  it.each(LOCALES)('has at least four member organisations in %s', (locale) => {
    const { members } = exampleWorkspace(locale);
    expect(members.filter((member) => member.kind === 'organisation').length).toBeGreaterThanOrEqual(4);
    expect(new Set(members.map((member) => member.id)).size).toBe(members.length);
    expect(members.filter((member) => member.role === 'chair')).toHaveLength(1);
    for (const member of members) {
      expect(member.name.trim()).not.toBe('');
      if (member.country !== undefined) expect(member.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('keeps member ids and roles the same in every language', () => {
    const shape = (locale: (typeof LOCALES)[number]) =>
      exampleWorkspace(locale).members.map(({ id, kind, role, country }) => ({ id, kind, role, country }));
    expect(shape('fr')).toEqual(shape('en'));
    expect(shape('ar')).toEqual(shape('en'));
  });

  it.each(LOCALES)('holds a Terms of Reference and an MoU with valid titles in %s', (locale) => {
    const { documents } = exampleWorkspace(locale);
    expect(documents.map((document) => document.kind).sort()).toEqual(['mou', 'terms-of-reference']);
    for (const document of documents) {
      expect(validateDocumentTitle(document.title)).toBeNull();
      expect(document.blocks[0]?.type).toBe('heading');
    }
  });

  it.each(LOCALES)('fills in all eight ToR sections in %s', (locale) => {
    const { blocks } = documentOf(locale, 'terms-of-reference');
    expect(headings(blocks, 2)).toHaveLength(8);
    expect(blocks.some((block) => block.type === 'numbered')).toBe(true);
  });

  it.each(LOCALES)('fills in the MoU with numbered clauses, parties and signatures in %s', (locale) => {
    const { blocks } = documentOf(locale, 'mou');
    expect(headings(blocks, 2)).toHaveLength(9);
    expect(blocks.filter((block) => block.type === 'numbered').length).toBeGreaterThanOrEqual(5);
    const all = tables(blocks);
    const parties = all[0]!;
    const signatures = all.at(-1)!;
    expect(parties.rows.length).toBeGreaterThanOrEqual(4);
    expect(signatures.header).toHaveLength(4);
    expect(signatures.rows.map((row) => row[0])).toEqual(parties.rows.map((row) => row[0]));
    for (const table of all) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  });

  it.each(LOCALES)('describes the Gradients of Agreement in the MoU decision-making section in %s', (locale) => {
    const decision = section(documentOf(locale, 'mou').blocks, /^5\. /);
    expect(allText(decision)).toContain('Gradients of Agreement');
    const scale = tables(decision)[0]!;
    expect(scale.rows.map((row) => row[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('has one mixed-direction sentence in the English example', () => {
    const paragraphs = documentOf('en', 'terms-of-reference').blocks.filter(
      (block) => block.type === 'paragraph' && ARABIC_SCRIPT.test(blockText(block)),
    );
    expect(paragraphs).toHaveLength(1);
    expect(blockText(paragraphs[0]!)).toMatch(/[A-Za-z].*[\u0600-\u06FF].*[A-Za-z]/);
  });

  it('writes the Arabic example in Arabic', () => {
    const workspace = exampleWorkspace('ar');
    expect(workspace.profile.name).toMatch(ARABIC_SCRIPT);
    expect(workspace.profile.purpose).toMatch(ARABIC_SCRIPT);
    for (const document of workspace.documents) {
      expect(document.title).toMatch(ARABIC_SCRIPT);
      for (const heading of headings(document.blocks, 2)) expect(heading).toMatch(ARABIC_SCRIPT);
    }
  });

  it('writes the French example with French punctuation', () => {
    for (const document of exampleWorkspace('fr').documents) {
      const text = allText(document.blocks);
      expect(text).not.toMatch(/ [:;?!»]/);
      expect(text).not.toContain("'");
    }
  });

  it('returns a fresh workspace each call', () => {
    const first = exampleWorkspace('en');
    first.members.pop();
    first.documents[0]!.blocks.length = 0;
    const second = exampleWorkspace('en');
    expect(second.members.length).toBeGreaterThan(first.members.length);
    expect(second.documents[0]!.blocks.length).toBeGreaterThan(0);
  });
});
