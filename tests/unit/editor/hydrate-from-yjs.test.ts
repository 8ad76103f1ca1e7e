// A Lexical binding attached to a doc that is already full renders it once the content is
// replayed; one attached before the content arrives is left alone (it saw it arrive).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $getRoot, type LexicalEditor } from 'lexical';
import { $blockToNode } from '../../../renderer/editor/blocks/blocks-to-nodes';
import { hasContent, replayContentToObservers } from '../../../renderer/editor/collab/hydrate-from-yjs';
import { DOCUMENT_ROOT_NAME } from '../../../shared/sync/document-doc';
import { generateGovernanceDocument } from '../../../shared/model/governance-text';
import { boundEditor } from './bound-editor';


function textOf(editor: LexicalEditor): string {
  editor.update(() => {}, { discrete: true });
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

describe('replaying a full doc to a binding attached after it filled', () => {
  it('renders exactly the content (deleted text stays deleted), and later edits still flow both ways', () => {
    const source = new Y.Doc({ guid: 'doc' });
    const author = boundEditor(source);
    const blocks = generateGovernanceDocument({ seed: 5, targetCharacters: 8_000 });
    author.update(() => $getRoot().append(...blocks.map($blockToNode)), { discrete: true });
    author.update(() => $getRoot().getFirstChildOrThrow().remove(), { discrete: true }); // a deletion in the history
    const expected = textOf(author);

    // The shared doc is full before the editor binds (as when sync loaded it first).
    const shared = new Y.Doc({ guid: 'doc' });
    Y.applyUpdate(shared, Y.encodeStateAsUpdate(source));
    const late = boundEditor(shared);
    expect(textOf(late)).toBe(''); // what Lexical shows without the replay
    const root = shared.get(DOCUMENT_ROOT_NAME, Y.XmlText);
    expect(hasContent(root)).toBe(true);
    replayContentToObservers(shared, root, 'test');
    expect(textOf(late)).toBe(expected);

    // A remote edit after the replay lands in the right place; a local one reaches the other side.
    author.update(() => $getRoot().getLastChildOrThrow().remove(), { discrete: true });
    Y.applyUpdate(shared, Y.encodeStateAsUpdate(source, Y.encodeStateVector(shared)));
    expect(textOf(late)).toBe(textOf(author));
    late.update(() => $getRoot().getFirstChildOrThrow().remove(), { discrete: true });
    Y.applyUpdate(source, Y.encodeStateAsUpdate(shared, Y.encodeStateVector(source)));
    expect(textOf(author)).toBe(textOf(late));
  });
});
