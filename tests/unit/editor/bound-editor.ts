/** A headless Lexical editor bound to a Y.Doc both ways, as the collaboration plugin binds the app's editor. */
import type * as Y from 'yjs';
import type { LexicalEditor } from 'lexical';
import { createHeadlessEditor } from '@lexical/headless';
import { createYjsBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Provider } from '@lexical/yjs';
import { Awareness } from 'y-protocols/awareness';
import { EDITOR_NODES } from '../../../renderer/editor/nodes/editor-nodes';
import { DOCUMENT_ROOT_NAME } from '../../../shared/sync/document-doc';

export function boundEditor(doc: Y.Doc): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
  const binding = createYjsBinding({ editor, id: doc.guid, doc, docMap: new Map([[doc.guid, doc]]), rootName: DOCUMENT_ROOT_NAME });
  const provider = { awareness: new Awareness(doc) } as unknown as Provider;
  editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) =>
    syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags),
  );
  binding.root.getSharedType().observeDeep((events, transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events, false);
  });
  return editor;
}
