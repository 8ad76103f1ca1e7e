// The DOCX export, unzipped and read as WordprocessingML: heading styles, real numbering, tables,
// links, right-to-left paragraphs and runs, and comments anchored on their passage.
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { blocksToDocx } from '../../../shared/export/blocks-to-docx';
import { exportComments } from '../../../shared/export/comment-ranges';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { ARABIC_BLOCKS, ARABIC_LABELS, COMMENT, ENGLISH_BLOCKS, TINY_PNG, commentOn, documentDoc, exportDocument } from './export-fixtures';

interface Docx {
  files: string[];
  document: string;
  comments: string;
  numbering: string;
  footer: string;
  rels: string;
}

async function open(bytes: Uint8Array): Promise<Docx> {
  const entries = unzipSync(bytes);
  const text = (name: string) => (entries[name] ? strFromU8(entries[name]!) : '');
  return {
    files: Object.keys(entries),
    document: text('word/document.xml'),
    comments: text('word/comments.xml'),
    numbering: text('word/numbering.xml'),
    footer: text('word/footer1.xml'),
    rels: text('word/_rels/document.xml.rels'),
  };
}

/** The XML of every paragraph (w:p) whose text contains `needle`. */
function paragraphWith(xml: string, needle: string): string {
  const found = xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)?.find((paragraph) => paragraph.includes(needle));
  if (!found) throw new Error(`no paragraph with ${needle}`);
  return found;
}

describe('blocksToDocx (English)', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await open(await blocksToDocx(exportDocument(ENGLISH_BLOCKS, { comments: [COMMENT] })));
  });

  it('is a Word document with comments, numbering and a footer', () => {
    expect(docx.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/comments.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footer1.xml']));
  });

  it.each([
    ['Heading1', 'Terms of Reference'],
    ['Heading2', 'Members'],
    ['Heading3', 'Steps'],
    ['Quote', 'Nothing about us without us.'],
    ['Subtitle', 'West Africa Alliance'],
  ])('uses the %s style', (style, text) => {
    expect(paragraphWith(docx.document, text)).toContain(`<w:pStyle w:val="${style}"/>`);
  });

  it('writes lists as numbered and bulleted paragraphs, each numbered list counting from 1', () => {
    const bullet = paragraphWith(docx.document, 'Amina Diallo');
    const first = paragraphWith(docx.document, 'Draft');
    const second = paragraphWith(docx.document, 'Publish');
    const numId = (xml: string) => /<w:numId w:val="(\d+)"\/>/.exec(xml)?.[1];
    expect(numId(bullet)).toBeDefined();
    expect(numId(first)).toBeDefined();
    expect(numId(first)).toBe(numId(paragraphWith(docx.document, 'Adopt')));
    expect(numId(second)).not.toBe(numId(first));
    expect(numId(bullet)).not.toBe(numId(first));
    expect(docx.numbering).toContain('w:val="decimal"');
    expect(docx.numbering).toContain('w:val="bullet"');
  });

  it('writes the table with a repeated header row', () => {
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(docx.document)?.[0] ?? '';
    expect(table.match(/<w:tr>/g)?.length ?? table.match(/<w:tr[ >]/g)?.length).toBe(3);
    expect(table).toContain('<w:tblHeader/>');
    expect(table).toContain('Circulate the minutes');
  });

  it('keeps formats and https links; drops other links', () => {
    expect(paragraphWith(docx.document, 'meets')).toMatch(/<w:b\/>.*meets/s);
    expect(paragraphWith(docx.document, 'month')).toMatch(/<w:i\/>.*month/s);
    expect(paragraphWith(docx.document, 'Costa')).toMatch(/<w:u w:val="single"\/>.*Costa/s);
    expect(paragraphWith(docx.document, 'the charter')).toContain('<w:hyperlink');
    expect(docx.rels).toContain('https://example.org/charter');
    expect(docx.rels).not.toContain('javascript:');
  });

  it('anchors each message of a thread on the passage, replies threaded under the first', () => {
    const paragraph = paragraphWith(docx.document, 'meets');
    expect(paragraph).toMatch(/<w:commentRangeStart w:id="0"\/><w:commentRangeStart w:id="1"\/>.*meets.*<w:commentRangeEnd w:id="0"\/>/s);
    expect(paragraph).toContain('<w:commentReference w:id="0"/>');
    expect(paragraph).toContain('<w:commentReference w:id="1"/>');
    expect(docx.comments).toContain('w:author="Amina Diallo"');
    expect(docx.comments).toContain('Monthly is too often.');
    expect(docx.comments).toContain('w:author="Bruno Costa"');
    expect(docx.comments).toContain('Agreed: every two months.');
  });

  it('numbers the pages in the footer', () => {
    expect(docx.footer).toContain('PAGE');
    expect(docx.footer).toContain('NUMPAGES');
    expect(docx.footer).toContain('Page ');
  });

  it('is not right to left', () => {
    expect(docx.document).not.toContain('<w:bidi/>');
  });
});

