/**
 * DOCX import: document → DOCX (the export writer, shared/export/blocks-to-docx.ts) →
 * import keeps the structure, for every template and example document in en/fr/ar; a
 * Word file with features a document cannot hold imports what it can and lists the rest.
 */
import { describe, expect, it } from 'vitest';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { blocksToDocx } from '../../../shared/export/blocks-to-docx';
import { docxToBlocks, featureOfMessage, scanDocumentXml } from '../../../shared/import/docx-to-blocks';
import { DOCUMENT_KINDS } from '../../../shared/model/document';
import { exampleWorkspace } from '../../../shared/model/example-workspace';
import { LOCALES, type Locale } from '../../../shared/model/locale';
import type { BlockList } from '../../../shared/model/template';
import { defaultTitleFor, templateFor } from '../../../shared/model/templates';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { writeBlocksToYDoc } from '../../../renderer/editor/blocks/blocks-to-ydoc';
import { readDocx } from '../../../renderer/features/imports/convert-import';
import { canonicalBlocks } from './normalize';

const fixtures: Array<{ name: string; locale: Locale; title: string; blocks: BlockList }> = [];
for (const locale of LOCALES) {
  for (const kind of DOCUMENT_KINDS) fixtures.push({ name: `template ${kind} (${locale})`, locale, title: defaultTitleFor(kind, locale), blocks: templateFor(kind, locale) });
  for (const document of exampleWorkspace(locale).documents) fixtures.push({ name: `example “${document.title}” (${locale})`, locale, title: document.title, blocks: document.blocks });
}

function throughDocument(blocks: BlockList): BlockList {
  const doc = newDocumentDoc('doc-test');
  writeBlocksToYDoc(doc, blocks);
  const read = documentBlocks(doc);
  doc.destroy();
  return read;
}

describe('document → DOCX (export writer) → import', () => {
  it.each(fixtures)('$name', async ({ locale, title, blocks }) => {
    const document = throughDocument(blocks);
    const bytes = await blocksToDocx({ locale, title, titleShown: false, blocks: document, labels: { comments: 'Comments', deletedPassage: 'Deleted:', page: 'Page {page} of {pages}' } });
    const imported = await readDocx(bytes);
    expect(canonicalBlocks(imported.blocks)).toEqual(canonicalBlocks(document));
    expect(imported.dropped).toEqual([]);
    expect(imported.title).toBe(title);
  });

  it('reads the title paragraph (Title style) as the level-1 heading', async () => {
    const bytes = await blocksToDocx({ locale: 'ar', title: 'مذكرة تفاهم', blocks: [{ type: 'paragraph', text: 'نص' }], labels: { comments: '', deletedPassage: '', page: '' } });
    const imported = await readDocx(bytes);
    expect(imported.title).toBe('مذكرة تفاهم');
    expect(canonicalBlocks(imported.blocks)).toEqual(canonicalBlocks([{ type: 'heading', level: 1, text: 'مذكرة تفاهم' }, { type: 'paragraph', text: 'نص' }]));
  });
});

