import { describe, expect, it } from 'vitest';
import { blockAt, findInText, foldQuery, foldText, foldWithMap, joinBlocks, snippetAround } from '../../../shared/model/search-text';

describe('search text folding', () => {
  it('ignores case, accents, Arabic short vowels and tatweel', () => {
    expect(foldText('Décision ÉTÉ')).toBe('decision ete');
    expect(foldText('اتِّفاق')).toBe(foldText('اتفاق'));
    expect(foldText('مـذكرة')).toBe(foldText('مذكرة'));
    expect(foldText('ΟΔΟΣ')).toBe(foldText('οδοσ'));
    expect(foldQuery('  Steering \n  COMMITTEE ')).toBe('steering committee');
  });

  it('folds a whole text exactly as character by character, so offsets map back', () => {
    const samples = ['Décision n° 4 — ﬁnal', 'مُذَكِّرَة تفاهم', 'İstanbul ΟΔΟΣ\ttab', 'emoji 🎉 é'];
    for (const text of samples) expect(foldWithMap(text).folded).toBe(foldText(text));
  });

  it('finds matches as ranges of the original text, through accents and ligatures', () => {
    const text = 'La Décision finale: ﬁnancement et DECISION.';
    const ranges = findInText(text, foldQuery('decision'));
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['Décision', 'DECISION']);
    const ligature = findInText(text, foldQuery('financement'))[0]!;
    expect(text.slice(ligature.start, ligature.end)).toBe('ﬁnancement');
    expect(findInText(text, '')).toEqual([]);
    expect(findInText(text, foldQuery('decision'), 1)).toHaveLength(1);
  });

  it('cuts a snippet at word boundaries and marks the match', () => {
    const text = `${'word '.repeat(40)}the Steering Committee decides ${'more '.repeat(40)}`;
    const match = findInText(text, foldQuery('committee'))[0]!;
    const parts = snippetAround(text, match, 20);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['Committee']);
    expect(parts[0]!.text.startsWith('…')).toBe(true);
    expect(parts.at(-1)!.text.endsWith('…')).toBe(true);
    expect(parts.map((part) => part.text).join('')).not.toMatch(/…\S*wor…/);
  });

  it('joins blocks and finds the block of an offset', () => {
    const { text, starts } = joinBlocks(['One', 'Two two', '', 'Four']);
    expect(starts).toEqual([0, 4, 12, 13]);
    expect(blockAt(starts, text.indexOf('Two'))).toBe(1);
    expect(blockAt(starts, text.indexOf('Four'))).toBe(3);
    expect(blockAt(starts, 0)).toBe(0);
  });
});
