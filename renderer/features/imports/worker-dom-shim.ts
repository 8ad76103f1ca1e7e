/**
 * The import worker has no DOM, but the browser build of decode-named-character-reference
 * (used by micromark for `&eacute;` and the like) decodes through `document.createElement`.
 * This gives it the one thing it uses — an element whose `textContent` is its `innerHTML`
 * decoded — through htmlparser2's decoder, which follows the same HTML rules.
 * Imported first by import-worker.ts, so it is in place before micromark loads.
 */
import { Parser } from 'htmlparser2';

function decodeHtmlText(html: string): string {
  let text = '';
  const parser = new Parser({ ontext: (chunk) => (text += chunk) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return text;
}

const scope = globalThis as { document?: unknown };
if (typeof scope.document === 'undefined') {
  scope.document = {
    createElement: () => {
      let html = '';
      return {
        get innerHTML() {
          return html;
        },
        set innerHTML(value: string) {
          html = value;
        },
        get textContent() {
          return decodeHtmlText(html);
        },
      };
    },
  };
}
