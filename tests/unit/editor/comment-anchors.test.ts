// A comment's passage is anchored by two Yjs relative positions; they must follow the text
// while another member edits concurrently (before, inside, after the passage), and a
// passage deleted entirely must resolve as orphaned rather than land somewhere else.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isElementNode, $isTextNode, type LexicalEditor, type TextNode } from 'lexical';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { ensureIncrementalYjsSync } from '../../../renderer/editor/collab/incremental-yjs-sync';
import { $anchorsForSelection, $resolvePassage, type PassageAnchors } from '../../../renderer/editor/collab/lexical-anchors';
import { DOCUMENT_ROOT_NAME } from '../../../shared/sync/document-doc';
import { authorRuns } from '../../../shared/sync/document-anchors';
import { boundEditor } from './bound-editor';

ensureIncrementalYjsSync();


function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const FIRST = 'Members meet every month in person.';
const SECOND = 'Decisions need the consent of all members present.';

/** Two members' editors on two docs, holding the same two paragraphs and a list. */
function twoMembers() {
  const docA = new Y.Doc({ guid: 'd', gc: false });
  const docB = new Y.Doc({ guid: 'd', gc: false });
  const amina = boundEditor(docA);
  const bruno = boundEditor(docB);
  amina.update(
    () => {
      const list = $createListNode('bullet').append($createListItemNode().append($createTextNode('A listed duty')));
      $getRoot().append($createParagraphNode().append($createTextNode(FIRST)), list, $createParagraphNode().append($createTextNode(SECOND)));
    },
    { discrete: true },
  );
  sync(docA, docB);
  flush(bruno);
  return { docA, docB, amina, bruno };
}

function flush(editor: LexicalEditor): void {
  editor.update(() => {}, { discrete: true });
}

/** The first text node of a top-level block (inside an update). */
function $textAt(block: number): TextNode {
  const node = $getRoot().getChildAtIndex(block);
  const text = $isElementNode(node) ? node.getFirstDescendant() : null;
  if (!$isTextNode(text)) throw new Error('no text');
  return text;
}

/** Amina selects `passage` in a paragraph and anchors a comment on it. */
function comment(editor: LexicalEditor, doc: Y.Doc, paragraph: number, passage: string, backward = false): PassageAnchors {
  let anchors: PassageAnchors | null = null;
  editor.update(
    () => {
      const text = $textAt(paragraph);
      const start = text.getTextContent().indexOf(passage);
      if (start < 0) throw new Error('passage not found');
      const [from, to] = backward ? [start + passage.length, start] : [start, start + passage.length];
      text.select(from, to);
      anchors = $anchorsForSelection($getSelection(), doc.get(DOCUMENT_ROOT_NAME, Y.XmlText));
    },
    { discrete: true },
  );
  if (!anchors) throw new Error('no anchors');
  return anchors;
}

function resolve(editor: LexicalEditor, doc: Y.Doc, anchors: PassageAnchors): string | null {
  flush(editor);
  return editor.getEditorState().read(() => $resolvePassage(doc, doc.get(DOCUMENT_ROOT_NAME, Y.XmlText), anchors.anchor, anchors.focus)?.text ?? null);
}

function edit(editor: LexicalEditor, paragraph: number, change: (text: TextNode) => void): void {
  editor.update(() => change($textAt(paragraph)), { discrete: true });
}

