/**
 * Writes a `BlockList` into a document's Y.Doc through a headless Lexical editor
 * bound with @lexical/yjs, so the result is exactly what the live editor reads.
 *
 * This is how a template is written into a new document: once, on the computer
 * that creates it, before it is ever shared (never by `shouldBootstrap`, which
 * lets two peers seed the same document). Runs in Node too, for fixtures.
 */
import * as Y from 'yjs';
import { $getRoot } from 'lexical';
import { createHeadlessEditor } from '@lexical/headless';
import { createYjsBinding, syncLexicalUpdateToYjs, type Provider } from '@lexical/yjs';
import { Awareness } from 'y-protocols/awareness';
import type { BlockList } from '../../../shared/model/template';
import { EDITOR_NODES } from '../nodes/editor-nodes';
import { $blockToNode } from './blocks-to-nodes';
import { DOCUMENT_ROOT_NAME } from '../../../shared/sync/document-doc';
import { ensureIncrementalYjsSync } from '../collab/incremental-yjs-sync';

ensureIncrementalYjsSync();

/** A provider with no transport: the conversion needs an awareness object, nothing else. */
function offlineProvider(doc: Y.Doc): Provider {
  const noop = () => {};
  return {
    awareness: new Awareness(doc) as unknown as Provider['awareness'],
    connect: noop,
    disconnect: noop,
    on: noop,
    off: noop,
  };
}

export function writeBlocksToYDoc(doc: Y.Doc, blocks: BlockList): void {
  const editor = createHeadlessEditor({
    namespace: 'accord-bootstrap',
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
  const binding = createYjsBinding({ editor, id: doc.guid, doc, docMap: new Map([[doc.guid, doc]]), rootName: DOCUMENT_ROOT_NAME });
  const provider = offlineProvider(doc);
  const stop = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
  });
  try {
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        root.append(...blocks.map($blockToNode));
      },
      { discrete: true },
    );
  } finally {
    stop();
    (provider.awareness as unknown as Awareness).destroy();
  }
}
