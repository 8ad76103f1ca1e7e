/**
 * Removes a section's template guidance once the section has been written
 * (shared/model/guidance.ts says when). The removal is an ordinary edit, so it
 * reaches the others through Yjs; an observer's editor, which cannot edit, leaves
 * it to the writer's.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { GuidanceNode } from '../nodes/GuidanceNode';
import { $writtenGuidanceNodes } from './guidance-outline';

export function GuidancePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // Most documents have no guidance left: count it so their keystrokes cost nothing here.
    const present = new Set<string>();
    const sweep = () => {
      if (present.size === 0 || !editor.isEditable()) return;
      if (editor.getEditorState().read($writtenGuidanceNodes).length === 0) return;
      editor.update(
        () => {
          for (const node of $writtenGuidanceNodes()) node.remove();
        },
        { tag: 'guidance-written' },
      );
    };
    const stopMutations = editor.registerMutationListener(
      GuidanceNode,
      (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') present.delete(key);
          else present.add(key);
        }
      },
      { skipInitialization: false },
    );
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has('guidance-written') || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      sweep();
    });
    sweep();
    return () => {
      stopMutations();
      stopUpdates();
    };
  }, [editor]);
  return null;
}
