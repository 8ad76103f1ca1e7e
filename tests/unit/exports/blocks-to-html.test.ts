// The HTML export (and what the PDF is printed from): a self-contained, escaped document whose
// blocks each carry their direction, with print CSS and comments as linked notes.
import { describe, expect, it } from 'vitest';
import { blocksToHtml, escapeHtml } from '../../../shared/export/blocks-to-html';
import { ARABIC_BLOCKS, ARABIC_LABELS, COMMENT, ENGLISH_BLOCKS, TINY_PNG, exportDocument } from './export-fixtures';
import { exportToMarkdown } from '../../../shared/export/blocks-to-markdown';

describe('blocksToHtml', () => {
  const html = blocksToHtml(exportDocument(ENGLISH_BLOCKS, { comments: [COMMENT] }));

  it.each([
    ['the language and base direction', '<html lang="en" dir="ltr">'],
    ['a strict content policy (no script, nothing from outside)', `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`],
    ['the title element', '<title>Terms of Reference</title>'],
    ['headings of every level, each with dir="auto"', '<h1 dir="auto">Terms of Reference</h1>'],
    ['a level-2 heading', '<h2 dir="auto">Members</h2>'],
    ['a level-3 heading', '<h3 dir="auto">Steps</h3>'],
    ['bold', '<strong>meets</strong>'],
    ['italic', '<em>month</em>'],
    ['underline', '<u>Costa</u>'],
    ['an https link', '<a href="https://example.org/charter">the charter</a>'],
    ['a bulleted list', '<ul dir="ltr">\n<li><bdi>Amina Diallo</bdi></li>'],
    ['a numbered list', '<ol dir="ltr">\n<li><bdi>Draft</bdi></li>'],
    ['a quote', '<blockquote dir="auto"><p dir="auto">Nothing about us without us.</p></blockquote>'],
    ['a table header', '<thead><tr><th dir="auto">Action</th><th dir="auto">Owner</th></tr></thead>'],
    ['a table row', '<tr><td dir="auto">Circulate the minutes</td><td dir="auto">Amina</td></tr>'],
    ['the subtitle', '<p class="subtitle" dir="ltr">West Africa Alliance · Agreement</p>'],
    ['the footer', '<p class="footer" dir="ltr">Exported from Accord on 21 Nov 2026</p>'],
    ['A4 pages', '@page { size: A4;'],
    ['page numbers from CSS counters', 'content: "Page " counter(page) " of " counter(pages)'],
    ['a font stack with Arabic', '"Noto Sans Arabic"'],
  ])('writes %s', (_, fragment) => {
    expect(html).toContain(fragment);
  });

  it('escapes text and drops links that are not https or mailto', () => {
    expect(html).toContain('Unsafe link &amp; &lt;b&gt;markup&lt;/b&gt;.');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<b>');
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('highlights the commented passage and links it to a numbered note, and back', () => {
    expect(html).toContain('<mark class="commented"><strong>meets</strong></mark><sup class="note-ref"><a href="#note-1" id="ref-1">[1]</a></sup>');
    expect(html).toMatch(/<section class="notes"><h2 dir="auto">Comments<\/h2>/);
    expect(html).toContain('<li id="note-1">');
    expect(html).toContain('<bdi><strong>Amina Diallo</strong></bdi>: Monthly is too often.');
    expect(html).toContain('<p dir="ltr" class="reply"><bdi><strong>Bruno Costa</strong></bdi>: Agreed: every two months.</p>');
    expect(html).toContain('<a href="#ref-1">↩</a>');
  });

  it('keeps a comment on a deleted passage as a note with its quote', () => {
    const orphan = { ...COMMENT, range: null, quote: 'an old sentence' };
    const out = blocksToHtml(exportDocument(ENGLISH_BLOCKS, { comments: [orphan] }));
    expect(out).toContain('Comment on a passage since deleted:</p><blockquote dir="auto">an old sentence</blockquote>');
    expect(out).not.toContain('id="ref-1"');
  });

  it('writes the title as a heading unless the blocks open with it', () => {
    const shown = blocksToHtml(exportDocument([{ type: 'paragraph', text: 'Body' }], { titleShown: true, title: 'Minutes <draft>' }));
    expect(shown).toContain('<h1 dir="auto">Minutes &lt;draft&gt;</h1>');
    expect(html.match(/<h1/g)).toHaveLength(1);
  });
});

describe('a document with a figure', () => {
  const document = exportDocument(ENGLISH_BLOCKS, { figure: { png: TINY_PNG, width: 1000, height: 760, alt: 'The board as a picture <drawn>.' } });

  it('is an inline data: image under the subtitle in HTML, which its own CSP allows', () => {
    const html = blocksToHtml(document);
    expect(html).toContain('img-src data:');
    expect(html).toMatch(/<img src="data:image\/png;base64,iVBORw0KGgo[^"]*" width="1000" height="760" alt="The board as a picture &lt;drawn&gt;.">/);
    expect(html.indexOf('<img')).toBeGreaterThan(html.indexOf('class="subtitle"'));
  });

  it('is left out of Markdown, which cannot hold it', () => {
    expect(exportToMarkdown(document)).not.toContain('data:image');
  });
});

describe('blocksToHtml in Arabic', () => {
  const html = blocksToHtml(exportDocument(ARABIC_BLOCKS, { locale: 'ar', title: 'ميثاق التحالف', subtitle: undefined, labels: ARABIC_LABELS }));

  it('is right to left, with Arabic page numbers', () => {
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('content: "الصفحة " counter(page) " من " counter(pages)');
  });

  it('gives lists the document’s direction, tables the direction of their text, and each block dir="auto"', () => {
    expect(html).toContain('<ol dir="rtl">');
    expect(html).toContain('<table dir="rtl">');
    expect(html).toContain('<p dir="auto">The English sentence stays left to right.</p>');
  });
});

describe('a list of Latin names in an Arabic document', () => {
  it('keeps its markers on the right, each name isolated in its own direction', () => {
    const html = blocksToHtml(
      exportDocument([{ type: 'bullets', items: ['Daniel Okafor', 'Karim Saleh'] }], { locale: 'ar', title: 'محضر', subtitle: undefined, labels: ARABIC_LABELS }),
    );
    expect(html).toContain('<ul dir="rtl">\n<li><bdi>Daniel Okafor</bdi></li>');
  });
});
