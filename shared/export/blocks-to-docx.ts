/**
 * A Word document (DOCX) from an ExportDocument, written with the `docx` package: headings in
 * the Heading 1–3 styles, real numbered and bulleted lists (each numbered list restarts at 1),
 * tables with a repeated header row, https/mailto links, right-to-left paragraphs
 * (`w:bidi`, and right-to-left runs for Arabic text), page numbers in the footer, and comment
 * threads as real Word comments (replies threaded under the first message) anchored on their
 * passage. A thread in a table covers the whole table; a thread whose passage was deleted is
 * anchored on the title and quotes the words it was written on.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { directionOf } from '../model/locale';
import type { Block, Inline } from '../model/template';
import {
  blocksBeforeSubtitle,
  hasRtlText,
  isExportableLink,
  plainText,
  textDirection,
  unitPieces,
  type ExportComment,
  type ExportDocument,
  type ExportFigure,
} from './export-document';

const NUMBERED = 'accord-numbered';
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

interface Context {
  base: 'ltr' | 'rtl';
  comments: readonly ExportComment[];
  /** Word comment ids of each thread (its messages), by thread index. */
  ids: number[][];
}

function runOptions(text: string, formats: readonly string[], extra: Partial<IRunOptions> = {}): IRunOptions {
  return {
    text,
    bold: formats.includes('bold') || undefined,
    italics: formats.includes('italic') || undefined,
    underline: formats.includes('underline') ? {} : undefined,
    // Arabic letters in a run are laid out right to left (w:rtl), with the complex-script font.
    rightToLeft: hasRtlText(text) || undefined,
    ...extra,
  };
}

/** A unit's runs, links and comment marks. `bold` for table header cells. */
function paragraphChildren(text: Inline[] | string, block: number, unit: number, context: Context, bold = false): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const piece of unitPieces(text, context.comments, block, unit)) {
    if (piece.kind === 'start') {
      for (const id of context.ids[piece.comment] ?? []) children.push(new CommentRangeStart(id));
    } else if (piece.kind === 'end') {
      for (const id of context.ids[piece.comment] ?? []) {
        children.push(new CommentRangeEnd(id));
        children.push(new TextRun({ children: [new CommentReference(id)] }));
      }
    } else {
      const formats = bold ? [...piece.formats, 'bold'] : piece.formats;
      // New lines inside a unit (table cells) become line breaks.
      const lines = piece.text.split('\n');
      const runs = lines.map((line, index) => new TextRun(runOptions(line, formats, index > 0 ? { break: 1 } : {})));
      if (isExportableLink(piece.href)) {
        children.push(new ExternalHyperlink({ link: piece.href, children: lines.map((line, index) => new TextRun(runOptions(line, formats, { style: 'Hyperlink', ...(index > 0 ? { break: 1 } : {}) }))) }));
      } else {
        children.push(...runs);
      }
    }
  }
  return children;
}

/** A list follows the document, as in the HTML export: numbers on the document's side; runs keep their own direction. */
function listDirection(context: Context): { bidirectional?: boolean } {
  return context.base === 'rtl' ? { bidirectional: true } : {};
}

function direction(text: Inline[] | string, context: Context): { bidirectional?: boolean } {
  return textDirection(plainText(text), context.base) === 'rtl' ? { bidirectional: true } : {};
}

function blockContent(block: Block, index: number, context: Context): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], ...direction(block.text, context), children: paragraphChildren(block.text, index, 0, context) })];
    case 'paragraph':
      return [new Paragraph({ ...direction(block.text, context), children: paragraphChildren(block.text, index, 0, context) })];
    case 'quote':
      return [new Paragraph({ style: 'Quote', ...direction(block.text, context), children: paragraphChildren(block.text, index, 0, context) })];
    case 'bullets':
      return block.items.map(
        (item, unit) => new Paragraph({ bullet: { level: 0 }, ...listDirection(context), children: paragraphChildren(item, index, unit, context) }),
      );
    case 'numbered':
      // One numbering instance per list: each list counts from 1.
      return block.items.map(
        (item, unit) =>
          new Paragraph({
            numbering: { reference: NUMBERED, level: 0, instance: index + 1 },
            ...listDirection(context),
            children: paragraphChildren(item, index, unit, context),
          }),
      );
    case 'table': {
      const columns = Math.max(1, block.header.length, ...block.rows.map((row) => row.length));
      const all = [...block.header, ...block.rows.flat()];
      const rtl = textDirection(all.join(' '), context.base) === 'rtl';
      let unit = 0;
      const row = (cells: string[], header: boolean) =>
        new TableRow({
          tableHeader: header || undefined,
          cantSplit: true,
          children: Array.from({ length: columns }, (_, column) => {
            const text = cells[column] ?? '';
            const children = column < cells.length ? paragraphChildren(text, index, unit++, context, header) : [];
            return new TableCell({
              ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } } : {}),
              children: [new Paragraph({ ...direction(text, context), children })],
            });
          }),
        });
      const rows = [...(block.header.length > 0 ? [row(block.header, true)] : []), ...block.rows.map((cells) => row(cells, false))];
      if (rows.length === 0) return [];
      return [
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, visuallyRightToLeft: rtl || undefined, rows }),
        // Word needs a paragraph between two tables; it also spaces the table from what follows.
        new Paragraph({}),
      ];
    }
    default:
      return [];
  }
}

