import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../shared/model/document';
import { LOCALES } from '../../../shared/model/locale';
import { countCharacters } from '../../../shared/model/template';
import { defaultTitleFor, templateFor } from '../../../shared/model/templates/index';
import { inline } from '../../../shared/model/templates/blocks';
import { ARABIC_SCRIPT, allText, blockText, headings, inlineText, section, tables } from './block-helpers';

const combinations = DOCUMENT_KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const));

describe('templateFor', () => {
  it.each(combinations)('%s in %s starts with its title as a level-1 heading', (kind, locale) => {
    const blocks = templateFor(kind, locale);
    expect(blocks.length).toBeGreaterThan(1);
    expect(countCharacters(blocks)).toBeGreaterThan(40);
    const first = blocks[0];
    expect(first?.type).toBe('heading');
    if (first?.type === 'heading') {
      expect(first.level).toBe(1);
      expect(inlineText(first.text)).toBe(defaultTitleFor(kind, locale));
    }
  });

  it.each(combinations)('%s in %s has well-formed tables', (kind, locale) => {
    for (const table of tables(templateFor(kind, locale))) {
      for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    }
  });

  it('uses the title the user typed, and the default for a blank one', () => {
    expect(blockText(templateFor('note', 'en', 'Ideas for the spring meeting')[0]!)).toBe('Ideas for the spring meeting');
    expect(blockText(templateFor('mou', 'fr', '   ')[0]!)).toBe(defaultTitleFor('mou', 'fr'));
  });

  it('returns a fresh copy each time', () => {
    const first = templateFor('terms-of-reference', 'en');
    const table = tables(first)[0]!;
    table.rows[0]![1] = 'changed';
    first.splice(1);
    const second = templateFor('terms-of-reference', 'en');
    expect(second.length).toBeGreaterThan(1);
    expect(tables(second)[0]!.rows[0]![1]).toBe('');
  });

  it.each(DOCUMENT_KINDS)('%s has the same shape in every language', (kind) => {
    const shape = (locale: (typeof LOCALES)[number]) =>
      templateFor(kind, locale).map((block) => (block.type === 'heading' ? `h${block.level}` : block.type));
    expect(shape('fr')).toEqual(shape('en'));
    expect(shape('ar')).toEqual(shape('en'));
  });
});

describe('Terms of Reference template', () => {
  it.each(LOCALES)('has the eight sections in %s', (locale) => {
    expect(headings(templateFor('terms-of-reference', locale), 2)).toHaveLength(8);
  });

  it('names the sections the toolkit lists', () => {
    expect(headings(templateFor('terms-of-reference', 'en'), 2)).toEqual([
      'Purpose and shared vision',
      'Membership',
      'Structure',
      'Roles and responsibilities',
      'Decision-making',
      'Meetings',
      'Communication and transparency',
      'Review and amendment',
    ]);
  });

  it('guides decision-making with consensus, the Gradients of Agreement, consent, majority and quorum', () => {
    const text = allText(section(templateFor('terms-of-reference', 'en'), /^Decision-making$/));
    for (const term of ['consensus', 'Gradients of Agreement', 'consent', 'majority', 'quorum']) {
      expect(text.toLowerCase()).toContain(term.toLowerCase());
    }
  });

  it('gives each section short guidance from the toolkit, as guidance blocks', () => {
    const blocks = templateFor('terms-of-reference', 'en');
    expect(blocks[1]).toMatchObject({ type: 'guidance', text: expect.stringMatching(/^Terms of Reference set out why/) });
    expect(blocks.filter((block) => block.type === 'guidance')).toHaveLength(9);
  });
});

