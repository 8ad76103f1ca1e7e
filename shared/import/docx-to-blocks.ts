/**
 * The pure half of a DOCX import: mammoth's HTML and messages, plus the document's own
 * XML, → a BlockList and the list of what was dropped. The reading half (unzipping, and
 * running mammoth, whose Node build reads files) lives in renderer/features/imports.
 *
 * mammoth keeps headings, lists, tables, links, bold and italic, and (with the style map
 * below) underline; footnotes, images and strikethrough arrive as HTML and are dropped
 * by html-to-blocks. What mammoth leaves out silently — comments, deleted text of
 * tracked changes, equations — or merges into the text — text boxes, fields — is
 * counted from word/document.xml.
 */
import type { Block } from '../model/template';
import { DroppedCounter, mergeDropped, type DroppedFeatureKey, type ImportedDocument } from './import-result';
import { htmlToBlocks } from './html-to-blocks';

/** Paragraph styles that have a place in a document, beyond mammoth's default map (headings, lists). */
export const DOCX_STYLE_MAP = [
  'u => u',
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
];

export interface ConverterMessage {
  type: string;
  message: string;
}

export function docxToBlocks(input: { html: string; messages: ConverterMessage[]; documentXml?: string }): ImportedDocument {
  const converted = htmlToBlocks(input.html);
  const fromMessages = new DroppedCounter();
  for (const message of input.messages) {
    const feature = featureOfMessage(message.message);
    if (feature) fromMessages.add(feature);
  }
  const dropped = mergeDropped(converted.dropped, fromMessages.list(), input.documentXml ? scanDocumentXml(input.documentXml) : []);
  const firstH1 = converted.blocks.find((block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading' && block.level === 1);
  const title = firstH1 ? (typeof firstH1.text === 'string' ? firstH1.text : firstH1.text.map((run) => (typeof run === 'string' ? run : run.text)).join('')).trim() : '';
  return { ...(title ? { title } : {}), blocks: converted.blocks, dropped };
}

/** mammoth's warnings, by what they mean for the person importing. Null: counted elsewhere, or harmless. */
export function featureOfMessage(message: string): DroppedFeatureKey | null {
  if (/^Unrecognised (paragraph|run|table) style/i.test(message) || /style with ID .* was referenced but not defined/i.test(message)) return 'style';
  if (/^An unrecognised element was ignored: m:/i.test(message)) return null; // equations: counted from the XML
  if (/^An unrecognised element was ignored: w:(ins|del|move)/i.test(message)) return null; // tracked changes: counted from the XML
  if (/image/i.test(message) && /(could not find|without a relationship)/i.test(message)) return 'image';
  if (/^Image of type/i.test(message)) return null; // the image is counted where it stood
  if (/complex field/i.test(message)) return 'field';
  if (/cell merging/i.test(message)) return 'table-formatting';
  if (/^Unsupported break type/i.test(message)) return null; // column breaks: layout only
  return 'other';
}

const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;

/** What word/document.xml holds that mammoth drops silently or flattens into the text. */
export function scanDocumentXml(xml: string): ReturnType<DroppedCounter['list']> {
  const counter = new DroppedCounter();
  counter.add('comment', count(xml, /<w:commentReference\b/g));
  counter.add('text-box', count(xml, /<w:txbxContent\b/g));
  counter.add('tracked-change', count(xml, /<w:(ins|del|moveFrom|moveTo)\b(?![A-Za-z])/g) + count(xml, /<w:(rPrChange|pPrChange|tblPrChange|trPrChange|tcPrChange|sectPrChange)\b/g));
  counter.add('equation', count(xml, /<m:oMath\b(?!Para)/g));
  // Fields (page numbers, tables of contents, dates…) keep the text they last showed; hyperlinks are links.
  const instructions = [
    ...[...xml.matchAll(/<w:fldSimple\b[^>]*\bw:instr="([^"]*)"/g)].map((match) => match[1] ?? ''),
    ...fieldInstructions(xml),
  ];
  counter.add('field', instructions.filter((instruction) => !/^\s*HYPERLINK\b/i.test(instruction)).length);
  return counter.list();
}

/** The instruction of each complex field (begin … separate/end), its instrText pieces joined. */
function fieldInstructions(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const match of xml.matchAll(/<w:fldChar\b[^>]*w:fldCharType="(begin|separate|end)"|<w:instrText\b[^>]*>([^<]*)</g)) {
    if (match[1] === 'begin') {
      if (depth === 0) current = '';
      depth += 1;
    } else if (match[1] === 'separate' || match[1] === 'end') {
      if (depth === 1 && current !== '\0') {
        out.push(current);
        current = '\0'; // this field's instruction is taken
      }
      if (match[1] === 'end') depth = Math.max(0, depth - 1);
    } else if (depth === 1 && current !== '\0') {
      current += match[2] ?? '';
    }
  }
  return out;
}
