/**
 * Opens a document at a passage (from a search result): scrolls the block into view and
 * highlights the text found there with the CSS Custom Highlight API, which leaves the
 * editor's DOM (which Lexical owns) untouched. If the block no longer holds the text (the
 * document changed since it was indexed), the first block that does is used.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isDecoratorNode, type LexicalEditor } from 'lexical';
import { findInText, foldQuery } from '../../../shared/model/search-text';

export const FIND_HIGHLIGHT = 'accord-find';

interface Props {
  target: { text: string; block: number };
}

/** The top-level elements in the order documentBlocks reads them (decorators are not blocks). */
function blockElements(editor: LexicalEditor): HTMLElement[] {
  const keys = editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .filter((node) => !$isDecoratorNode(node))
      .map((node) => node.getKey()),
  );
  return keys.map((key) => editor.getElementByKey(key)).filter((element): element is HTMLElement => element !== null);
}

/** DOM ranges of each occurrence of `folded` in `element`'s text. */
function rangesIn(element: HTMLElement, folded: string): Range[] {
  const nodes: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  const locate = (offset: number, end: boolean): [Text, number] | null => {
    let passed = 0;
    for (const node of nodes) {
      const length = node.data.length;
      if (offset < passed + length || (end && offset === passed + length)) return [node, offset - passed];
      passed += length;
    }
    return null;
  };
  const ranges: Range[] = [];
  for (const match of findInText(text, folded, 50)) {
    const start = locate(match.start, false);
    const end = locate(match.end, true);
    if (!start || !end) continue;
    const range = element.ownerDocument.createRange();
    range.setStart(...start);
    range.setEnd(...end);
    ranges.push(range);
  }
  return ranges;
}

function highlights(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

export function FindPlugin({ target }: Props) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const folded = foldQuery(target.text);
    let done = false;
    const show = (): boolean => {
      const blocks = blockElements(editor);
      if (blocks.length === 0) return false;
      const preferred = blocks[target.block];
      let element = preferred;
      let ranges = preferred ? rangesIn(preferred, folded) : [];
      if (ranges.length === 0) {
        for (const candidate of blocks) {
          ranges = rangesIn(candidate, folded);
          if (ranges.length > 0) {
            element = candidate;
            break;
          }
        }
      }
      if (!element) return false;
      element.scrollIntoView({ block: 'center' });
      // Blocks off screen are laid out lazily (content-visibility): once those above are measured, centre again.
      const settled = element;
      requestAnimationFrame(() => requestAnimationFrame(() => settled.scrollIntoView({ block: 'center' })));
      highlights()?.set(FIND_HIGHLIGHT, new Highlight(...ranges));
      return true;
    };
    // The text may still be arriving when the plugin mounts: try on each update until shown.
    const frame = requestAnimationFrame(() => {
      done = show();
    });
    const stop = editor.registerUpdateListener(() => {
      if (!done) done = show();
    });
    return () => {
      cancelAnimationFrame(frame);
      stop();
      highlights()?.delete(FIND_HIGHLIGHT);
    };
  }, [editor, target.text, target.block]);

  return null;
}