describe('MoU template', () => {
  it.each(LOCALES)('covers the toolkit sections and ends with a signatures table in %s', (locale) => {
    const blocks = templateFor('mou', locale);
    expect(headings(blocks, 2)).toHaveLength(9);
    const last = blocks[blocks.length - 1]!;
    expect(last.type).toBe('table');
    if (last.type === 'table') {
      expect(last.header).toHaveLength(4);
      expect(last.rows.length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(LOCALES)('has the sections of the issue, in order, in %s', (locale) => {
    expect(headings(templateFor('mou', locale), 2)).toHaveLength(9);
  });

  it('names the sections the toolkit lists', () => {
    expect(headings(templateFor('mou', 'en'), 2)).toEqual([
      'Parties',
      'Expectations of all actors',
      'Values and principles',
      'Roles and responsibilities of each member',
      'Decision-making',
      'Information-sharing procedures',
      'Budget allocation',
      'Duration, review and exit',
      'Signatures',
    ]);
  });

  it('has the English signature columns and the GDPR in information sharing', () => {
    const blocks = templateFor('mou', 'en');
    expect(tables(blocks).at(-1)!.header).toEqual(['Organisation', 'Delegate', 'Date', 'Signature']);
    expect(allText(section(blocks, /^Information-sharing procedures$/))).toContain('GDPR');
    for (const heading of ['Expectations of all actors', 'Values and principles', 'Budget allocation', 'Duration, review and exit']) {
      expect(headings(blocks, 2)).toContain(heading);
    }
  });
});

describe('minutes template', () => {
  it.each(LOCALES)('records attendance and action items in %s', (locale) => {
    const blocks = templateFor('minutes', locale);
    expect(headings(blocks, 3)).toHaveLength(3);
    const actions = tables(blocks).at(-1)!;
    expect(actions.header).toHaveLength(4);
    expect(tables(blocks)[0]!.rows.length).toBeGreaterThanOrEqual(4);
  });

  it('uses the English column names', () => {
    const blocks = templateFor('minutes', 'en');
    expect(headings(blocks, 3)).toEqual(['Present', 'Apologies', 'Absent']);
    expect(tables(blocks).at(-1)!.header).toEqual(['Action', 'Owner', 'Due', 'Status']);
  });
});

describe('action plan template', () => {
  it.each(LOCALES)('has a goal, an actions table with five columns and a follow-up in %s', (locale) => {
    const blocks = templateFor('action-plan', locale);
    expect(headings(blocks, 2)).toHaveLength(3);
    const actions = tables(blocks)[0]!;
    expect(actions.header).toHaveLength(5);
    expect(actions.rows.length).toBeGreaterThanOrEqual(3);
  });

  it('uses the English column names', () => {
    expect(tables(templateFor('action-plan', 'en'))[0]!.header).toEqual(['Action', 'Who', 'By when', 'Resources', 'Status']);
    expect(headings(templateFor('action-plan', 'en'), 2)).toEqual(['Goal', 'Actions', 'Follow-up']);
  });
});

describe('theory of change template', () => {
  it('follows If … Then … Because …, with assumptions and indicators', () => {
    expect(headings(templateFor('theory-of-change', 'en'), 2)).toEqual([
      'Long-term vision',
      'If … (our action)',
      'Then … (the change we expect)',
      'Because … (our reasons)',
      'Assumptions',
      'Indicators',
    ]);
  });

  it.each(LOCALES)('has six sections, each with guidance, in %s', (locale) => {
    const blocks = templateFor('theory-of-change', locale);
    expect(headings(blocks, 2)).toHaveLength(6);
    expect(blocks.filter((block) => block.type === 'guidance')).toHaveLength(7);
  });

  it('carries the toolkit example in its guidance', () => {
    const text = allText(templateFor('theory-of-change', 'en'));
    expect(text).toContain('workshops that inform migrants about their rights');
    expect(text).toContain('If we take this action, then we will achieve this goal, because of these reasons');
  });
});

describe('languages', () => {
  it.each(DOCUMENT_KINDS)('the Arabic %s is written in Arabic', (kind) => {
    const blocks = templateFor(kind, 'ar');
    for (const block of blocks) {
      if (block.type === 'paragraph' && blockText(block) === '') continue;
      expect(blockText(block)).toMatch(ARABIC_SCRIPT);
    }
  });

  it.each(DOCUMENT_KINDS)('the French %s follows French punctuation', (kind) => {
    const text = allText(templateFor(kind, 'fr'));
    expect(text).not.toMatch(/ [:;?!»]/);
    expect(text).not.toMatch(/« /);
    expect(text).not.toContain("'");
  });

  it('gives localised default titles', () => {
    expect(defaultTitleFor('terms-of-reference', 'en')).toBe('Terms of Reference');
    expect(defaultTitleFor('terms-of-reference', 'fr')).toBe('Termes de référence');
    expect(defaultTitleFor('terms-of-reference', 'ar')).toBe('الاختصاصات');
    expect(defaultTitleFor('mou', 'ar')).toBe('مذكرة تفاهم');
  });
});

describe('inline markup', () => {
  it('parses bold, italic and https links, leaving other text alone', () => {
    expect(inline('A **bold** and *italic* [link](https://example.org/x) end')).toEqual([
      'A ',
      { text: 'bold', formats: ['bold'] },
      ' and ',
      { text: 'italic', formats: ['italic'] },
      ' ',
      { text: 'link', href: 'https://example.org/x' },
      ' end',
    ]);
    expect(inline('[not a link](http://example.org)')).toEqual(['[not a link](http://example.org)']);
    expect(inline('نص عربي')).toEqual(['نص عربي']);
  });
});