/** A 1×1 PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** A Word file built with the `docx` package, holding what a document keeps and what it cannot. */
async function richDocx(): Promise<Uint8Array> {
  const file = new Document({
    comments: { children: [{ id: 0, author: 'Amal', children: [new Paragraph('A comment')] }] },
    footnotes: { 1: { children: [new Paragraph('The footnote text.')] } },
    numbering: { config: [{ reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }, { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START }] }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Imported report')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun('A deep heading')] }),
          new Paragraph({
            children: [
              new TextRun({ text: 'Bold', bold: true }),
              new TextRun(' and '),
              new TextRun({ text: 'italic', italics: true }),
              new TextRun(' and '),
              new TextRun({ text: 'underlined', underline: {} }),
              new TextRun(' with '),
              new ExternalHyperlink({ link: 'https://example.org/', children: [new TextRun({ text: 'a link', style: 'Hyperlink' })] }),
              new TextRun('.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ bidirectional: true, children: [new TextRun({ text: 'فقرة من اليمين إلى اليسار', rightToLeft: true })] }),
          new Paragraph({ children: [new CommentRangeStart(0), new TextRun('Commented text'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
          new Paragraph({ children: [new TextRun('Kept '), new InsertedTextRun({ text: 'inserted', id: 1, author: 'A', date: '2025-01-01T00:00:00Z' }), new DeletedTextRun({ text: 'deleted', id: 2, author: 'A', date: '2025-01-01T00:00:00Z' })] }),
          new Paragraph({ children: [new TextRun('Picture: '), new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 }, altText: { name: 'logo', description: 'The logo', title: 'Logo' } })] }),
          new Paragraph({ children: [new TextRun('Page '), new SimpleField('PAGE', '1')] }),
          new Paragraph({ text: 'First', bullet: { level: 0 } }),
          new Paragraph({ text: 'Nested', bullet: { level: 1 } }),
          new Paragraph({ text: 'Second', bullet: { level: 0 } }),
          new Paragraph({ text: 'One', numbering: { reference: 'num', level: 0 } }),
          new Paragraph({ text: 'Two', numbering: { reference: 'num', level: 0 } }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [new TableCell({ children: [new Paragraph('Who')] }), new TableCell({ children: [new Paragraph('What')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Amal')] }), new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: 'Chairs', bold: true })] })] })] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

describe('a Word file with more than a document holds', () => {
  it('keeps headings, lists, tables, links, formats and right-to-left text, and lists what it dropped', async () => {
    const imported = await readDocx(await richDocx());
    expect(imported.title).toBe('Imported report');
    expect(canonicalBlocks(imported.blocks)).toEqual(
      canonicalBlocks([
        { type: 'heading', level: 1, text: 'Imported report' },
        { type: 'heading', level: 3, text: 'A deep heading' },
        {
          type: 'paragraph',
          text: [{ text: 'Bold', formats: ['bold'] }, ' and ', { text: 'italic', formats: ['italic'] }, ' and ', { text: 'underlined', formats: ['underline'] }, ' with ', { text: 'a link', href: 'https://example.org/' }, '.'],
        },
        { type: 'paragraph', text: 'فقرة من اليمين إلى اليسار' },
        { type: 'paragraph', text: 'Commented text' },
        { type: 'paragraph', text: 'Kept inserted' },
        { type: 'paragraph', text: 'Picture: The logo' },
        // The field's shown value is not kept by mammoth for a simple field; it is listed as dropped.
        { type: 'paragraph', text: 'Page' },
        { type: 'bullets', items: ['First', 'Nested', 'Second'] },
        { type: 'numbered', items: ['One', 'Two'] },
        { type: 'table', header: ['Who', 'What'], rows: [['Amal', 'Chairs']] },
      ]),
    );
    const dropped = Object.fromEntries(imported.dropped.map(({ feature, count }) => [feature, count]));
    expect(dropped).toMatchObject({ 'heading-level': 1, 'nested-list': 1, image: 1, footnote: 1, comment: 1, 'tracked-change': 2, field: 1, 'table-formatting': 1 });
  });
});

describe('what mammoth says, and what the XML holds', () => {
  it.each([
    ["Unrecognised paragraph style: 'Fancy' (Style ID: Fancy)", 'style'],
    ['Run style with ID X was referenced but not defined in the document', 'style'],
    ['An unrecognised element was ignored: m:oMath', null],
    ['An unrecognised element was ignored: w:foo', 'other'],
    ['Image of type image/x-emf is unlikely to display in web browsers', null],
    ['Could not find image file for a:blip element', 'image'],
    ['Ignoring complex field end character without corresponding start character', 'field'],
    ['unexpected non-row element in table, cell merging may be incorrect', 'table-formatting'],
    ['Something new', 'other'],
  ])('%s → %s', (message, feature) => {
    expect(featureOfMessage(message)).toBe(feature);
  });

  it('counts comments, text boxes, tracked changes, equations and fields (not hyperlinks)', () => {
    const xml = [
      '<w:commentReference w:id="1"/>',
      '<w:txbxContent><w:p/></w:txbxContent>',
      '<w:ins w:id="1"><w:r/></w:ins><w:del w:id="2"/><w:rPrChange/>',
      '<m:oMathPara><m:oMath></m:oMath></m:oMathPara>',
      '<w:fldSimple w:instr=" PAGE "/>',
      '<w:fldSimple w:instr=" HYPERLINK &quot;x&quot; "/>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TO</w:instrText></w:r><w:r><w:instrText>C \\o</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ].join('');
    expect(scanDocumentXml(xml)).toEqual([
      { feature: 'comment', count: 1 },
      { feature: 'text-box', count: 1 },
      { feature: 'field', count: 2 },
      { feature: 'tracked-change', count: 3 },
      { feature: 'equation', count: 1 },
    ]);
  });

  it('drops footnote text at the end of mammoth’s HTML, counting the reference', () => {
    const html = '<p>Text<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>Note <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(docxToBlocks({ html, messages: [] })).toEqual({ blocks: [{ type: 'paragraph', text: 'Text' }], dropped: [{ feature: 'footnote', count: 1 }] });
  });
});
