import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

/**
 * Marks the editable root `data-ready="true"` once the stored document has been
 * rendered: after the provider synced, on the next committed editor update.
 * Tests and benchmarks wait for it; so could assistive tooling.
 */
export function ReadyStatePlugin({ ready }: { ready: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!ready) return;
    editor.update(
      () => {},
      {
        onUpdate: () => {
          editor.getRootElement()?.setAttribute('data-ready', 'true');
        },
      },
    );
  }, [editor, ready]);
  return null;
}
