import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $getRoot, $createParagraphNode, $createTextNode, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { ensureIncrementalYjsSync } from '../../../renderer/editor/collab/incremental-yjs-sync';
import { $blockToNode } from '../../../renderer/editor/blocks/blocks-to-nodes';
import { generateGovernanceDocument } from '../../../shared/model/governance-text';
import { boundEditor } from './bound-editor';


function contentOf(editor: LexicalEditor): string {
  editor.update(() => {}, { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

describe('incremental Lexical → Yjs sync', () => {
  it('is installed on this @lexical/yjs version', () => {
    expect(ensureIncrementalYjsSync()).toBe('patched');
  });

  it('still carries every kind of local edit into the Y.Doc, deep inside a long document', () => {
    ensureIncrementalYjsSync();
    const source = new Y.Doc({ guid: 'source' });
    const editor = boundEditor(source);
    const blocks = generateGovernanceDocument({ seed: 3, targetCharacters: 60_000 });
    editor.update(() => $getRoot().append(...blocks.map($blockToNode)), { discrete: true });

    editor.update(
      () => {
        const children = $getRoot().getChildren();
        const paragraph = children.find((node, i) => i > 40 && node.getType() === 'paragraph');
        const firstText = $isElementNode(paragraph) ? paragraph.getFirstDescendant() : null;
        if ($isTextNode(firstText)) firstText.setTextContent(`Edited: ${firstText.getTextContent()}`).toggleFormat('bold');
        children[10]!.insertAfter($createParagraphNode().append($createTextNode('Inserted clause')));
        children[20]!.remove();
        const list = children.find((node, i) => i > 60 && node.getType() === 'list');
        if ($isElementNode(list)) list.getFirstChildOrThrow().remove();
      },
      { discrete: true },
    );
    editor.update(() => $getRoot().getLastChildOrThrow().insertAfter($createParagraphNode().append($createTextNode('Last words'))), { discrete: true });

    const replica = new Y.Doc({ guid: 'replica' });
    const reader = boundEditor(replica);
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(source));
    expect(contentOf(reader)).toBe(contentOf(editor));
    expect(contentOf(reader)).toContain('Edited: ');
    expect(contentOf(reader)).toContain('Inserted clause');
  });
});
