/**
 * A language-neutral description of rich text, used for document templates, the
 * example workspace and benchmark fixtures. The renderer turns it into Lexical
 * nodes inside the document's Y.Doc (once, on the computer that creates it).
 */

export type InlineFormat = 'bold' | 'italic' | 'underline';

export interface TextRun {
  text: string;
  formats?: InlineFormat[];
  /** Makes the run a link. Only https and mailto links are kept. */
  href?: string;
}

export type Inline = string | TextRun;

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: Inline[] | string }
  | { type: 'paragraph'; text: Inline[] | string }
  | { type: 'quote'; text: Inline[] | string }
  | { type: 'bullets'; items: (Inline[] | string)[] }
  | { type: 'numbered'; items: (Inline[] | string)[] }
  | { type: 'table'; header: string[]; rows: string[][] }
  /**
   * Advice from the toolkit, shown apart from the text and removed once its
   * section is written. `baseline` fingerprints the section as the template
   * wrote it (see shared/model/guidance.ts).
   */
  | { type: 'guidance'; text: string; baseline?: string };

export type BlockList = Block[];

/** Total characters of text, for fixture sizing and tests. */
export function countCharacters(blocks: BlockList): number {
  const inlineLength = (value: Inline[] | string): number =>
    typeof value === 'string'
      ? value.length
      : value.reduce((sum, run) => sum + (typeof run === 'string' ? run.length : run.text.length), 0);
  let total = 0;
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
      case 'quote':
        total += inlineLength(block.text);
        break;
      case 'guidance':
        total += block.text.length;
        break;
      case 'bullets':
      case 'numbered':
        for (const item of block.items) total += inlineLength(item);
        break;
      case 'table':
        for (const cell of block.header) total += cell.length;
        for (const row of block.rows) for (const cell of row) total += cell.length;
        break;
    }
  }
  return total;
}
