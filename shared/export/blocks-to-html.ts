/**
 * A self-contained HTML document (no scripts, no outside resources) from an ExportDocument: the
 * HTML export, and what the PDF is printed from (Electron's printToPDF, or headless Chromium).
 * Every block says its own direction, so an Arabic paragraph in an English document (or the
 * reverse) reads right; comments become numbered notes at the end, linked from their passage.
 */
import { toBase64 } from 'lib0/buffer';
import { directionOf } from '../model/locale';
import type { Block, Inline } from '../model/template';
import {
  blocksBeforeSubtitle,
  blockUnits,
  isExportableLink,
  plainText,
  textDirection,
  unitPieces,
  type ExportComment,
  type ExportDocument,
  type ExportFigure,
} from './export-document';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** A CSS string literal (for `content:`), safe inside a <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\n\r<>]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** "Page {page} of {pages}" as CSS content: counter(page) and counter(pages) where the numbers go. */
function pageContent(label: string): string {
  const parts = label.split(/(\{page\}|\{pages\})/);
  const content = parts
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
  return content || 'counter(page)';
}

const FONT_STACK = `"Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans Arabic", "Noto Naskh Arabic", "Geeza Pro", Tahoma, sans-serif`;

function styles(document: ExportDocument): string {
  return `
@page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: ${pageContent(document.labels.page)}; font: 9pt ${FONT_STACK}; color: #555; } }
html { font-family: ${FONT_STACK}; font-size: 11pt; line-height: 1.45; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 46em; padding: 1.5em; }
@media print { body { max-width: none; padding: 0; } }
h1, h2, h3 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 20pt; margin: 0 0 0.3em; }
h2 { font-size: 15pt; margin: 1.2em 0 0.4em; }
h3 { font-size: 12.5pt; margin: 1em 0 0.3em; }
p, li { text-align: start; margin: 0 0 0.6em; }
.subtitle { color: #444; margin-block-end: 1.5em; }
.figure { margin: 0 0 1.2em; break-inside: avoid; page-break-inside: avoid; }
.figure img { display: block; max-width: 100%; height: auto; }
blockquote { margin: 0 0 0.8em; padding-inline-start: 1em; border-inline-start: 3px solid #999; color: #333; }
ul, ol { margin: 0 0 0.8em; padding-inline-start: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1em; break-inside: auto; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #888; padding: 0.3em 0.5em; text-align: start; vertical-align: top; white-space: pre-line; }
th { background: #eee; }
thead { display: table-header-group; }
a { color: #0645ad; }
mark.commented { background: #fff2a8; color: inherit; }
sup.note-ref { font-size: 0.75em; line-height: 0; }
.notes { margin-block-start: 2em; border-block-start: 1px solid #999; font-size: 10pt; }
.notes blockquote { font-style: italic; margin-block: 0 0.3em; }
.notes .reply { margin-inline-start: 1.2em; }
.footer { margin-block-start: 2em; color: #555; font-size: 9pt; }
`;
}

function inlineHtml(text: Inline[] | string, comments: readonly ExportComment[], block: number, unit: number): string {
  let html = '';
  for (const piece of unitPieces(text, comments, block, unit)) {
    if (piece.kind === 'start') continue;
    if (piece.kind === 'end') {
      const number = piece.comment + 1;
      html += `<sup class="note-ref"><a href="#note-${number}" id="ref-${number}">[${number}]</a></sup>`;
      continue;
    }
    let content = escapeHtml(piece.text).replace(/\n/g, '<br>');
    if (piece.formats.includes('bold')) content = `<strong>${content}</strong>`;
    if (piece.formats.includes('italic')) content = `<em>${content}</em>`;
    if (piece.formats.includes('underline')) content = `<u>${content}</u>`;
    if (isExportableLink(piece.href)) content = `<a href="${escapeHtml(piece.href)}">${content}</a>`;
    if (piece.commented) content = `<mark class="commented">${content}</mark>`;
    html += content;
  }
  return html;
}

