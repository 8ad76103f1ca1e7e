/** Keyboard shortcuts beyond Lexical's own (bold, italic, underline, undo, redo). */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $currentBlockStyle, OPEN_LINK_DIALOG_COMMAND, setBlockStyle, type BlockStyle } from '../commands';

/** Maps a key event to a block style: Ctrl(⌘)+Alt+0–3, Ctrl(⌘)+Shift+7/8. */
export function blockStyleForShortcut(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code'>): BlockStyle | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod) return null;
  if (event.altKey && !event.shiftKey) {
    const byCode: Record<string, BlockStyle> = { Digit0: 'paragraph', Digit1: 'h1', Digit2: 'h2', Digit3: 'h3' };
    return byCode[event.code] ?? null;
  }
  if (event.shiftKey && !event.altKey) {
    if (event.code === 'Digit7') return 'number';
    if (event.code === 'Digit8') return 'bullet';
  }
  return null;
}

/** Ctrl(⌘)+Home / Ctrl(⌘)+End, with Shift to extend the selection; null for other keys. */
export function documentEdgeForShortcut(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'key'>): 'start' | 'end' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === 'Home') return 'start';
  if (event.key === 'End') return 'end';
  return null;
}

/**
 * Moves the caret to the start or end of the document. Done here rather than left to
 * the browser: off-screen blocks skip layout (content-visibility), and Chromium's own
 * Ctrl+End then stops short of the real end in a long document.
 */
function moveToDocumentEdge(editor: LexicalEditor, edge: 'start' | 'end', extend: boolean): void {
  editor.update(() => {
    const root = $getRoot();
    const target = edge === 'end' ? root.getLastDescendant() : root.getFirstDescendant();
    if (!target) return;
    const selection = $getSelection();
    if (extend && $isRangeSelection(selection)) {
      if ($isTextNode(target)) selection.focus.set(target.getKey(), edge === 'end' ? target.getTextContentSize() : 0, 'text');
      else if ($isElementNode(target)) selection.focus.set(target.getKey(), edge === 'end' ? target.getChildrenSize() : 0, 'element');
      return;
    }
    if (edge === 'end') root.selectEnd();
    else root.selectStart();
  });
}

export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          const edge = documentEdgeForShortcut(event);
          if (edge) {
            event.preventDefault();
            moveToDocumentEdge(editor, edge, event.shiftKey);
            return true;
          }
          const style = blockStyleForShortcut(event);
          if (style) {
            event.preventDefault();
            const current = editor.getEditorState().read(() => $currentBlockStyle()) ?? 'paragraph';
            setBlockStyle(editor, style, current);
            return true;
          }
          if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyK') {
            event.preventDefault();
            editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined);
            return true;
          }
          return false;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