/** "Page {page} of {pages}" with Word's page fields where the numbers go. */
function pageFooter(label: string, base: 'ltr' | 'rtl'): Footer {
  const children = label
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part));
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, bidirectional: base === 'rtl' || undefined, children: [new TextRun({ children, size: 18, color: '555555' })] })],
  });
}

function commentParagraphs(text: string, base: 'ltr' | 'rtl'): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ bidirectional: textDirection(line, base) === 'rtl' || undefined, children: [new TextRun(runOptions(line, []))] }));
}

/** The DOCX file's bytes. */
export async function blocksToDocx(document: ExportDocument): Promise<Uint8Array> {
  const base = directionOf(document.locale);
  const threads = document.comments ?? [];
  // Word comment ids: every message of every thread, in order.
  const ids: number[][] = [];
  const wordComments: ICommentOptions[] = [];
  let nextId = 0;
  threads.forEach((thread) => {
    const threadIds: number[] = [];
    let parentId: number | undefined;
    thread.messages.forEach((message, index) => {
      const id = nextId++;
      threadIds.push(id);
      const prefix = index === 0 && !thread.range ? `${document.labels.deletedPassage} “${thread.quote}”\n` : '';
      wordComments.push({
        id,
        author: message.author || '—',
        initials: initials(message.author),
        ...(message.createdAt > 0 ? { date: new Date(message.createdAt) } : {}),
        ...(parentId === undefined ? {} : { parentId }),
        ...(thread.resolved ? { resolved: true } : {}),
        children: commentParagraphs(prefix + message.text, base),
      });
      if (index === 0) parentId = id;
    });
    ids.push(threadIds);
  });
  // A thread whose passage is gone is anchored on the title (or the first paragraph).
  const unanchored = threads.flatMap((thread, index) => (thread.range ? [] : (ids[index] ?? [])));
  const context: Context = { base, comments: threads, ids };

  const children: (Paragraph | Table)[] = [];
  const titleMarks = (inner: ParagraphChild[]): ParagraphChild[] =>
    unanchored.length === 0
      ? inner
      : [
          ...unanchored.map((id) => new CommentRangeStart(id)),
          ...inner,
          ...unanchored.flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]),
        ];
  if (document.titleShown !== false) {
    children.push(
      new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: textDirection(document.title, base) === 'rtl' || undefined, children: titleMarks([new TextRun(runOptions(document.title, []))]) }),
    );
  } else if (unanchored.length > 0) {
    children.push(new Paragraph({ children: titleMarks([]) }));
  }
  const subtitle = document.subtitle
    ? new Paragraph({ style: 'Subtitle', bidirectional: base === 'rtl' || undefined, children: [new TextRun(runOptions(document.subtitle, []))] })
    : null;
  const header = () => {
    if (subtitle) children.push(subtitle);
    if (document.figure) children.push(figureParagraph(document.figure));
  };
  const subtitleAt = blocksBeforeSubtitle(document);
  document.blocks.forEach((block, index) => {
    if (index === subtitleAt) header();
    children.push(...blockContent(block, index, context));
  });
  if (document.blocks.length <= subtitleAt) header();
  if (document.footer) {
    children.push(new Paragraph({ bidirectional: base === 'rtl' || undefined, children: [new TextRun(runOptions(document.footer, [], { size: 18, color: '555555' }))] }));
  }

  const file = new Document({
    creator: 'Accord',
    title: document.title,
    ...(document.subtitle ? { description: document.subtitle } : {}),
    comments: { children: wordComments },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { start: 720, hanging: 360 } } } }],
        },
      ],
    },
    styles: {
      default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Arial' }, size: 22 } } },
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '444444' }, paragraph: { indent: { start: 567 } } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { color: '555555', size: 24 } },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: A4_TWIPS.width, height: A4_TWIPS.height }, margin: { top: 1134, bottom: 1247, left: SIDE_MARGIN_TWIPS, right: SIDE_MARGIN_TWIPS } } },
        footers: { default: pageFooter(document.labels.page, base) },
        children,
      },
    ],
  });
  return Packer.pack(file, 'uint8array');
}

const A4_TWIPS = { width: 11906, height: 16838 };
const SIDE_MARGIN_TWIPS = 1020;
/** The text's width on the page, in pixels at 96 to the inch (1,440 twips to the inch). */
const TEXT_WIDTH_PX = Math.floor(((A4_TWIPS.width - 2 * SIDE_MARGIN_TWIPS) / 1440) * 96);

/** The picture inline in its own centred paragraph, shrunk to the text's width, with its alternative text. */
function figureParagraph(figure: ExportFigure): Paragraph {
  const scale = Math.min(1, TEXT_WIDTH_PX / Math.max(1, figure.width));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: figure.png,
        transformation: { width: Math.round(figure.width * scale), height: Math.round(figure.height * scale) },
        altText: { name: figure.alt.slice(0, 100), description: figure.alt, title: figure.alt.slice(0, 100) },
      }),
    ],
  });
}

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 3)
      .map((word) => [...word][0])
      .join('')
      .toUpperCase() || '?'
  );
}
