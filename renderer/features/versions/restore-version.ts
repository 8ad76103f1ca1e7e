/**
 * Makes a past version the current text through the live editor, so the change is ordinary
 * new edits (history, the other versions and others' copies all stay intact) and syncs like
 * typing would. Only the blocks that differ are replaced: untouched paragraphs keep their
 * authors and the comments anchored in them.
 */
import { $getRoot, $isDecoratorNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { $createParagraphNode } from 'lexical';
import { diffArrays } from 'diff';
import type { BlockList } from '../../../shared/model/template';
import { canonicalBlockKey } from '../../../shared/model/version-hash';
import { $blockToNode } from '../../editor/blocks/blocks-to-nodes';

export const RESTORE_TAG = 'accord-restore-version';

/** `current` is the doc's blocks now (documentBlocks), in the order of the editor's top-level blocks. */
export function restoreBlocks(editor: LexicalEditor, current: BlockList, target: BlockList): void {
  const wanted = target.filter((block) => block.type !== 'guidance');
  editor.update(
    () => {
      const root = $getRoot();
      // Guidance (a decorator) is advice beside the text, not part of a version: it stays.
      const nodes = root.getChildren().filter((node) => !$isDecoratorNode(node));
      if (nodes.length !== current.length) {
        // The editor and the doc's reading disagree on the blocks: replace them all.
        for (const node of nodes) node.remove();
        root.append(...wanted.map($blockToNode));
      } else {
        $replaceChangedBlocks(nodes, current, wanted);
      }
      if (root.getChildrenSize() === 0) root.append($createParagraphNode());
    },
    { discrete: true, tag: RESTORE_TAG },
  );
}

function $replaceChangedBlocks(nodes: LexicalNode[], current: BlockList, target: BlockList): void {
  const changes = diffArrays(current.map(canonicalBlockKey), target.map(canonicalBlockKey));
  let oldIndex = 0;
  let newIndex = 0;
  // The last block kept or inserted: new blocks go after it.
  let anchor: LexicalNode | null = null;
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) {
      for (const node of nodes.slice(oldIndex, oldIndex + count)) node.remove();
      oldIndex += count;
    } else if (change.added) {
      for (const block of target.slice(newIndex, newIndex + count)) {
        const node = $blockToNode(block);
        if (anchor) anchor.insertAfter(node);
        else {
          const first = $getRoot().getFirstChild();
          if (first) first.insertBefore(node);
          else $getRoot().append(node);
        }
        anchor = node;
      }
      newIndex += count;
    } else {
      anchor = nodes[oldIndex + count - 1] ?? anchor;
      oldIndex += count;
      newIndex += count;
    }
  }
}
