/**
 * Lays a PrintableDocument out on A4 pages and writes it with pdfkit. Heavy (pdfkit, fontkit,
 * bidi-js): loaded only when exporting, through render-pdf.ts.
 *
 * pdfkit draws and embeds (subset fonts, real text with a ToUnicode map); the layout is ours:
 * - each paragraph gets its base direction from its first strong character (else the document's),
 *   the Unicode bidi algorithm (bidi-js) resolves levels, lines are broken at spaces (a word
 *   longer than the line is cut between characters), and each line is reordered visually;
 * - a line is drawn as runs of one font, style and direction, placed left to right by us;
 *   fontkit shapes each run (Arabic joining forms, ligatures) and reverses right-to-left runs;
 * - every character takes the first bundled font that has it (Noto Sans, then Noto Sans Arabic);
 * - an Arabic-locale document mirrors the page: list markers and quote bars on the right,
 *   table columns from right to left. Text is aligned on its own paragraph's start side.
 */
import PDFDocument from 'pdfkit';
import { toBytes } from 'pdfkit/output';
import { create as openFont, type FontkitFont } from 'fontkit';
import bidiFactory from 'bidi-js';
import { directionOf } from '../../../../shared/model/locale';
import type { Block, Inline, InlineFormat } from '../../../../shared/model/template';
import type { PdfFontBytes, PrintableDocument } from './printable-document';

type Direction = 'ltr' | 'rtl';

const bidi = bidiFactory();

// A4 in points, with 2 cm margins (a little more at the foot, for the page number).
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 56.7;
const MARGIN_TOP = 56.7;
const MARGIN_BOTTOM = 70;
const FOOTER_BASELINE = PAGE_HEIGHT - 36;

const COLORS = { text: '#1f2328', muted: '#5c6470', link: '#1a5fb4', rule: '#c9ced6', headerFill: '#eef1f5' };
const BODY_SIZE = 10.5;
const LINE_FACTOR = 1.5;
/** Baseline below the top of a line box, as a share of the font size. */
const ASCENT_FACTOR = 1.1;

/** Scripts fontkit lays out right to left (it reverses their glyphs after shaping). */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const NOT_COMMON = /[^\p{Script=Common}\p{Script=Inherited}]/u;
/** Characters that belong to their neighbour's font (marks, joiners). */
const CLINGING = /[\p{Script=Inherited}\p{Cf}\p{M}]/u;

interface Style {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  href?: string;
  color: string;
  size: number;
}

interface Face {
  name: string;
  font: FontkitFont;
}

/** A run drawn as one piece: one font, one style, one direction, already in visual place. */
interface Piece {
  /** In logical order: fontkit shapes it (and reverses it if its script is right to left). */
  text: string;
  face: string;
  style: Style;
  width: number;
}

interface Line {
  pieces: Piece[];
  width: number;
  direction: Direction;
}

class Writer {
  readonly doc: PDFDocument;
  readonly direction: Direction;
  private readonly faces: { sans: Face[]; arabic: Face[] };
  private y = MARGIN_TOP;

