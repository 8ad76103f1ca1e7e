/**
 * Hands the document's Lexical editor to the versions panel (which lives outside the
 * composer) so a restore goes through the live editor.
 */
import { useEffect } from 'react';
import type { LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

export class EditorHandle {
  editor: LexicalEditor | null = null;
}

export function EditorHandlePlugin({ handle }: { handle: EditorHandle }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    handle.editor = editor;
    return () => {
      if (handle.editor === editor) handle.editor = null;
    };
  }, [editor, handle]);
  return null;
}
