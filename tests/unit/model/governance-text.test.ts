import { describe, expect, it } from 'vitest';
import { generateGovernanceDocument } from '../../../shared/model/governance-text';
import { countCharacters } from '../../../shared/model/template';
import { allText, headings, runFormats, tables } from './block-helpers';

const TWO_HUNDRED_PAGES = 600_000;
const large = generateGovernanceDocument({ seed: 2024, targetCharacters: TWO_HUNDRED_PAGES });

describe('generateGovernanceDocument', () => {
  it('gives the same document for the same seed', () => {
    expect(generateGovernanceDocument({ seed: 2024, targetCharacters: TWO_HUNDRED_PAGES })).toEqual(large);
  });

  it('gives a different document for another seed', () => {
    const other = generateGovernanceDocument({ seed: 2025, targetCharacters: 30_000 });
    const same = generateGovernanceDocument({ seed: 2024, targetCharacters: 30_000 });
    expect(other).not.toEqual(same);
  });

  it.each([TWO_HUNDRED_PAGES, 150_000, 20_000])('lands within 5%% of %i characters', (target) => {
    const blocks = target === TWO_HUNDRED_PAGES ? large : generateGovernanceDocument({ seed: 9, targetCharacters: target });
    const size = countCharacters(blocks);
    expect(size).toBeLessThanOrEqual(target * 1.05);
    expect(size).toBeGreaterThanOrEqual(target * 0.95);
  });

  it('has numbered articles and sections', () => {
    const articles = headings(large, 1).slice(1);
    expect(articles.length).toBeGreaterThan(50);
    articles.forEach((title, index) => expect(title.startsWith(`Article ${index + 1}. `)).toBe(true));
    expect(new Set(articles).size).toBe(articles.length);
    expect(headings(large, 2).length).toBeGreaterThan(articles.length * 2);
  });

  it('has numbered clauses, bullets and about one table every twenty pages', () => {
    expect(large.filter((block) => block.type === 'numbered').length).toBeGreaterThan(50);
    expect(large.filter((block) => block.type === 'bullets').length).toBeGreaterThan(50);
    const all = tables(large);
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(all.length).toBeLessThanOrEqual(11);
    for (const table of all) {
      expect(table.rows.length).toBeGreaterThan(0);
      for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    }
  });

  it('uses bold and italic runs', () => {
    expect([...runFormats(large)].sort()).toEqual(['bold', 'italic']);
  });

  it('is varied governance text, not one repeated phrase', () => {
    const text = allText(large);
    const sentences = new Set(text.split(/(?<=\.)\s+/));
    expect(sentences.size).toBeGreaterThan(1000);
    const words = new Set(text.toLowerCase().split(/[^\p{L}-]+/u));
    expect(words.size).toBeGreaterThan(800);
    for (const term of ['Gradients of Agreement', 'quorum', 'consent', 'GDPR', 'spectrum of allies', 'Steering Committee']) {
      expect(text).toContain(term);
    }
  });

  it('handles tiny and odd targets without throwing', () => {
    expect(generateGovernanceDocument({ seed: 1, targetCharacters: 0 })[0]?.type).toBe('heading');
    expect(countCharacters(generateGovernanceDocument({ seed: -5, targetCharacters: 2_000.7 }))).toBeLessThanOrEqual(2_000);
  });
});