  constructor(document: PrintableDocument, fonts: PdfFontBytes) {
    this.direction = directionOf(document.locale);
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      // No default font: the browser build has no standard (Helvetica) font data; ours are embedded.
      font: null,
      autoFirstPage: false,
      bufferPages: true,
      lang: document.locale,
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: document.title, Creator: 'Accord', Producer: 'Accord (PDFKit)', CreationDate: new Date() },
    });
    const register = (name: string, bytes: Uint8Array): Face => {
      const font = openFont(bytes);
      this.doc.registerFont(name, font);
      return { name, font };
    };
    // Index: bold * 2 + italic.
    this.faces = {
      sans: [
        register('sans', fonts.sans.regular),
        register('sans-italic', fonts.sans.italic),
        register('sans-bold', fonts.sans.bold),
        register('sans-bold-italic', fonts.sans.boldItalic),
      ],
      arabic: [register('arabic', fonts.arabic.regular), register('arabic-bold', fonts.arabic.bold)],
    };
    this.doc.addPage({ size: 'A4', margin: 0 });
  }

  // ---- fonts and measuring ----

  private facesFor(style: Style): Face[] {
    const sans = this.faces.sans[(style.bold ? 2 : 0) + (style.italic ? 1 : 0)]!;
    const arabic = this.faces.arabic[style.bold ? 1 : 0]!;
    return [sans, arabic];
  }

  private faceFor(char: string, style: Style, previous: string | undefined): string {
    const faces = this.facesFor(style);
    const codePoint = char.codePointAt(0)!;
    if (previous && CLINGING.test(char)) {
      const kept = faces.find((face) => face.name === previous);
      if (kept?.font.hasGlyphForCodePoint(codePoint)) return previous;
    }
    return (faces.find((face) => face.font.hasGlyphForCodePoint(codePoint)) ?? faces[0]!).name;
  }

  /** Widths at 1pt, by face and text: shaping is the slow part of the layout. */
  private readonly widths = new Map<string, number>();

  private measure(text: string, face: string, size: number): number {
    const key = `${face}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.font(face).fontSize(1).widthOfString(text, { features: [] });
      this.widths.set(key, width);
    }
    return width * size;
  }

  // ---- inline layout ----

  /** Breaks styled text into lines no wider than `width`, each in visual order. */
  layout(inlines: Inline[] | string, base: Style, width: number, fallback: Direction = this.direction): Line[] {
    const runs = typeof inlines === 'string' ? [inlines] : inlines;
    // Code points with their style and font, in logical order.
    const chars: string[] = [];
    const styles: Style[] = [];
    const faces: string[] = [];
    for (const run of runs) {
      const text = typeof run === 'string' ? run : run.text;
      const formats: InlineFormat[] = typeof run === 'string' ? [] : (run.formats ?? []);
      const href = typeof run === 'string' ? undefined : safeHref(run.href);
      const style: Style = {
        ...base,
        bold: base.bold || formats.includes('bold'),
        italic: base.italic || formats.includes('italic'),
        underline: base.underline || formats.includes('underline') || !!href,
        href,
        color: href ? COLORS.link : base.color,
      };
      for (const char of text.replace(/[\r\n\t]+/g, ' ')) {
        chars.push(char);
        styles.push(style);
        faces.push(this.faceFor(char, style, faces[faces.length - 1]));
      }
    }
    const direction = baseDirection(chars, fallback);
    if (chars.length === 0) return [{ pieces: [], width: 0, direction }];

    // bidi-js works on UTF-16 units: map code point i to its first unit.
    const text = chars.join('');
    const unitOf: number[] = [];
    let unit = 0;
    for (const char of chars) {
      unitOf.push(unit);
      unit += char.length;
    }
    const levels = bidi.getEmbeddingLevels(text, direction);
    const codePointAt = new Map(unitOf.map((u, i) => [u, i]));

    const widthOf = (from: number, to: number): number => {
      let total = 0;
      let start = from;
      for (let i = from + 1; i <= to; i++) {
        if (i === to || faces[i] !== faces[start] || styles[i] !== styles[start]) {
          total += this.measure(chars.slice(start, i).join(''), faces[start]!, styles[start]!.size);
          start = i;
        }
      }
      return total;
    };

    // Words: a break opportunity after each run of spaces.
    const words: Array<[number, number]> = [];
    let wordStart = 0;
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === ' ' && chars[i + 1] !== ' ') {
        words.push([wordStart, i + 1]);
        wordStart = i + 1;
      }
    }
    if (wordStart < chars.length) words.push([wordStart, chars.length]);

    // Greedy filling; a word wider than a line is cut between characters.
    const ranges: Array<[number, number]> = [];
    let lineStart = 0;
    let lineWidth = 0;
    for (const [from, to] of words) {
      const trimmedTo = trimEnd(chars, from, to);
      const fits = (w: number) => lineWidth + w <= width + 0.01;
      if (fits(widthOf(from, trimmedTo))) {
        lineWidth += widthOf(from, to);
        continue;
      }
      if (from > lineStart) {
        ranges.push([lineStart, from]);
        lineStart = from;
        lineWidth = 0;
      }
      if (widthOf(from, trimmedTo) <= width) {
        lineWidth = widthOf(from, to);
        continue;
      }
      for (let i = from; i < to; i++) {
        const w = widthOf(i, i + 1);
        if (lineWidth + w > width && i > lineStart) {
          ranges.push([lineStart, i]);
          lineStart = i;
          lineWidth = 0;
        }
        lineWidth += w;
      }
    }
    ranges.push([lineStart, chars.length]);

    return ranges.map(([from, to]) => {
      const end = trimEnd(chars, from, to);
      if (end <= from) return { pieces: [], width: 0, direction };
      // Visual order of the line's code points.
      const unitIndices = bidi.getReorderedIndices(text, levels, unitOf[from], unitOf[end - 1]! + chars[end - 1]!.length - 1);
      // (bidi-js returns the whole string's indices, with only the asked range reordered.)
      const visual = unitIndices.map((u) => codePointAt.get(u)).filter((i): i is number => i !== undefined && i >= from && i < end);
      const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, unitOf[from], unitOf[end - 1]);
      const levelOf = (i: number) => levels.levels[unitOf[i]!]!;

      const pieces: Piece[] = [];
      let group: number[] = [];
      const flush = () => {
        if (group.length === 0) return;
        const rtl = levelOf(group[0]!) % 2 === 1;
        const logical = rtl ? [...group].reverse() : group;
        const runText = logical.map((i) => mirrored.get(unitOf[i]!) ?? chars[i]).join('');
        const face = faces[group[0]!]!;
        const style = styles[group[0]!]!;
        // fontkit reverses a run whose first script is right to left: hand it what makes the right order.
        const first = runText.match(NOT_COMMON)?.[0];
        const fontkitReverses = !!first && RTL_SCRIPT.test(first);
        const drawn = fontkitReverses === rtl ? runText : [...runText].reverse().join('');
        pieces.push({ text: drawn, face, style, width: this.measure(drawn, face, style.size) });
        group = [];
      };
      for (const i of visual) {
        const last = group[group.length - 1];
        const sameRun =
          last !== undefined &&
          faces[i] === faces[last] &&
          styles[i] === styles[last] &&
          levelOf(i) === levelOf(last) &&
          Math.abs(i - last) === 1 &&
          (levelOf(i) % 2 === 1 ? i < last : i > last);
        if (!sameRun) flush();
        group.push(i);
      }
      flush();
      return { pieces, width: pieces.reduce((sum, piece) => sum + piece.width, 0), direction };
    });
  }

  /** Draws a line with its top at `top`, aligned on its direction's start side within [left, right]. */
  drawLine(line: Line, left: number, right: number, top: number, size: number, align?: 'start' | 'end'): void {
    const rightAligned = (line.direction === 'rtl') !== (align === 'end');
    let x = rightAligned ? right - line.width : left;
    const baseline = top + size * ASCENT_FACTOR;
    for (const piece of line.pieces) {
      const { style } = piece;
      if (piece.text.trim() !== '') {
        this.doc.font(piece.face).fontSize(style.size).fillColor(style.color).text(piece.text, x, baseline, {
          lineBreak: false,
          features: [],
          baseline: 'alphabetic',
        });
      }
      // Our own underline and link area: pdfkit places them from the top of a text box.
      if (style.underline) {
        const y = baseline + style.size * 0.15;
        this.doc.lineWidth(style.size * 0.06).moveTo(x, y).lineTo(x + piece.width, y).stroke(style.color);
      }
      if (style.href) this.doc.link(x, top, piece.width, size * LINE_FACTOR, style.href);
      x += piece.width;
    }
  }

  // ---- page flow ----

  private get bottom(): number {
    return PAGE_HEIGHT - MARGIN_BOTTOM;
  }

  private newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.y = MARGIN_TOP;
  }

  private ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > MARGIN_TOP) this.newPage();
  }

  /** Horizontal span of the content, with `indent` taken on the document's start side. */
  private span(indent = 0): [number, number] {
    return this.direction === 'rtl' ? [MARGIN_X, PAGE_WIDTH - MARGIN_X - indent] : [MARGIN_X + indent, PAGE_WIDTH - MARGIN_X];
  }

  private flow(lines: Line[], size: number, indent = 0, keepLines = 1): void {
    const lineHeight = size * LINE_FACTOR;
    const [left, right] = this.span(indent);
    this.ensure(lineHeight * Math.min(keepLines, lines.length));
    for (const line of lines) {
      this.ensure(lineHeight);
      this.drawLine(line, left, right, this.y, size);
      this.y += lineHeight;
    }
  }

  private style(overrides: Partial<Style> = {}): Style {
    return { bold: false, italic: false, underline: false, color: COLORS.text, size: BODY_SIZE, ...overrides };
  }

  private contentWidth(indent = 0): number {
    return PAGE_WIDTH - 2 * MARGIN_X - indent;
  }

  // ---- blocks ----

  title(title: string, subtitle?: string): void {
    const size = 20;
    this.flow(this.layout(title, this.style({ bold: true, size }), this.contentWidth()), size);
    if (subtitle) {
      this.y += 2;
      this.flow(this.layout(subtitle, this.style({ color: COLORS.muted }), this.contentWidth()), BODY_SIZE);
    }
    this.y += 6;
    this.doc.lineWidth(0.75).moveTo(MARGIN_X, this.y).lineTo(PAGE_WIDTH - MARGIN_X, this.y).stroke(COLORS.rule);
    this.y += 14;
  }

  block(block: Block): void {
    switch (block.type) {
      case 'heading': {
        const size = ({ 1: 16, 2: 13.5, 3: 11.5 } as const)[block.level];
        this.y += size * 0.6;
        const lines = this.layout(block.text, this.style({ bold: true, size }), this.contentWidth());
        // Keep a heading with the first lines of what follows it.
        this.ensure(lines.length * size * LINE_FACTOR + 2 * BODY_SIZE * LINE_FACTOR);
        this.flow(lines, size);
        this.y += 2;
        return;
      }
      case 'paragraph':
        this.flow(this.layout(block.text, this.style(), this.contentWidth()), BODY_SIZE, 0, 2);
        this.y += BODY_SIZE * 0.6;
        return;
      case 'quote': {
        const indent = 16;
        const lines = this.layout(block.text, this.style({ italic: true, color: COLORS.muted }), this.contentWidth(indent));
        const lineHeight = BODY_SIZE * LINE_FACTOR;
        const barX = this.direction === 'rtl' ? PAGE_WIDTH - MARGIN_X - 4 : MARGIN_X + 4;
        for (const line of lines) {
          this.ensure(lineHeight);
          const [left, right] = this.span(indent);
          this.drawLine(line, left, right, this.y, BODY_SIZE);
          this.doc.lineWidth(2).moveTo(barX, this.y + 2).lineTo(barX, this.y + lineHeight - 1).stroke(COLORS.rule);
          this.y += lineHeight;
        }
        this.y += BODY_SIZE * 0.6;
        return;
      }
      case 'bullets':
      case 'numbered':
        block.items.forEach((item, index) => this.listItem(item, block.type === 'bullets' ? '•' : `${index + 1}.`));
        this.y += BODY_SIZE * 0.6;
        return;
      case 'table':
        this.table(block.header, block.rows);
        this.y += BODY_SIZE;
        return;
      case 'guidance':
        // Advice from the toolkit to whoever writes the document: not part of the record.
        return;
    }
  }

  private listItem(item: Inline[] | string, marker: string): void {
    const indent = 20;
    const lineHeight = BODY_SIZE * LINE_FACTOR;
    const lines = this.layout(item, this.style(), this.contentWidth(indent));
    this.ensure(lineHeight);
    // The marker sits in the indent, on the document's start side, aligned towards the text.
    const markerLine = this.layout(marker, this.style(), indent)[0]!;
    const [left, right] = this.direction === 'rtl' ? [PAGE_WIDTH - MARGIN_X - indent, PAGE_WIDTH - MARGIN_X - 4] : [MARGIN_X + 4, MARGIN_X + indent];
    this.drawLine({ ...markerLine, direction: this.direction }, left, right, this.y, BODY_SIZE);
    // The item's text sits beside its marker whatever its own direction (a Latin name in an
    // Arabic list stays on the right): its words keep their order, only the alignment follows the list.
    this.flow(
      lines.map((line) => ({ ...line, direction: this.direction })),
      BODY_SIZE,
      indent,
    );
    this.y += 2;
  }

  /**
   * Column widths as browsers lay out an automatic table: every column gets at least its
   * longest word (so words are not cut), and the space left is shared in proportion to how
   * much wider each column's content would like to be.
   */
  private columnWidths(header: string[], rows: string[][], columns: number, size: number, padding: number, total: number): number[] {
    const style = this.style({ size, bold: true });
    const widthOf = (text: string) => (text ? this.layout(text, style, 1e6)[0]!.width : 0);
    const minimum: number[] = [];
    const preferred: number[] = [];
    for (let c = 0; c < columns; c++) {
      const cells = [header[c] ?? '', ...rows.map((row) => row[c] ?? '')];
      const words = cells.flatMap((cell) => cell.split(/\s+/));
      minimum.push(Math.min(Math.max(...words.map(widthOf)) + 2 * padding, total / columns));
      preferred.push(Math.max(...cells.flatMap((cell) => cell.split('\n').map(widthOf))) + 2 * padding);
    }
    const wanted = preferred.reduce((a, b) => a + b, 0);
    if (wanted <= total) return preferred.map((w) => (w * total) / wanted);
    const least = minimum.reduce((a, b) => a + b, 0);
    const spare = total - least;
    const extra = preferred.map((w, c) => Math.max(0, w - minimum[c]!));
    const extraTotal = extra.reduce((a, b) => a + b, 0) || 1;
    return minimum.map((w, c) => w + (spare * extra[c]!) / extraTotal);
  }

  private table(header: string[], rows: string[][]): void {
    const columns = Math.max(header.length, ...rows.map((row) => row.length));
    if (columns === 0) return;
    const padding = 5;
    const size = BODY_SIZE - 1;
    const lineHeight = size * LINE_FACTOR;
    const total = this.contentWidth();
    const widths = this.columnWidths(header, rows, columns, size, padding, total);
    // Left edges of columns in logical order; right to left in an RTL document.
    const lefts: number[] = [];
    let x = this.direction === 'rtl' ? PAGE_WIDTH - MARGIN_X : MARGIN_X;
    for (const w of widths) {
      if (this.direction === 'rtl') x -= w;
      lefts.push(x);
      if (this.direction === 'ltr') x += w;
    }

    const layoutRow = (cells: string[], bold: boolean) =>
      // A line break in a cell starts a new paragraph of the cell, with its own direction.
      widths.map((w, c) => (cells[c] ?? '').split('\n').flatMap((part) => this.layout(part, this.style({ size, bold }), w - 2 * padding)));
    const rowHeight = (cells: Line[][]) => Math.max(...cells.map((lines) => lines.length)) * lineHeight + 2 * padding;

    const drawRow = (cells: Line[][], fill: boolean) => {
      const height = rowHeight(cells);
      if (fill) this.doc.rect(MARGIN_X, this.y, total, height).fill(COLORS.headerFill);
      cells.forEach((lines, c) => {
        lines.forEach((line, i) => this.drawLine(line, lefts[c]! + padding, lefts[c]! + widths[c]! - padding, this.y + padding + i * lineHeight, size));
        this.doc.lineWidth(0.5).rect(lefts[c]!, this.y, widths[c]!, height).stroke(COLORS.rule);
      });
      this.y += height;
    };

    const headerCells = header.length > 0 ? layoutRow(header, true) : null;
    const headerHeight = headerCells ? rowHeight(headerCells) : 0;
    const bodies = rows.map((row) => layoutRow(row, false));
    // Keep the header with the first row.
    this.ensure(headerHeight + (bodies[0] ? rowHeight(bodies[0]) : 0));
    if (headerCells) drawRow(headerCells, true);
    for (const cells of bodies) {
      const height = rowHeight(cells);
      if (this.y + height > this.bottom && this.y > MARGIN_TOP + headerHeight) {
        this.newPage();
        if (headerCells) drawRow(headerCells, true);
      }
      if (this.y + height <= this.bottom) {
        drawRow(cells, false);
        continue;
      }
      // A row taller than a page: split between lines, each part boxed on its page.
      let from = 0;
      const most = Math.max(...cells.map((lines) => lines.length));
      while (from < most) {
        const room = Math.max(1, Math.floor((this.bottom - this.y - 2 * padding) / lineHeight));
        drawRow(cells.map((lines) => lines.slice(from, from + room)), false);
        from += room;
        if (from < most) {
          this.newPage();
          if (headerCells) drawRow(headerCells, true);
        }
      }
    }
  }

  /** Footer and page label on every page, once the number of pages is known. */
  finish(document: PrintableDocument): void {
    const { start, count } = this.doc.bufferedPageRange();
    const size = 8.5;
    const style = this.style({ size, color: COLORS.muted });
    for (let i = 0; i < count; i++) {
      this.doc.switchToPage(start + i);
      const top = FOOTER_BASELINE - size * ASCENT_FACTOR;
      const label = this.layout(document.pageLabel(i + 1, count), style, 150)[0]!;
      const [left, right] = [MARGIN_X, PAGE_WIDTH - MARGIN_X];
      // The label at the document's end side, the footer at its start side.
      this.drawLine({ ...label, direction: this.direction }, left, right, top, size, 'end');
      if (document.footer) {
        const footer = this.layout(document.footer, style, this.contentWidth() - label.width - 24)[0];
        if (footer) this.drawLine({ ...footer, direction: this.direction }, left, right, top, size);
      }
    }
  }
}

function trimEnd(chars: string[], from: number, to: number): number {
  let end = to;
  while (end > from && chars[end - 1] === ' ') end--;
  return end;
}

/** The direction of the first strong character, else the fallback. */
function baseDirection(chars: string[], fallback: Direction): Direction {
  for (const char of chars) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return fallback;
}

/** Links only to https and mailto, as in shared/model/template.ts. */
function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A ligature glyph (Arabic lam-alef, …) maps back to several characters, in logical order. Text
 * extraction (pdf.js, PDFium) reverses right-to-left glyph runs as a whole, so such a mapping must
 * be stored reversed to come out in logical order. pdfkit keeps the mappings on each embedded font
 * (`unicode[glyph]`): adjusted here, before the fonts are written. Leaves anything unexpected alone.
 */
function fixRightToLeftLigatures(doc: PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { unicode?: unknown }> })._fontFamilies ?? {};
  for (const font of new Set(Object.values(families))) {
    if (!Array.isArray(font.unicode)) continue;
    for (const codePoints of font.unicode as unknown[]) {
      if (!Array.isArray(codePoints) || codePoints.length < 2 || !codePoints.every((c) => typeof c === 'number')) continue;
      if (RTL_SCRIPT.test(String.fromCodePoint(...(codePoints as number[])))) codePoints.reverse();
    }
  }
}

/** Renders the document with the given font bytes (the browser and the tests load them differently). */
export async function writePdf(document: PrintableDocument, fonts: PdfFontBytes): Promise<Uint8Array> {
  const writer = new Writer(document, fonts);
  writer.title(document.title, document.subtitle);
  for (const block of document.blocks) writer.block(block);
  writer.finish(document);
  fixRightToLeftLigatures(writer.doc);
  const bytes = toBytes(writer.doc);
  writer.doc.end();
  return bytes;
}
