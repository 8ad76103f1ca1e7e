import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../shared/model/document';
import { LOCALES } from '../../../shared/model/locale';
import { dropWrittenGuidance, sectionFingerprint, withGuidanceBaselines, writtenGuidance, type OutlineItem } from '../../../shared/model/guidance';
import { templateFor } from '../../../shared/model/templates/index';
import type { Block, BlockList } from '../../../shared/model/template';

const heading = (level: number, text = 'H'): OutlineItem => ({ kind: 'heading', level, text });
const content = (text: string): OutlineItem => ({ kind: 'content', text });
const advice = (baseline?: string): OutlineItem => ({ kind: 'guidance', baseline });

describe('sectionFingerprint', () => {
  it('ignores whitespace and is empty for blank text', () => {
    expect(sectionFingerprint('If we […]')).toBe(sectionFingerprint('If\nwe  […]'));
    expect(sectionFingerprint('a b')).toBe(sectionFingerprint('ab'));
    expect(sectionFingerprint(' \n\t')).toBe('');
    expect(sectionFingerprint('ab')).not.toBe(sectionFingerprint('ba'));
  });
});

describe('writtenGuidance', () => {
  it('leaves guidance while its section is empty, and finds it once anything is written', () => {
    expect(writtenGuidance([heading(2), advice(), content('')])).toEqual([]);
    expect(writtenGuidance([heading(2), advice(), content('We meet monthly.')])).toEqual([1]);
  });

  it('a section runs to the next heading of the same or a higher level', () => {
    const items = [heading(2, 'A'), advice(sectionFingerprint('A.1')), heading(3, 'A.1'), content(''), heading(2, 'B'), advice(), content('written')];
    expect(writtenGuidance(items)).toEqual([5]);
    // Text under a subheading belongs to the section above it too.
    expect(writtenGuidance([heading(2), advice(), heading(3, ''), content('x'), heading(2), content('y')])).toEqual([1]);
  });

  it('does not count the starter the template wrote, only a change to it', () => {
    const baseline = sectionFingerprint('If we […]');
    expect(writtenGuidance([heading(2), advice(baseline), content('If we […]')])).toEqual([]);
    expect(writtenGuidance([heading(2), advice(baseline), content('If we run workshops')])).toEqual([1]);
    // Deleting the starter writes nothing.
    expect(writtenGuidance([heading(2), advice(baseline), content('')])).toEqual([]);
  });

  it('guidance under the title or before any heading covers everything after it', () => {
    expect(writtenGuidance([advice(), heading(2), content('x')])).toEqual([0]);
    expect(writtenGuidance([heading(1), advice(sectionFingerprint('H')), heading(2), content('')])).toEqual([]);
    expect(writtenGuidance([heading(1), advice(sectionFingerprint('H')), heading(2), content('x')])).toEqual([1]);
    expect(writtenGuidance([heading(1), advice(), heading(2), content('x')])).toEqual([1]);
  });
});

describe('templates and their guidance', () => {
  const combinations = DOCUMENT_KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const));

  it.each(combinations)('%s in %s: every guidance is stamped, and the untouched template counts as unwritten', (kind, locale) => {
    const blocks = templateFor(kind, locale);
    const guidance = blocks.filter((block) => block.type === 'guidance');
    expect(guidance.length).toBeGreaterThan(0);
    for (const block of guidance) expect(typeof block.baseline).toBe('string');
    expect(dropWrittenGuidance(blocks)).toEqual(blocks);
  });

  it('writing in one section drops its guidance (and the introduction’s) and keeps the others', () => {
    const blocks = templateFor('terms-of-reference', 'en');
    const at = blocks.findIndex((block) => block.type === 'heading' && block.text === 'Structure');
    const edited: BlockList = blocks.map((block, index) => (index === at + 2 ? ({ type: 'paragraph', text: 'A steering committee of five.' } satisfies Block) : block));
    const left = dropWrittenGuidance(edited);
    expect(left.filter((block) => block.type === 'guidance')).toHaveLength(blocks.filter((block) => block.type === 'guidance').length - 2);
    expect(left[1]?.type).toBe('heading'); // the introduction went: the document has been written in
    expect(left.findIndex((block) => block.type === 'heading' && block.text === 'Structure')).toBeGreaterThan(0);
    expect(left[left.findIndex((block) => block.type === 'heading' && block.text === 'Structure') + 1]).toEqual({ type: 'paragraph', text: 'A steering committee of five.' });
  });

  it('withGuidanceBaselines does not change the blocks it is given', () => {
    const blocks: BlockList = [{ type: 'heading', level: 2, text: 'A' }, { type: 'guidance', text: 'Say it.' }, { type: 'paragraph', text: 'x' }];
    const stamped = withGuidanceBaselines(blocks);
    expect(blocks[1]).toEqual({ type: 'guidance', text: 'Say it.' });
    expect(stamped[1]).toEqual({ type: 'guidance', text: 'Say it.', baseline: sectionFingerprint('x') });
  });
});
