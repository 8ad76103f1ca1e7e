/**
 * Follows a change of `editable` while the editor is open (e.g. the document was adopted
 * here or by someone else): Lexical reads its initial config only once.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

export function EditablePlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (editor.isEditable() !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return null;
}