describe('blocksToDocx with a figure', () => {
  it('puts the picture under the subtitle, shrunk to the text width, with its alternative text', async () => {
    const alt = 'Power map “Voting rights”: the board as a picture.';
    const docx = await open(await blocksToDocx(exportDocument(ENGLISH_BLOCKS, { titleShown: true, figure: { png: TINY_PNG, width: 1000, height: 760, alt } })));
    const media = docx.files.filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(docx.rels).toContain(media[0]!.replace('word/', ''));
    const drawing = docx.document.match(/<w:drawing>.*?<\/w:drawing>/s)?.[0] ?? '';
    expect(drawing).toContain(`descr="${alt}"`);
    // 1,000 px shrunk to the A4 text width (≈ 653 px at 96 dpi), the aspect ratio kept: EMUs are 9,525 to the pixel.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(drawing);
    const [width, height] = [Number(extent?.[1]) / 9525, Number(extent?.[2]) / 9525];
    expect(width).toBeGreaterThan(600);
    expect(width).toBeLessThan(660);
    expect(height / width).toBeCloseTo(0.76, 2);
    // After the subtitle, before the first block.
    expect(docx.document.indexOf('<w:drawing>')).toBeGreaterThan(docx.document.indexOf('West Africa Alliance'));
  });
});

describe('blocksToDocx (Arabic)', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await open(await blocksToDocx(exportDocument(ARABIC_BLOCKS, { locale: 'ar', title: 'ميثاق التحالف', subtitle: undefined, labels: ARABIC_LABELS })));
  });

  it.each(['ميثاق التحالف', 'يجتمع مجلس التنسيق', 'إعداد المحضر', 'نشر المحضر'])('writes “%s” in a right-to-left paragraph with right-to-left runs', (text) => {
    const paragraph = paragraphWith(docx.document, text);
    expect(paragraph).toContain('<w:bidi/>');
    expect(paragraph).toMatch(/<w:rtl\/>/);
  });

  it('keeps an English paragraph left to right', () => {
    expect(paragraphWith(docx.document, 'The English sentence')).not.toContain('<w:bidi/>');
  });

  it('lays the Arabic table out right to left', () => {
    expect(docx.document).toContain('<w:bidiVisual/>');
  });

  it('writes the page number in Arabic', () => {
    expect(docx.footer).toContain('الصفحة ');
  });

  it('keeps a list of Latin names right to left (numbers on the right), the names in left-to-right runs', async () => {
    const names = await open(await blocksToDocx(exportDocument([{ type: 'bullets', items: ['Daniel Okafor'] }], { locale: 'ar', title: 'محضر', subtitle: undefined, labels: ARABIC_LABELS })));
    const item = paragraphWith(names.document, 'Daniel Okafor');
    expect(item).toContain('<w:bidi/>');
    expect(item).not.toMatch(/<w:rtl\/>/);
  });
});

describe('a document with comments, from its Y.Doc to DOCX', () => {
  it('anchors a comment on its exact words, and one in a table on the whole table', async () => {
    const doc = documentDoc(ENGLISH_BLOCKS);
    commentOn(doc, 'a-word', { path: [1], kind: 'text', child: 1, offset: 0 }, { path: [1], kind: 'text', child: 1, offset: 5 }, 'Too often?', 'meets');
    commentOn(doc, 'b-cell', { path: [9, 1, 1, 0], kind: 'text', child: 0, offset: 0 }, { path: [9, 1, 1, 0], kind: 'text', child: 0, offset: 5 }, 'Who else?', 'Amina');
    const docx = await open(await blocksToDocx(exportDocument(documentBlocks(doc), { comments: exportComments(doc) })));
    const paragraph = paragraphWith(docx.document, 'meets');
    // The passage, and nothing more, lies between the range marks.
    expect(/<w:commentRangeStart w:id="0"\/>(.*?)<w:commentRangeEnd w:id="0"\/>/s.exec(paragraph)?.[1]?.replace(/<[^>]+>/g, '')).toBe('meets');
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(docx.document)?.[0] ?? '';
    expect(table.indexOf('<w:commentRangeStart w:id="1"/>')).toBeLessThan(table.indexOf('Action'));
    expect(table.indexOf('<w:commentRangeEnd w:id="1"/>')).toBeGreaterThan(table.indexOf('Book the room'));
    expect(docx.comments).toContain('Who else?');
  });

  it('anchors a comment whose passage is gone on the title, quoting it', async () => {
    const orphan = { ...COMMENT, range: null, quote: 'an old sentence' };
    const docx = await open(await blocksToDocx(exportDocument(ENGLISH_BLOCKS, { titleShown: true, comments: [orphan] })));
    expect(paragraphWith(docx.document, 'Terms of Reference')).toContain('<w:commentRangeStart w:id="0"/>');
    expect(docx.comments).toContain('Comment on a passage since deleted: “an old sentence”');
  });
});
