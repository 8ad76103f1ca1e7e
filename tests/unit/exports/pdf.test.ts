/**
 * The PDF writer (renderer/features/exports/pdf), run in Node with the bundled font files and
 * read back with pdf.js: pages, text in logical order, Arabic, metadata, page labels, mirroring.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writePdf } from '../../../renderer/features/exports/pdf/write-pdf';
import type { PdfFontBytes, PrintableDocument } from '../../../renderer/features/exports/pdf/printable-document';
import { ARABIC_PARAGRAPH, MIXED_LINE, allText, arabicSample, englishSample, loadFontsFromDisk, normalise, parsePdf as parse, type ParsedPdf } from './pdf-sample';


const PAGE_WIDTH = 595.28;
const MARGIN_X = 56.7;

let fonts: PdfFontBytes;
let english: ParsedPdf;
let arabic: ParsedPdf;

beforeAll(async () => {
  fonts = await loadFontsFromDisk();
  english = await parse(await writePdf(englishSample(), fonts));
  arabic = await parse(await writePdf(arabicSample(), fonts));
});

describe('PDF export of an English document (with French and Arabic passages)', () => {
  it('breaks pages, and repeats the header of a table that runs over a page break', () => {
    expect(english.pages.length).toBe(2);
    expect(english.pages[0]).toContain('Action Owner Due');
    expect(english.pages[1]![0]).toBe('Action Owner Due');
    expect(english.pages[0]).toContain('Action 1 Amina Diallo 01 December 2026');
    expect(english.pages[1]).toContain('Action 28 Amina Diallo 28 December 2026');
  });

  it.each([
    ['title', 'Steering committee — 21 November 2026'],
    ['subtitle', 'West Africa Alliance · 21 November 2026'],
    ['heading', 'Minutes of the steering committee'],
    ['paragraph with bold, italic and a link, over two lines', 'The committee met to review the annual plan and the budget proposal. See the shared folder for the papers.'],
    ['French with guillemets and curly quotes', 'Le comité a adopté « le plan d’action » à l’unanimité — prochaine étape : la réunion générale.'],
    ['quote', '“Nothing about us without us.”'],
    ['bullet', '• Publish the minutes within a week'],
    ['numbered item', '2. Review the actions'],
    ['level 3 heading and paragraph after the table', 'Next meeting The next meeting will take place in Dakar on 15 January 2027.'],
  ])('keeps the %s as text in logical order', (_, text) => {
    expect(allText(english)).toContain(normalise(text));
  });

  it('leaves guidance out', () => {
    expect(allText(english)).not.toContain('Say who attended');
  });

  it('writes Arabic as shaped text that extracts back to its words, in logical order', () => {
    const text = allText(english);
    expect(text).toContain(normalise(ARABIC_PARAGRAPH.replace(/\.$/, '')));
    for (const word of MIXED_LINE.replace(/\.$/, '').split(' ')) expect(text).toContain(normalise(word));
  });

  it('right-aligns an Arabic paragraph in a left-to-right document', () => {
    const line = english.items[0]!.filter((item) => item.y === english.items[0]!.find((i) => i.str.includes('وافقت'))!.y);
    const right = Math.max(...line.map((item) => item.x + item.width));
    expect(right).toBeCloseTo(PAGE_WIDTH - MARGIN_X, 0);
  });

  it('sets the title, language and creator, and numbers the pages', () => {
    expect(english.info.Title).toBe('Steering committee — 21 November 2026');
    expect(english.info.Language).toBe('en');
    expect(english.info.Creator).toBe('Accord');
    english.pages.forEach((lines, i) => {
      expect(lines.join('\n')).toContain(`Page ${i + 1} of 2`);
      expect(lines.join('\n')).toContain('Exported from Accord on 21 November 2026');
    });
  });
});

describe('PDF export of an Arabic document', () => {
  it('sets the language and keeps every Arabic word', () => {
    expect(arabic.info.Language).toBe('ar');
    const text = allText(arabic);
    for (const word of ['محضر', 'اجتماع', 'اللجنة', 'التوجيهية', 'الاجتماع', 'لا', 'الأعضاء', 'خلال', 'Oxfam', 'Accord', '2026', '١٥', '٢٠٢٦', 'Lefèvre']) {
      expect(text).toContain(normalise(word));
    }
    // A mixed line comes out in visual order (pdf.js reorders only within right-to-left runs).
    const footer = arabic.pages[0]!.find((line) => line.includes('الصفحة'))!;
    expect(footer).toMatch(/1 من 1 الصفحة|الصفحة 1 من 1/);
  });

  it('mirrors the layout: text on the right, list markers right of their items, first column on the right', () => {
    const items = arabic.items[0]!;
    const find = (text: string) => items.find((item) => item.str.includes(text))!;
    const heading = find('محضر اجتماع');
    expect(heading.x + heading.width).toBeCloseTo(PAGE_WIDTH - MARGIN_X, 0);
    const bullet = items.find((item) => item.str === '•' && item.y === find('اعتماد الخطة').y)!;
    expect(bullet.x).toBeGreaterThan(find('اعتماد الخطة').x);
    expect(find('المهمة').x).toBeGreaterThan(find('المسؤول').x);
    expect(find('المسؤول').x).toBeGreaterThan(find('الموعد').x);
    // A paragraph whose first strong character is Latin runs left to right, from the left.
    expect(find('Oxfam هي') ?? items.find((item) => item.str === 'Oxfam' && item.x < 100)).toBeTruthy();
  });
});

describe('PDF export edge cases', () => {
  const document = (blocks: PrintableDocument['blocks']): PrintableDocument => ({
    locale: 'fr',
    title: 'Cas limites',
    blocks,
    pageLabel: (page, pages) => `Page ${page} sur ${pages}`,
  });

  it('cuts a word longer than a line, and splits a table row taller than a page', async () => {
    const longWord = 'x'.repeat(300);
    const tallCell = Array.from({ length: 600 }, (_, i) => `ligne ${i + 1}`).join(' ');
    const parsed = await parse(await writePdf(document([{ type: 'paragraph', text: longWord }, { type: 'table', header: ['A', 'B'], rows: [['court', tallCell]] }]), fonts));
    expect(parsed.pages.length).toBeGreaterThan(1);
    const text = allText(parsed).replace(/ /g, '');
    expect(text).toContain(longWord);
    expect(allText(parsed)).toContain('ligne 1 ');
    expect(allText(parsed)).toContain('ligne 600');
    expect(parsed.pages.at(-1)!.join('\n')).toContain(`Page ${parsed.pages.length} sur ${parsed.pages.length}`);
  });

  it('writes an empty document as one page', async () => {
    const parsed = await parse(await writePdf(document([{ type: 'paragraph', text: '' }, { type: 'bullets', items: [] }]), fonts));
    expect(parsed.pages.length).toBe(1);
    expect(parsed.info.Language).toBe('fr');
  });
});