describe('comment anchors', () => {
  it('resolve to the passage that was selected, in either direction, on both sides', () => {
    const { docA, docB, amina, bruno } = twoMembers();
    const forward = comment(amina, docA, 0, 'every month');
    const backward = comment(amina, docA, 2, 'consent of all', true);
    expect(forward.quote).toBe('every month');
    expect(resolve(amina, docA, forward)).toBe('every month');
    expect(resolve(bruno, docB, forward)).toBe('every month');
    expect(resolve(bruno, docB, backward)).toBe('consent of all');
  });

  it('follow the passage while another member inserts and deletes before, inside and after it at the same time', () => {
    const { docA, docB, amina, bruno } = twoMembers();
    const anchors = comment(amina, docA, 0, 'every month');
    // Concurrently: Amina edits before the passage, Bruno inside and after it, and adds a paragraph above.
    edit(amina, 0, (text) => text.spliceText(0, 'Members'.length, 'All members', true));
    // One change per update, as typing makes them (the binding diffs a text node's old and new text).
    edit(bruno, 0, (text) => text.spliceText(FIRST.indexOf('month'), 0, 'calendar ', true));
    edit(bruno, 0, (text) => text.spliceText(text.getTextContent().indexOf(' in person'), 0, ', online or', true));
    bruno.update(() => $getRoot().getFirstChildOrThrow().insertBefore($createParagraphNode().append($createTextNode('Preamble.'))), { discrete: true });
    sync(docA, docB);
    flush(amina);
    flush(bruno);
    const expected = 'All members meet every calendar month, online or in person.';
    expect(amina.getEditorState().read(() => $getRoot().getChildAtIndex(1)?.getTextContent())).toBe(expected);
    expect(resolve(amina, docA, anchors)).toBe('every calendar month');
    expect(resolve(bruno, docB, anchors)).toBe('every calendar month');
  });

  it('shrink with a partial deletion, and typing right at either edge stays outside', () => {
    const { docA, docB, amina, bruno } = twoMembers();
    const anchors = comment(amina, docA, 2, 'consent of all');
    edit(bruno, 2, (text) => {
      const at = SECOND.indexOf('consent');
      text.spliceText(at, 'consent '.length, '', true); // "of all"
    });
    edit(amina, 2, (text) => text.spliceText(SECOND.indexOf(' members'), 0, '!', true)); // right after "all"
    edit(amina, 2, (text) => text.spliceText(SECOND.indexOf('consent'), 0, '>', true)); // right before "consent"
    sync(docA, docB);
    expect(resolve(amina, docA, anchors)).toBe('of all');
    expect(resolve(bruno, docB, anchors)).toBe('of all');
  });

  it('resolve as orphaned when another member deletes the passage, or its paragraph', () => {
    const { docA, docB, amina, bruno } = twoMembers();
    const inText = comment(amina, docA, 0, 'every month');
    const inParagraph = comment(amina, docA, 2, 'consent');
    const inList = comment(amina, docA, 1, 'listed');
    edit(bruno, 0, (text) => text.spliceText(FIRST.indexOf('every month'), 'every month'.length, '', true));
    bruno.update(() => $getRoot().getChildAtIndex(2)!.remove(), { discrete: true });
    bruno.update(() => $getRoot().getChildAtIndex(1)!.remove(), { discrete: true });
    sync(docA, docB);
    for (const [editor, doc] of [
      [amina, docA],
      [bruno, docB],
    ] as const) {
      expect(resolve(editor, doc, inText)).toBeNull();
      expect(resolve(editor, doc, inParagraph)).toBeNull();
      expect(resolve(editor, doc, inList)).toBeNull();
    }
  });
});

describe('authorship runs', () => {
  it('tell which client inserted each character of each text node', () => {
    const { docA, docB, amina, bruno } = twoMembers();
    edit(bruno, 0, (text) => text.spliceText(FIRST.indexOf('month'), 0, 'calendar ', true));
    sync(docA, docB);
    flush(amina);
    const runs = authorRuns(docA.get(DOCUMENT_ROOT_NAME, Y.XmlText)).filter((run) => run.path.length === 1 && run.path[0] === 0);
    const at = FIRST.indexOf('month');
    expect(runs.map(({ offset, length, client }) => ({ offset, length, client }))).toEqual([
      { offset: 0, length: at, client: docA.clientID },
      { offset: at, length: 'calendar '.length, client: docB.clientID },
      { offset: at + 'calendar '.length, length: FIRST.length - at, client: docA.clientID },
    ]);
    // The list item's text is found one level deeper: root → list → item.
    const listed = authorRuns(docA.get(DOCUMENT_ROOT_NAME, Y.XmlText)).find((run) => run.path.length === 2);
    expect(listed).toMatchObject({ path: [1, 0], child: 0, offset: 0, length: 'A listed duty'.length, client: docA.clientID });
  });
});
