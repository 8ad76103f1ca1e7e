import { describe, expect, it } from 'vitest';
import { withoutEmptySections } from '../../../renderer/features/meetings/minutes-export';
import type { BlockList } from '../../../shared/model/template';

const h = (level: 1 | 2 | 3, text: string) => ({ type: 'heading' as const, level, text });
const p = (text: string) => ({ type: 'paragraph' as const, text });

describe('minutes as circulated', () => {
  it.each<[string, BlockList, BlockList]>([
    ['keeps sections with text', [h(2, 'A'), p('a'), h(2, 'B'), p('b')], [h(2, 'A'), p('a'), h(2, 'B'), p('b')]],
    ['drops a section nobody wrote in', [h(2, 'A'), p(''), h(2, 'B'), p('b')], [h(2, 'B'), p('b')]],
    ['drops empty sections at the end', [h(2, 'A'), p('a'), h(2, 'Decisions'), h(2, 'Action items'), p(' ')], [h(2, 'A'), p('a')]],
    ['keeps a section whose subsections have text', [h(2, 'Agenda'), h(3, '1. Budget'), p('agreed')], [h(2, 'Agenda'), h(3, '1. Budget'), p('agreed')]],
    ['drops a subsection left empty, then its empty parent', [h(2, 'Agenda'), h(3, '1. Budget'), h(2, 'Next')], []],
    ['leaves out guidance', [h(2, 'A'), { type: 'guidance', text: 'advice' }, p('a')], [h(2, 'A'), p('a')]],
  ])('%s', (_, blocks, expected) => {
    expect(withoutEmptySections(blocks)).toStrictEqual(expected);
  });
});
