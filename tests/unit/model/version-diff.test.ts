import { describe, expect, it } from 'vitest';
import type { BlockList } from '../../../shared/model/template';
import { diffVersions, type BlockDiff, type TextDiff } from '../../../shared/model/version-diff';

/** A text diff written compactly: [-deleted-] {+inserted+} ~reformatted~. */
function show(text: TextDiff): string {
  return text.segments
    .map((s) => (s.change === 'deleted' ? `[-${s.text}-]` : s.change === 'inserted' ? `{+${s.text}+}` : s.formatChanged ? `~${s.text}~` : s.text))
    .join('');
}

function textOf(block: BlockDiff | undefined): string {
  if (!block || !('segments' in block)) throw new Error('not a text block');
  return show(block);
}

describe('comparing two versions', () => {
  it('finds nothing between equal versions', () => {
    const blocks: BlockList = [{ type: 'paragraph', text: 'Same text.' }, { type: 'bullets', items: ['a', 'b'] }];
    const diff = diffVersions(blocks, structuredClone(blocks));
    expect(diff).toMatchObject({ insertions: 0, deletions: 0, formatting: 0 });
    expect(diff.blocks.every((block) => block.change === 'same')).toBe(true);
  });

  it('marks the words changed inside an edited paragraph, leaving its neighbours alone', () => {
    const diff = diffVersions(
      [{ type: 'heading', level: 2, text: 'Purpose' }, { type: 'paragraph', text: 'Members meet every month in Beirut.' }],
      [{ type: 'heading', level: 2, text: 'Purpose' }, { type: 'paragraph', text: 'Members meet every quarter in Beirut and online.' }],
    );
    expect(diff.blocks[0]!.change).toBe('same');
    expect(diff.blocks[1]!.change).toBe('changed');
    expect(textOf(diff.blocks[1])).toBe('Members meet every [-month-]{+quarter+} in Beirut{+ and online+}.');
    expect(diff).toMatchObject({ insertions: 2, deletions: 1, formatting: 0 });
  });

  it('shows inserted and removed blocks whole, and pairs an edited block across them', () => {
    const diff = diffVersions(
      [{ type: 'paragraph', text: 'One.' }, { type: 'paragraph', text: 'Two is removed.' }, { type: 'paragraph', text: 'Three stays nearly the same.' }],
      [{ type: 'paragraph', text: 'One.' }, { type: 'quote', text: 'A new quote.' }, { type: 'paragraph', text: 'Three stays almost the same.' }],
    );
    expect(diff.blocks.map((block) => `${block.type}:${block.change}`)).toEqual(['paragraph:same', 'paragraph:deleted', 'quote:inserted', 'paragraph:changed']);
    expect(textOf(diff.blocks[3])).toBe('Three stays [-nearly-]{+almost+} the same.');
    expect(diff).toMatchObject({ insertions: 2, deletions: 2 });
  });

  it('compares lists item by item', () => {
    const diff = diffVersions(
      [{ type: 'numbered', items: ['Transparency', 'Solidarity among members', 'Old value'] }],
      [{ type: 'numbered', items: ['Transparency', 'New value', 'Solidarity between members'] }],
    );
    const list = diff.blocks[0]!;
    if (list.type !== 'numbered') throw new Error('expected a list');
    expect(list.change).toBe('changed');
    expect(list.items.map(show)).toEqual(['Transparency', '{+New value+}', 'Solidarity [-among-]{+between+} members', '[-Old value-]']);
  });

  it('compares tables row by row and cell by cell', () => {
    const diff = diffVersions(
      [{ type: 'table', header: ['Member', 'Role'], rows: [['Jisr', 'Chair'], ['Amal', 'Treasurer']] }],
      [{ type: 'table', header: ['Member', 'Function'], rows: [['Jisr', 'Chair'], ['Amal', 'Secretary'], ['Nour', 'Member']] }],
    );
    const table = diff.blocks[0]!;
    if (table.type !== 'table') throw new Error('expected a table');
    expect(table.header.map(show)).toEqual(['Member', '[-Role-]{+Function+}']);
    expect(table.rows.map((row) => `${row.change}:${row.cells.map(show).join('|')}`)).toEqual([
      'same:Jisr|Chair',
      'changed:Amal|[-Treasurer-]{+Secretary+}',
      'inserted:{+Nour+}|{+Member+}',
    ]);
  });

  it('marks a formatting-only change as such, not as text removed and added', () => {
    const diff = diffVersions(
      [{ type: 'paragraph', text: 'Decisions are taken by consensus.' }],
      [{ type: 'paragraph', text: ['Decisions are taken by ', { text: 'consensus', formats: ['bold'] }, '.'] }],
    );
    expect(textOf(diff.blocks[0])).toBe('Decisions are taken by ~consensus~.');
    const reformatted = (diff.blocks[0] as TextDiff).segments.find((segment) => segment.formatChanged);
    expect(reformatted?.formats).toEqual(['bold']);
    expect(diff).toMatchObject({ insertions: 0, deletions: 0, formatting: 1 });
  });

  it('handles right-to-left text word by word', () => {
    const diff = diffVersions([{ type: 'paragraph', text: 'يجتمع الأعضاء كل شهر.' }], [{ type: 'paragraph', text: 'يجتمع الأعضاء كل فصل.' }]);
    expect(textOf(diff.blocks[0])).toBe('يجتمع الأعضاء كل [-شهر-]{+فصل+}.');
  });
});
