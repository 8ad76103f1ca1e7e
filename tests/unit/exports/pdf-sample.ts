/**
 * Shared by the PDF unit test and the e2e preview: the bundled fonts read from disk (the
 * renderer fetches the same files by URL), and sample documents in English and Arabic.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PdfFontBytes, PrintableDocument } from '../../../renderer/features/exports/pdf/printable-document';
import type { BlockList } from '../../../shared/model/template';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const FONT_DIR = path.resolve(__dirname, '../../../renderer/assets/fonts');

export async function loadFontsFromDisk(): Promise<PdfFontBytes> {
  const read = async (name: string) => new Uint8Array(await readFile(path.join(FONT_DIR, name)));
  const [regular, bold, italic, boldItalic, arRegular, arBold] = await Promise.all(
    ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic', 'NotoSans-BoldItalic', 'NotoSansArabic-Regular', 'NotoSansArabic-Bold'].map((name) =>
      read(`${name}.ttf`),
    ),
  );
  return { sans: { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! }, arabic: { regular: arRegular!, bold: arBold! } };
}

export const ARABIC_PARAGRAPH = 'وافقت اللجنة التوجيهية على خطة العمل للسنة القادمة بالإجماع.';
export const MIXED_LINE = 'ناقشنا تقرير Oxfam لعام 2026 مع فريق Accord في الاجتماع.';

const TABLE_ROWS = Array.from({ length: 28 }, (_, i) => [
  `Action ${i + 1}`,
  i % 3 === 0 ? 'Amina Diallo' : i % 3 === 1 ? 'Jean-Baptiste Lefèvre' : 'سارة منصور',
  `${String((i % 28) + 1).padStart(2, '0')} December 2026`,
]);

export function englishSample(): PrintableDocument {
  const blocks: BlockList = [
    { type: 'heading', level: 1, text: 'Minutes of the steering committee' },
    {
      type: 'paragraph',
      text: [
        'The committee met to review the ',
        { text: 'annual plan', formats: ['bold'] },
        ' and the ',
        { text: 'budget proposal', formats: ['italic'] },
        '. See the ',
        { text: 'shared folder', href: 'https://example.org/folder' },
        ' for the papers.',
      ],
    },
    { type: 'guidance', text: 'Say who attended and who sent apologies.' },
    { type: 'heading', level: 2, text: 'Décisions' },
    { type: 'paragraph', text: 'Le comité a adopté « le plan d’action » à l’unanimité — prochaine étape : la réunion générale.' },
    { type: 'quote', text: '“Nothing about us without us.”' },
    { type: 'bullets', items: ['Adopt the annual plan', [{ text: 'Publish', formats: ['bold'] }, ' the minutes within a week'], 'Invite the new members'] },
    { type: 'numbered', items: ['Open the meeting', 'Review the actions', 'Close the meeting'] },
    { type: 'heading', level: 2, text: 'العربية' },
    { type: 'paragraph', text: ARABIC_PARAGRAPH },
    { type: 'paragraph', text: MIXED_LINE },
    { type: 'heading', level: 2, text: 'Action items' },
    { type: 'table', header: ['Action', 'Owner', 'Due'], rows: TABLE_ROWS },
    { type: 'heading', level: 3, text: 'Next meeting' },
    { type: 'paragraph', text: 'The next meeting will take place in Dakar on 15 January 2027.' },
  ];
  return {
    locale: 'en',
    title: 'Steering committee — 21 November 2026',
    subtitle: 'West Africa Alliance · 21 November 2026',
    blocks,
    footer: 'Exported from Accord on 21 November 2026',
    pageLabel: (page, pages) => `Page ${page} of ${pages}`,
  };
}

export function arabicSample(): PrintableDocument {
  const blocks: BlockList = [
    { type: 'heading', level: 1, text: 'محضر اجتماع اللجنة التوجيهية' },
    {
      type: 'paragraph',
      text: ['اجتمعت اللجنة لمراجعة ', { text: 'الخطة السنوية', formats: ['bold'] }, ' و', { text: 'مقترح الميزانية', formats: ['underline'] }, ' (النسخة الثانية).'],
    },
    { type: 'paragraph', text: MIXED_LINE },
    { type: 'paragraph', text: 'Oxfam هي المنظمة الشريكة، والاجتماع القادم في 15 يناير.' },
    { type: 'heading', level: 2, text: 'القرارات' },
    { type: 'bullets', items: ['اعتماد الخطة السنوية', 'نشر المحضر خلال أسبوع', 'دعوة الأعضاء الجدد'] },
    { type: 'numbered', items: ['افتتاح الاجتماع', 'مراجعة المهام', 'اختتام الاجتماع'] },
    { type: 'quote', text: '«لا شيء يخصنا من دوننا»' },
    { type: 'heading', level: 2, text: 'المهام' },
    {
      type: 'table',
      header: ['المهمة', 'المسؤول', 'الموعد'],
      rows: [
        ['إعداد التقرير المالي', 'سارة منصور', '1 ديسمبر 2026'],
        ['تحديث موقع Accord', 'Amina Diallo', '١٥ ديسمبر ٢٠٢٦'],
        ['التواصل مع الشركاء', 'Jean-Baptiste Lefèvre', '20 ديسمبر 2026'],
      ],
    },
  ];
  return {
    locale: 'ar',
    title: 'اللجنة التوجيهية — 21 نوفمبر 2026',
    subtitle: 'تحالف غرب أفريقيا · 21 نوفمبر 2026',
    blocks,
    footer: 'صُدِّر من Accord في 21 نوفمبر 2026',
    pageLabel: (page, pages) => `الصفحة ${page} من ${pages}`,
  };
}

export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface ParsedPdf {
  /** Per page, its lines: the text items of one baseline, joined in content order. */
  pages: string[][];
  items: Item[][];
  info: Record<string, unknown>;
}

/** Reads a PDF back with pdf.js: each page's lines (text items on one baseline, joined) and items, and the metadata. */
export async function parsePdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const pages: string[][] = [];
  const items: Item[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const pageItems: Item[] = [];
    const lines = new Map<number, string>();
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const y = Math.round(item.transform[5]);
      pageItems.push({ str: item.str, x: item.transform[4], y, width: item.width });
      lines.set(y, (lines.get(y) ?? '') + item.str);
    }
    items.push(pageItems);
    pages.push([...lines.values()].map((line) => line.replace(/\s+/g, ' ').trim()));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, items, info: info as Record<string, unknown> };
}

export const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
export const allText = (parsed: ParsedPdf) => normalise(parsed.pages.flat().join(' '));
