import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createHeadlessEditor } from '@lexical/headless';
import { createYjsBinding, syncYjsChangesToLexical, type Provider } from '@lexical/yjs';
import { Awareness } from 'y-protocols/awareness';
import { $getRoot } from 'lexical';
import { writeBlocksToYDoc } from '../../../renderer/editor/blocks/blocks-to-ydoc';
import { EDITOR_NODES } from '../../../renderer/editor/nodes/editor-nodes';
import type { BlockList } from '../../../shared/model/template';

/** Reads a document's Y.Doc back into a fresh headless editor, as the live editor does on open. */
function readBack(update: Uint8Array) {
  const doc = new Y.Doc({ guid: 'reader' });
  const editor = createHeadlessEditor({ nodes: [...EDITOR_NODES], onError: (e) => { throw e; } });
  const binding = createYjsBinding({ editor, id: 'reader', doc, docMap: new Map([['reader', doc]]) });
  const provider = { awareness: new Awareness(doc) } as unknown as Provider;
  binding.root.getSharedType().observeDeep((events, transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events, false);
  });
  Y.applyUpdate(doc, update);
  editor.update(() => {}, { discrete: true });
  return editor.getEditorState().toJSON();
}

const blocks: BlockList = [
  { type: 'heading', level: 1, text: 'Terms of Reference' },
  { type: 'paragraph', text: [{ text: 'Shared purpose', formats: ['bold'] }, ': support refugees. ', { text: 'Toolkit', href: 'https://example.org/toolkit' }, { text: ' bad', href: 'javascript:alert(1)' }] },
  { type: 'bullets', items: ['cooperation', 'network'] },
  { type: 'numbered', items: ['first clause'] },
  { type: 'quote', text: 'Nothing about us without us.' },
  { type: 'table', header: ['Organisation', 'Delegate'], rows: [['Horizon', 'A. Member']] },
];

describe('writeBlocksToYDoc', () => {
  it('writes a block list that a second editor reads back with the same structure', () => {
    const doc = new Y.Doc({ guid: 'doc_1' });
    writeBlocksToYDoc(doc, blocks);
    const state = readBack(Y.encodeStateAsUpdate(doc));
    const types = state.root.children.map((node) => node.type);
    expect(types).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'table']);
    const text = JSON.stringify(state);
    expect(text).toContain('Terms of Reference');
    expect(text).toContain('"url":"https://example.org/toolkit"');
    expect(text).not.toContain('javascript:');
    expect(text).toContain('Horizon');
  });

  it('produces the same content for the same blocks (templates are deterministic)', () => {
    const a = new Y.Doc({ guid: 'a' });
    const b = new Y.Doc({ guid: 'b' });
    writeBlocksToYDoc(a, blocks);
    writeBlocksToYDoc(b, blocks);
    expect(JSON.stringify(readBack(Y.encodeStateAsUpdate(a)))).toEqual(JSON.stringify(readBack(Y.encodeStateAsUpdate(b))));
  });

  it('renders bold runs as formatted text', () => {
    const doc = new Y.Doc({ guid: 'c' });
    writeBlocksToYDoc(doc, [{ type: 'paragraph', text: [{ text: 'bold', formats: ['bold'] }] }]);
    const state = readBack(Y.encodeStateAsUpdate(doc));
    const run = (state.root.children[0] as unknown as { children: { format: number; text: string }[] }).children[0]!;
    expect(run.text).toBe('bold');
    expect(run.format & 1).toBe(1);
    void $getRoot;
  });
});
