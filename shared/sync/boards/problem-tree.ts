/**
 * Problem tree board (toolkit §3): one core problem, its root causes below (causes can have
 * sub-causes) and its consequences above (effects can have sub-effects).
 *
 * Layout of the board's content Y.Map:
 *
 *   core:  string                 the core problem
 *   nodes: Y.Map  id -> Y.Map { side: 'cause' | 'effect', parent: id | '', text, rank }
 *
 * Nodes are kept flat with a parent pointer, so members adding causes at once never clash.
 * Removing a node removes its sub-causes with it. A node whose parent was removed on another
 * computer at the same moment is kept, attached to the core problem, rather than lost; a
 * node in a parent cycle (only a damaged file can hold one) is skipped.
 */
import * as Y from 'yjs';
import type { BlockList } from '../../model/template';
import { BOARD_ID, BOARD_TEXT_MAX, childMap, cleanText, ensureMap, newBoardId, rankAfterAll, rankedEntries, readText, transact } from './ranked';

export type TreeSide = 'cause' | 'effect';
export const TREE_SIDES: readonly TreeSide[] = ['cause', 'effect'];

export interface TreeNode {
  id: string;
  side: TreeSide;
  text: string;
  /** In order. */
  children: TreeNode[];
}

export interface ProblemTree {
  core: string;
  /** Root causes (top level first), each with its sub-causes. */
  causes: TreeNode[];
  /** Consequences, each with its sub-effects. */
  effects: TreeNode[];
}

const NODES = 'nodes';
const CORE = 'core';
/** Deeper than any tree a person draws; stops a damaged file from recursing forever. */
const MAX_DEPTH = 40;

const isSide = (value: unknown): value is TreeSide => value === 'cause' || value === 'effect';

export function readProblemTree(content: Y.Map<unknown>): ProblemTree {
  const core = typeof content.get(CORE) === 'string' ? (content.get(CORE) as string).slice(0, BOARD_TEXT_MAX) : '';
  const entries = rankedEntries(childMap(content, NODES), (entry) => isSide(entry.get('side')));
  const byId = new Map(entries.map((item) => [item.id, item]));
  const parentOf = (id: string): string => {
    const parent = byId.get(id)?.entry.get('parent');
    return typeof parent === 'string' && parent !== id && byId.has(parent) ? parent : '';
  };
  const childrenOf = new Map<string, string[]>();
  for (const { id } of entries) {
    const parent = parentOf(id);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), id]);
  }
  const build = (id: string, side: TreeSide, depth: number, path: Set<string>): TreeNode | null => {
    const item = byId.get(id);
    if (!item || path.has(id) || depth > MAX_DEPTH) return null;
    const inner = new Set(path).add(id);
    const children = (childrenOf.get(id) ?? []).map((child) => build(child, side, depth + 1, inner)).filter((node): node is TreeNode => node !== null);
    return { id, side, text: readText(item.entry, 'text'), children };
  };
  const top = (side: TreeSide) =>
    (childrenOf.get('') ?? [])
      .filter((id) => byId.get(id)!.entry.get('side') === side)
      .map((id) => build(id, side, 0, new Set()))
      .filter((node): node is TreeNode => node !== null);
  return { core, causes: top('cause'), effects: top('effect') };
}

export function setCoreProblem(content: Y.Map<unknown>, text: string): void {
  const value = cleanText(text);
  if (content.get(CORE) !== value) content.set(CORE, value);
}

/** Every node of the tree, depth first. */
export function flattenTree(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

export function findNode(tree: ProblemTree, id: string): TreeNode | null {
  return flattenTree([...tree.causes, ...tree.effects]).find((node) => node.id === id) ?? null;
}

/**
 * Adds a cause or effect: at the top level (`parentId` null) on `side`, or under a node (on
 * its parent's side). Returns the new id, or null when the parent is gone.
 */
export function addNode(content: Y.Map<unknown>, input: { side: TreeSide; parentId?: string | null; text: string }): string | null {
  const parentId = input.parentId ?? '';
  let side = input.side;
  if (parentId) {
    const parent = findNode(readProblemTree(content), parentId);
    if (!parent) return null;
    side = parent.side;
  } else if (!isSide(side)) return null;
  const id = newBoardId('node');
  transact(content, () => {
    const nodes = ensureMap(content, NODES);
    const siblings = rankedEntries(nodes, (entry) => (entry.get('parent') ?? '') === parentId);
    const entry = new Y.Map<unknown>();
    entry.set('side', side);
    entry.set('parent', parentId);
    entry.set('text', cleanText(input.text));
    entry.set('rank', rankAfterAll(siblings));
    nodes.set(id, entry);
  });
  return id;
}

export function updateNode(content: Y.Map<unknown>, id: string, text: string): boolean {
  const entry = childMap(content, NODES)?.get(id);
  if (!(entry instanceof Y.Map) || !BOARD_ID.test(id)) return false;
  const value = cleanText(text);
  if (entry.get('text') !== value) entry.set('text', value);
  return true;
}

/** Removes a node and everything under it; returns how many nodes went (0 when it was not there). */
export function removeNode(content: Y.Map<unknown>, id: string): number {
  const nodes = childMap(content, NODES);
  if (!nodes?.has(id)) return 0;
  // Descendants by parent pointer over the raw map, so nodes the reader skips go too.
  const doomed = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    nodes.forEach((entry, key) => {
      if (!doomed.has(key) && entry instanceof Y.Map && doomed.has(entry.get('parent') as string)) {
        doomed.add(key);
        grew = true;
      }
    });
  }
  transact(content, () => doomed.forEach((key) => nodes.delete(key)));
  return doomed.size;
}

export interface ProblemTreeLabels {
  heading: string;
  core: string;
  causes: string;
  effects: string;
  none: string;
  blank: string;
}

export const PROBLEM_TREE_LABELS_EN: ProblemTreeLabels = {
  heading: 'Problem tree',
  core: 'Core problem',
  causes: 'Root causes',
  effects: 'Consequences',
  none: 'None yet.',
  blank: '(not filled in)',
};

/** Outline items "1", "1.2", "1.2.1" … so sub-causes read as such in a flat list. */
function outline(nodes: readonly TreeNode[], prefix: string, blank: string): string[] {
  return nodes.flatMap((node, index) => {
    const number = prefix ? `${prefix}.${index + 1}` : `${index + 1}`;
    return [`${number}  ${node.text || blank}`, ...outline(node.children, number, blank)];
  });
}

/** The board as structured text for exports. */
export function problemTreeBlocks(content: Y.Map<unknown>, title?: string, labels: ProblemTreeLabels = PROBLEM_TREE_LABELS_EN): BlockList {
  const tree = readProblemTree(content);
  const section = (heading: string, nodes: TreeNode[]): BlockList => [
    { type: 'heading', level: 3, text: heading },
    nodes.length === 0 ? { type: 'paragraph', text: labels.none } : { type: 'bullets', items: outline(nodes, '', labels.blank) },
  ];
  return [
    { type: 'heading', level: 2, text: title ?? labels.heading },
    { type: 'heading', level: 3, text: labels.core },
    { type: 'paragraph', text: tree.core || labels.blank },
    ...section(labels.effects, tree.effects),
    ...section(labels.causes, tree.causes),
  ];
}
