/** Markdown import and export, case by case: escaping, what is kept, what is dropped and counted. */
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown } from '../../../shared/export/blocks-to-markdown';
import { markdownToBlocks } from '../../../shared/import/markdown-to-blocks';
import type { BlockList } from '../../../shared/model/template';
import { canonicalBlocks } from './normalize';

describe('blocksToMarkdown → markdownToBlocks keeps tricky text', () => {
  const cases: Array<{ name: string; blocks: BlockList }> = [
    { name: 'markdown characters in text', blocks: [{ type: 'paragraph', text: 'a * b _c_ [d](e) `f` <g> ~h~ | i \\ j & k &amp; l ! [m]' }] },
    { name: 'block markers at the start of a line', blocks: [{ type: 'paragraph', text: '# not a heading' }, { type: 'paragraph', text: '> not a quote' }, { type: 'paragraph', text: '- not a list' }, { type: 'paragraph', text: '1. not a list' }, { type: 'paragraph', text: '2) nor this' }, { type: 'paragraph', text: '+ nor this' }, { type: 'paragraph', text: '---' }, { type: 'paragraph', text: '===' }] },
    { name: 'heading text with markers and a closing #', blocks: [{ type: 'heading', level: 2, text: '1. Purpose #' }, { type: 'heading', level: 3, text: '# C#' }] },
    { name: 'formats side by side', blocks: [{ type: 'paragraph', text: [{ text: 'bold', formats: ['bold'] }, { text: 'italic', formats: ['italic'] }, { text: 'both', formats: ['bold', 'italic'] }, ' plain ', { text: 'under', formats: ['underline'] }, { text: 'all', formats: ['bold', 'italic', 'underline'] }] }] },
    { name: 'links', blocks: [{ type: 'paragraph', text: ['see ', { text: 'the site', href: 'https://example.org/a_(b)?c=1&d=2' }, ' or ', { text: 'write', href: 'mailto:team@example.org' }, ' ', { text: 'bold link', formats: ['bold'], href: 'https://example.org' }] }] },
    { name: 'two lists of the same kind in a row stay apart', blocks: [{ type: 'bullets', items: ['a', 'b'] }, { type: 'bullets', items: ['c'] }, { type: 'numbered', items: ['1', '2'] }, { type: 'numbered', items: ['3'] }, { type: 'bullets', items: ['d'] }] },
    { name: 'list items that look like markers', blocks: [{ type: 'bullets', items: ['- dash', '1. one', '# hash', [{ text: 'bold', formats: ['bold'] }, ' item']] }] },
    { name: 'tables with bars, markers and line breaks in cells', blocks: [{ type: 'table', header: ['A | B', '*C*'], rows: [['1', 'two\nlines'], ['', '- x']] }] },
    { name: 'a table without a header', blocks: [{ type: 'table', header: [], rows: [['a', 'b'], ['c', 'd']] }] },
    { name: 'quotes', blocks: [{ type: 'quote', text: [{ text: 'Said', formats: ['italic'] }, ' here'] }, { type: 'quote', text: '> nested?' }] },
    { name: 'Arabic and French text', blocks: [{ type: 'heading', level: 1, text: 'مذكرة تفاهم' }, { type: 'paragraph', text: [{ text: 'نص عربي', formats: ['bold'] }, ' مع ', { text: 'رابط', href: 'https://example.org/ar' }] }, { type: 'paragraph', text: 'Il dit\u00a0: « bonjour\u00a0» !' }] },
  ];
  it.each(cases)('$name', ({ blocks }) => {
    const markdown = blocksToMarkdown('Title', blocks);
    const imported = markdownToBlocks(markdown);
    const expected = blocks[0]?.type === 'heading' && blocks[0].level === 1 ? blocks : [{ type: 'heading', level: 1, text: 'Title' } as const, ...blocks];
    expect(canonicalBlocks(imported.blocks), markdown).toEqual(canonicalBlocks(expected));
    expect(imported.dropped, markdown).toEqual([]);
  });

  it('moves spaces at the edges of a formatted run outside it (Markdown emphasis cannot hold them)', () => {
    const markdown = blocksToMarkdown('T', [{ type: 'paragraph', text: ['a', { text: ' bold ', formats: ['bold'] }, 'b'] }]);
    expect(markdown).toBe('# T\n\na **bold** b\n');
    expect(canonicalBlocks(markdownToBlocks(markdown).blocks)[1]).toEqual({ type: 'paragraph', text: [{ text: 'a ', formats: [] }, { text: 'bold', formats: ['bold'] }, { text: ' b', formats: [] }] });
  });

  it('leaves guidance and empty paragraphs out', () => {
    const markdown = blocksToMarkdown('T', [{ type: 'heading', level: 1, text: 'T' }, { type: 'guidance', text: 'advice' }, { type: 'paragraph', text: '' }, { type: 'paragraph', text: 'x' }]);
    expect(markdown).toBe('# T\n\nx\n');
  });

  it('writes the title when the blocks do not open with one', () => {
    expect(blocksToMarkdown('My *title*', [{ type: 'paragraph', text: 'x' }])).toBe('# My \\*title\\*\n\nx\n');
  });
});

