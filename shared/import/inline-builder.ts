/** Builds the inline runs of one block while a converter walks a tree of formatting. */
import type { Inline, InlineFormat, TextRun } from '../model/template';

const ORDER: InlineFormat[] = ['bold', 'italic', 'underline'];

export interface InlineStyle {
  formats: ReadonlySet<InlineFormat>;
  href?: string;
}

export const PLAIN: InlineStyle = { formats: new Set() };

export function withFormat(style: InlineStyle, format: InlineFormat): InlineStyle {
  return { ...style, formats: new Set([...style.formats, format]) };
}

/** Only https and mailto links are kept by documents (see shared/model/template.ts). */
export function isKeptLink(href: string): boolean {
  return /^(https:\/\/|mailto:)/i.test(href.trim());
}

export class InlineBuilder {
  private runs: Inline[] = [];

  text(text: string, style: InlineStyle = PLAIN): void {
    if (!text) return;
    const formats = ORDER.filter((format) => style.formats.has(format));
    if (formats.length === 0 && !style.href) {
      this.push(text);
      return;
    }
    const run: TextRun = { text };
    if (formats.length > 0) run.formats = formats;
    if (style.href) run.href = style.href;
    this.push(run);
  }

  get isEmpty(): boolean {
    return this.runs.length === 0;
  }

  /** Runs with whitespace collapsed at the edges; a plain single run reads as a string, as templates write it. */
  build(): Inline[] | string {
    const runs = trimRuns(this.runs);
    if (runs.length === 0) return '';
    return runs.length === 1 && typeof runs[0] === 'string' ? runs[0] : runs;
  }

  private push(run: Inline): void {
    const previous = this.runs[this.runs.length - 1];
    if (previous !== undefined && sameStyle(previous, run)) {
      this.runs[this.runs.length - 1] =
        typeof previous === 'string' ? previous + (run as string) : { ...previous, text: previous.text + (run as TextRun).text };
    } else {
      this.runs.push(run);
    }
  }
}

function sameStyle(a: Inline, b: Inline): boolean {
  if (typeof a === 'string' || typeof b === 'string') return typeof a === 'string' && typeof b === 'string';
  return a.href === b.href && (a.formats ?? []).join() === (b.formats ?? []).join();
}

const textOf = (run: Inline) => (typeof run === 'string' ? run : run.text);
const withText = (run: Inline, text: string): Inline => (typeof run === 'string' ? text : { ...run, text });

/** Leading and trailing white space of the whole block goes (a no-break space is text); empty runs go. */
function trimRuns(runs: Inline[]): Inline[] {
  const out = [...runs];
  while (out.length > 0) {
    const first = out[0]!;
    const trimmed = textOf(first).replace(/^[ \t\n\r\f]+/, '');
    if (trimmed) {
      out[0] = withText(first, trimmed);
      break;
    }
    out.shift();
  }
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    const trimmed = textOf(last).replace(/[ \t\n\r\f]+$/, '');
    if (trimmed) {
      out[out.length - 1] = withText(last, trimmed);
      break;
    }
    out.pop();
  }
  return out;
}