function blockHtml(block: Block, index: number, comments: readonly ExportComment[], base: 'ltr' | 'rtl'): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level} dir="auto">${inlineHtml(block.text, comments, index, 0)}</h${block.level}>`;
    case 'paragraph':
      return `<p dir="auto">${inlineHtml(block.text, comments, index, 0)}</p>`;
    case 'quote':
      return `<blockquote dir="auto"><p dir="auto">${inlineHtml(block.text, comments, index, 0)}</p></blockquote>`;
    case 'bullets':
    case 'numbered': {
      const tag = block.type === 'bullets' ? 'ul' : 'ol';
      // A list follows the document: its markers on the document's side (Latin names in an
      // Arabic list stay beside their numbers); each item's words keep their own direction.
      const items = block.items.map((item, unit) => `<li><bdi>${inlineHtml(item, comments, index, unit)}</bdi></li>`).join('\n');
      return `<${tag} dir="${base}">\n${items}\n</${tag}>`;
    }
    case 'table': {
      const units = blockUnits(block);
      const dir = textDirection(units.map(plainText).join(' '), base);
      let unit = 0;
      const cell = (tag: 'th' | 'td', text: string) => `<${tag} dir="auto">${inlineHtml(text, comments, index, unit++)}</${tag}>`;
      const head = block.header.length > 0 ? `<thead><tr>${block.header.map((text) => cell('th', text)).join('')}</tr></thead>` : '';
      const rows = block.rows.map((row) => `<tr>${row.map((text) => cell('td', text)).join('')}</tr>`).join('\n');
      return `<table dir="${dir}">${head}<tbody>\n${rows}\n</tbody></table>`;
    }
    default:
      return '';
  }
}

function notesHtml(document: ExportDocument, comments: readonly ExportComment[], base: 'ltr' | 'rtl'): string {
  if (comments.length === 0) return '';
  const items = comments.map((comment, index) => {
    const number = index + 1;
    const [first, ...replies] = comment.messages;
    const back = comment.range ? ` <a href="#ref-${number}">↩</a>` : '';
    const quote = comment.quote
      ? `${comment.range ? '' : `<p dir="auto">${escapeHtml(document.labels.deletedPassage)}</p>`}<blockquote dir="auto">${escapeHtml(comment.quote)}</blockquote>`
      : '';
    // A message reads in its own text's direction; the name is isolated inside it.
    const message = (entry: { author: string; text: string }, className: string, end = '') =>
      `<p dir="${textDirection(entry.text, base)}" class="${className}"><bdi><strong>${escapeHtml(entry.author)}</strong></bdi>: ${escapeHtml(entry.text).replace(/\n/g, '<br>')}${end}</p>`;
    return `<li id="note-${number}">${quote}${first ? message(first, 'message', back) : ''}${replies.map((reply) => message(reply, 'reply')).join('')}</li>`;
  });
  return `<section class="notes"><h2 dir="auto">${escapeHtml(document.labels.comments)}</h2>\n<ol>\n${items.join('\n')}\n</ol></section>`;
}

/** The picture inline as a data: URL (the file stands alone; its CSP allows data: images only). */
function figureHtml(figure: ExportFigure): string {
  const alt = escapeHtml(figure.alt);
  return `<figure class="figure"><img src="data:image/png;base64,${toBase64(figure.png)}" width="${Math.round(figure.width)}" height="${Math.round(figure.height)}" alt="${alt}"></figure>`;
}

/** The whole HTML file as a string (UTF-8). */
export function blocksToHtml(document: ExportDocument): string {
  // The subtitle and footer are written in the file's language (with names in any script): its direction.
  const dir = directionOf(document.locale);
  const comments = document.comments ?? [];
  const body: string[] = [];
  if (document.titleShown !== false) body.push(`<h1 dir="auto">${escapeHtml(document.title)}</h1>`);
  const subtitleAt = blocksBeforeSubtitle(document);
  const header = () => {
    if (document.subtitle) body.push(`<p class="subtitle" dir="${dir}">${escapeHtml(document.subtitle)}</p>`);
    if (document.figure) body.push(figureHtml(document.figure));
  };
  document.blocks.forEach((block, index) => {
    if (index === subtitleAt) header();
    const html = blockHtml(block, index, comments, dir);
    if (html) body.push(html);
  });
  if (document.blocks.length <= subtitleAt) header();
  const notes = notesHtml(document, comments, dir);
  if (notes) body.push(notes);
  if (document.footer) body.push(`<p class="footer" dir="${dir}">${escapeHtml(document.footer)}</p>`);
  return `<!DOCTYPE html>
<html lang="${document.locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Accord">
<title>${escapeHtml(document.title)}</title>
<style>${styles(document)}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
