import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { createHeadlessEditor } from '@lexical/headless';
import { EDITOR_NODES } from '../../../renderer/editor/nodes/editor-nodes';
import { $createGuidanceNode, $isGuidanceNode, GuidanceNode } from '../../../renderer/editor/nodes/GuidanceNode';
import { $writtenGuidanceNodes } from '../../../renderer/editor/plugins/guidance-outline';
import { writeBlocksToYDoc } from '../../../renderer/editor/blocks/blocks-to-ydoc';
import { templateFor } from '../../../shared/model/templates/index';
import { documentTemplateBlocks } from '../../../shared/sync/workspace-templates';
import { DOCUMENT_ROOT_NAME } from '../../../shared/sync/document-doc';
import type { Block } from '../../../shared/model/template';
import { boundEditor } from './bound-editor';


function replicaOf(source: Y.Doc, guid: string): { doc: Y.Doc; editor: LexicalEditor } {
  const doc = new Y.Doc({ guid });
  const editor = boundEditor(doc);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  editor.update(() => {}, { discrete: true });
  return { doc, editor };
}

const guidanceOf = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => $getRoot().getChildren().filter($isGuidanceNode).map((node) => ({ text: node.getText(), baseline: node.getBaseline() })));

const templateGuidance = (blocks: Block[]) =>
  blocks.flatMap((block) => (block.type === 'guidance' ? [{ text: block.text, baseline: block.baseline ?? '' }] : []));

describe('GuidanceNode', () => {
  it('serialises to JSON and back', () => {
    const editor = createHeadlessEditor({ nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
    editor.update(() => $getRoot().append($createGuidanceNode('State your purpose.', 'abc12345')), { discrete: true });
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).toContain('"type":"guidance"');
    const copy = createHeadlessEditor({ nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
    copy.setEditorState(copy.parseEditorState(json));
    expect(guidanceOf(copy)).toEqual([{ text: 'State your purpose.', baseline: 'abc12345' }]);
    expect(copy.getEditorState().read(() => $getRoot().getTextContent())).toBe('');
  });

  it('travels through Yjs as an XmlElement with its text and baseline, and nothing counts as written', () => {
    const blocks = templateFor('theory-of-change', 'ar');
    const source = new Y.Doc({ guid: 'source' });
    writeBlocksToYDoc(source, blocks);
    const root = source.get(DOCUMENT_ROOT_NAME, Y.XmlText);
    const elements = (root.toDelta() as Array<{ insert: unknown }>).filter((op) => op.insert instanceof Y.XmlElement);
    expect(elements).toHaveLength(templateGuidance(blocks).length);
    expect((elements[0]!.insert as Y.XmlElement).getAttribute('__type')).toBe('guidance');

    const { editor } = replicaOf(source, 'replica');
    expect(guidanceOf(editor)).toEqual(templateGuidance(blocks));
    expect(editor.getEditorState().read($writtenGuidanceNodes)).toEqual([]);
  });

  it('finds only the guidance of the section written in, and the removal reaches another replica', () => {
    const blocks = templateFor('theory-of-change', 'en');
    const source = new Y.Doc({ guid: 'source' });
    writeBlocksToYDoc(source, blocks);
    const writer = replicaOf(source, 'writer');
    writer.editor.update(
      () => {
        const paragraph = $getRoot().getChildren().find((node) => node.getTextContent() === 'If we […]');
        const text = $isElementNode(paragraph) ? paragraph.getFirstDescendant() : null;
        if ($isTextNode(text)) text.setTextContent('If we run workshops on voting rights');
      },
      { discrete: true },
    );
    const written = writer.editor.getEditorState().read(() => $writtenGuidanceNodes().map((node) => node.getText()));
    expect(written).toHaveLength(2); // the document's introduction and the "If" section
    expect(written[1]).toMatch(/^Name the action you will take/);

    writer.editor.update(() => $writtenGuidanceNodes().forEach((node) => node.remove()), { discrete: true });
    const reader = replicaOf(writer.doc, 'reader');
    const left = guidanceOf(reader.editor).map((item) => item.text);
    expect(left).toHaveLength(templateGuidance(blocks).length - 2);
    expect(left.some((text) => text.startsWith('Name the action'))).toBe(false);
    expect(left.some((text) => text.startsWith('Name the goal'))).toBe(true);
    expect(reader.editor.getEditorState().read($writtenGuidanceNodes)).toEqual([]);

    // Saved as a template, the document keeps the advice still standing, in place.
    const saved = documentTemplateBlocks(writer.doc);
    expect(saved.filter((block) => block.type === 'guidance').map((block) => (block as { text: string }).text)).toEqual(left);
    const ifAt = saved.findIndex((block) => block.type === 'heading' && block.text === 'If … (our action)');
    expect(saved[ifAt + 1]).toEqual({ type: 'paragraph', text: 'If we run workshops on voting rights' });
    expect(saved[ifAt + 3]?.type).toBe('guidance');
  });

  it.each(['terms-of-reference', 'mou', 'minutes', 'action-plan', 'theory-of-change', 'note'] as const)(
    'a %s saved as a template writes back to the same blocks',
    (kind) => {
      const first = new Y.Doc({ guid: 'first', gc: false });
      writeBlocksToYDoc(first, templateFor(kind, 'fr'));
      const saved = documentTemplateBlocks(first);
      expect(saved.filter((block) => block.type === 'guidance')).toEqual(templateFor(kind, 'fr').filter((block) => block.type === 'guidance'));
      const second = new Y.Doc({ guid: 'second', gc: false });
      writeBlocksToYDoc(second, saved);
      expect(documentTemplateBlocks(second)).toEqual(saved);
    },
  );

  it('is registered with the editor nodes', () => {
    expect(EDITOR_NODES).toContain(GuidanceNode);
  });
});
