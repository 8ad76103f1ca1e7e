/**
 * Lexical's side of anchors that survive others' edits (shared/sync/document-anchors.ts):
 * a Lexical point (node key + offset) ↔ a tree point (child indices from the root). The
 * Lexical tree mirrors the Y.Doc child for child, so the same indices name the same places.
 * Call inside editor.read/update (the `$` functions).
 */
import * as Y from 'yjs';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type BaseSelection,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type TextNode,
} from 'lexical';
import { decodeTreePoint, encodeTreePoint, sameTreePoint, type TreePoint } from '../../../shared/sync/document-anchors';

export interface LexicalPoint {
  key: string;
  offset: number;
  type: 'text' | 'element';
}

function $pathOf(node: LexicalNode): number[] | null {
  const path: number[] = [];
  for (let current: LexicalNode = node; current.getParent() !== null; current = current.getParent()!) {
    path.unshift(current.getIndexWithinParent());
  }
  return node.getKey() === 'root' || path.length > 0 ? path : null;
}

export function $toTreePoint(point: Pick<PointType, 'key' | 'offset' | 'type'>): TreePoint | null {
  const node = $getNodeByKey(point.key);
  if (!node) return null;
  if (point.type === 'text' && $isTextNode(node)) {
    const parent = node.getParent();
    const path = parent ? $pathOf(parent) : null;
    return path ? { path, kind: 'text', child: node.getIndexWithinParent(), offset: point.offset } : null;
  }
  if ($isElementNode(node)) {
    const path = $pathOf(node);
    return path ? { path, kind: 'element', offset: point.offset } : null;
  }
  return null;
}

function $elementAt(path: number[]): ElementNode | null {
  let node: ElementNode = $getRoot();
  for (const index of path) {
    const child = node.getChildAtIndex(index);
    if (!$isElementNode(child)) return null;
    node = child;
  }
  return node;
}

/** The Lexical point for a tree point; an element point next to text becomes a text point (highlights need one). */
export function $fromTreePoint(point: TreePoint): LexicalPoint | null {
  const element = $elementAt(point.path);
  if (!element) return null;
  if (point.kind === 'text') {
    const child = element.getChildAtIndex(point.child);
    if (!$isTextNode(child) || point.offset > child.getTextContentSize()) return null;
    return { key: child.getKey(), offset: point.offset, type: 'text' };
  }
  const after = element.getChildAtIndex(point.offset);
  if ($isTextNode(after)) return { key: after.getKey(), offset: 0, type: 'text' };
  const before = point.offset > 0 ? element.getChildAtIndex(point.offset - 1) : null;
  if ($isTextNode(before)) return { key: before.getKey(), offset: before.getTextContentSize(), type: 'text' };
  return { key: element.getKey(), offset: Math.min(point.offset, element.getChildrenSize()), type: 'element' };
}

export interface PassageAnchors {
  anchor: Uint8Array;
  focus: Uint8Array;
  quote: string;
}

/** Anchors for the selected passage (start before end whatever the direction), or null without a non-empty selection. */
export function $anchorsForSelection(selection: BaseSelection | null, root: Y.XmlText): PassageAnchors | null {
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const quote = selection.getTextContent();
  if (quote.trim() === '') return null;
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const startPoint = $toTreePoint(start);
  const endPoint = $toTreePoint(end);
  if (!startPoint || !endPoint) return null;
  const anchor = encodeTreePoint(root, startPoint, 0);
  const focus = encodeTreePoint(root, endPoint, -1);
  return anchor && focus ? { anchor, focus, quote } : null;
}

export interface ResolvedPassage {
  anchor: LexicalPoint;
  focus: LexicalPoint;
  /** The passage's text now (others may have edited inside it). */
  text: string;
}

/**
 * Where a passage is now, or null when it is orphaned: the text it was on was deleted
 * (nothing left between its two ends), or the paragraph around it was.
 */
export function $resolvePassage(doc: Y.Doc, root: Y.XmlText, anchor: Uint8Array, focus: Uint8Array): ResolvedPassage | null {
  const start = decodeTreePoint(doc, root, anchor);
  const end = decodeTreePoint(doc, root, focus);
  if (!start || !end || sameTreePoint(start, end)) return null;
  const startPoint = $fromTreePoint(start);
  const endPoint = $fromTreePoint(end);
  if (!startPoint || !endPoint) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(startPoint.key, startPoint.offset, startPoint.type);
  selection.focus.set(endPoint.key, endPoint.offset, endPoint.type);
  // Ends that crossed (the start's text deleted and retyped after the end) read backwards.
  if (selection.isBackward()) return null;
  const text = selection.getTextContent();
  if (text.trim() === '') return null;
  return { anchor: startPoint, focus: endPoint, text };
}

export function $nodeOf(point: LexicalPoint): TextNode | ElementNode | null {
  const node = $getNodeByKey(point.key);
  return $isTextNode(node) || $isElementNode(node) ? node : null;
}

/** The text node a tree path and child index name (authorship runs), or null when the trees differ there. */
export function $textNodeAt(path: number[], child: number): TextNode | null {
  const node = $elementAt(path)?.getChildAtIndex(child);
  return $isTextNode(node) ? node : null;
}
