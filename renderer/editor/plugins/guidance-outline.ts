/**
 * Reads the editor's top-level blocks as the outline that shared/model/guidance.ts
 * reasons about, and finds the guidance whose section has been written.
 * Call inside `editor.read()` or `editor.update()`.
 */
import { $getRoot, type LexicalNode } from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import { writtenGuidance, type OutlineItem } from '../../../shared/model/guidance';
import { $isGuidanceNode, type GuidanceNode } from '../nodes/GuidanceNode';

function $outlineItem(node: LexicalNode): OutlineItem {
  if ($isGuidanceNode(node)) return { kind: 'guidance', baseline: node.getBaseline() };
  if ($isHeadingNode(node)) return { kind: 'heading', level: Number(node.getTag().slice(1)), text: node.getTextContent() };
  return { kind: 'content', text: node.getTextContent() };
}

export function $writtenGuidanceNodes(): GuidanceNode[] {
  const children = $getRoot().getChildren();
  if (!children.some($isGuidanceNode)) return [];
  return writtenGuidance(children.map($outlineItem)).map((index) => children[index] as GuidanceNode);
}
