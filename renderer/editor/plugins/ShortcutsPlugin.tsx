/** Keyboard shortcuts beyond Lexical's own (bold, italic, underline, undo, redo). */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
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

export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
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