describe('markdownToBlocks converts what documents cannot hold, and says so', () => {
  const cases: Array<{ name: string; markdown: string; blocks: unknown[]; dropped: Array<{ feature: string; count: number }>; title?: string }> = [
    {
      name: 'headings deeper than 3 become 3',
      markdown: '# T\n\n#### four\n\n###### six\n\nSetext\n---',
      title: 'T',
      blocks: [{ type: 'heading', level: 1, text: 'T' }, { type: 'heading', level: 3, text: 'four' }, { type: 'heading', level: 3, text: 'six' }, { type: 'heading', level: 2, text: 'Setext' }],
      dropped: [{ feature: 'heading-level', count: 2 }],
    },
    {
      name: 'nested lists are flattened',
      markdown: '- a\n  - b\n  - c\n- d\n\n1. one\n   - inner',
      blocks: [{ type: 'bullets', items: ['a', 'b', 'c', 'd'] }, { type: 'numbered', items: ['one', 'inner'] }],
      dropped: [{ feature: 'nested-list', count: 2 }],
    },
    {
      name: 'code becomes text',
      markdown: 'Use `npm`.\n\n```js\nconst a = 1;\n\nconst b = 2;\n```',
      blocks: [{ type: 'paragraph', text: 'Use npm.' }, { type: 'paragraph', text: 'const a = 1;' }, { type: 'paragraph', text: 'const b = 2;' }],
      dropped: [{ feature: 'code', count: 2 }],
    },
    {
      name: 'images keep their alt text',
      markdown: 'Logo: ![Our logo](logo.png) here\n\n![](empty.png)\n\n![ref][r]\n\n[r]: x.png',
      blocks: [{ type: 'paragraph', text: 'Logo: Our logo here' }, { type: 'paragraph', text: 'ref' }],
      dropped: [{ feature: 'image', count: 3 }],
    },
    {
      name: 'HTML keeps its text, underline and line breaks are understood',
      markdown: '<div><p>Block <b>html</b></p></div>\n\nSome <u>under</u> and <span>span</span>.\n\n<!-- a comment -->',
      blocks: [{ type: 'paragraph', text: ['Block ', { text: 'html', formats: ['bold'] }] }, { type: 'paragraph', text: ['Some ', { text: 'under', formats: ['underline'] }, ' and span.'] }],
      dropped: [{ feature: 'html', count: 3 }],
    },
    {
      name: 'strikethrough, rules, task boxes, footnotes and http links',
      markdown: '~~old~~ new[^1]\n\n***\n\n- [x] done\n- [ ] todo\n\n[plain](http://example.org) and [ref link][site]\n\n[^1]: A note.\n\n[site]: https://example.org/ref',
      blocks: [
        { type: 'paragraph', text: 'old new' },
        { type: 'bullets', items: ['done', 'todo'] },
        { type: 'paragraph', text: ['plain and ', { text: 'ref link', href: 'https://example.org/ref' }] },
      ],
      dropped: [
        { feature: 'strikethrough', count: 1 },
        { feature: 'horizontal-rule', count: 1 },
        { feature: 'link', count: 1 },
        { feature: 'footnote', count: 2 },
        { feature: 'task-list', count: 2 },
      ],
    },
    {
      name: 'quotes with several paragraphs and a list inside',
      markdown: '> first\n>\n> second\n>\n> - item\n> > deeper',
      blocks: [{ type: 'quote', text: 'first' }, { type: 'quote', text: 'second' }, { type: 'bullets', items: ['item'] }, { type: 'quote', text: 'deeper' }],
      dropped: [],
    },
    {
      name: 'entities and escapes are decoded; a byte-order mark is ignored',
      markdown: '\uFEFF# Caf&eacute; \\*1\\*\n\nA &amp; B &#169;',
      title: 'Café *1*',
      blocks: [{ type: 'heading', level: 1, text: 'Café *1*' }, { type: 'paragraph', text: 'A & B ©' }],
      dropped: [],
    },
    {
      name: 'no heading, no title',
      markdown: 'Just text.',
      blocks: [{ type: 'paragraph', text: 'Just text.' }],
      dropped: [],
    },
  ];
  it.each(cases)('$name', ({ markdown, blocks, dropped, title }) => {
    const imported = markdownToBlocks(markdown);
    expect(canonicalBlocks(imported.blocks)).toEqual(canonicalBlocks(blocks as BlockList));
    expect(imported.dropped).toEqual(dropped);
    expect(imported.title).toBe(title);
  });
});
