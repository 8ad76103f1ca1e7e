/**
 * Positions in a document's text that survive others' edits, and who wrote which characters.
 *
 * A document's Lexical tree is stored in the @lexical/yjs v1 layout: each element is a
 * Y.XmlText holding, in order, one entry per Lexical child — a child element is an embedded
 * Y.XmlText (length 1), a text node is an embedded Y.Map (its properties, length 1) followed
 * by its characters, a line break an embedded Y.Map, a decorator an embedded Y.XmlElement.
 * So the i-th "segment" of an XmlText is the i-th child of the Lexical element, and a point
 * in the tree (child indices from the root, then a text offset) maps to an index in one
 * XmlText, which Yjs turns into a relative position that follows the text as others edit.
 *
 * Pure Yjs: the renderer maps Lexical nodes to these tree points (renderer/editor/collab/).
 * Relies on Yjs 13 item internals (`_start`, `right`, `deleted`, `countable`, `content`),
 * covered by tests/unit/editor/comment-anchors.test.ts.
 */
import * as Y from 'yjs';

// Yjs types are invariant in their event type: a parent of any kind.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyType = Y.AbstractType<any>;

/** A point in the tree: `path` leads from the root to an element; then a child's text offset, or a child index. */
export type TreePoint =
  | { path: number[]; kind: 'text'; child: number; offset: number }
  | { path: number[]; kind: 'element'; offset: number };

export type Segment =
  | { kind: 'text'; start: number; length: number }
  | { kind: 'element'; start: number; type: Y.XmlText }
  | { kind: 'other'; start: number };

function liveItems(type: AnyType): Y.Item[] {
  const items: Y.Item[] = [];
  for (let item = type._start; item !== null; item = item.right) {
    if (!item.deleted && item.countable) items.push(item);
  }
  return items;
}

/** The Lexical children an XmlText holds, with where each starts in it. */
export function segmentsOf(xmlText: Y.XmlText): Segment[] {
  const segments: Segment[] = [];
  let index = 0;
  for (const item of liveItems(xmlText)) {
    const content = item.content;
    if (content instanceof Y.ContentType) {
      const type = content.type;
      if (type instanceof Y.XmlText) segments.push({ kind: 'element', start: index, type });
      else if (type instanceof Y.Map && type.get('__type') !== 'linebreak') segments.push({ kind: 'text', start: index, length: 0 });
      else segments.push({ kind: 'other', start: index });
    } else if (content instanceof Y.ContentString) {
      const last = segments[segments.length - 1];
      if (last?.kind === 'text') last.length += item.length;
    } else {
      segments.push({ kind: 'other', start: index });
    }
    index += item.length;
  }
  return segments;
}

function elementAt(root: Y.XmlText, path: number[]): Y.XmlText | null {
  let type = root;
  for (const child of path) {
    const segment = segmentsOf(type)[child];
    if (segment?.kind !== 'element') return null;
    type = segment.type;
  }
  return type;
}

/** The XmlText and index a tree point stands for, or null when the doc has no such point. */
export function typeIndexOf(root: Y.XmlText, point: TreePoint): { type: Y.XmlText; index: number } | null {
  const type = elementAt(root, point.path);
  if (!type) return null;
  const segments = segmentsOf(type);
  if (point.kind === 'element') {
    if (point.offset < 0 || point.offset > segments.length) return null;
    return { type, index: segments[point.offset]?.start ?? type.length };
  }
  const segment = segments[point.child];
  if (segment?.kind !== 'text' || point.offset < 0 || point.offset > segment.length) return null;
  return { type, index: segment.start + 1 + point.offset };
}

/**
 * An encoded relative position for a tree point. A passage's start uses assoc 0 (it sticks
 * to the first character: text typed just before the passage stays outside it), its end
 * assoc -1 (it sticks to the last character: text typed just after stays outside).
 */
export function encodeTreePoint(root: Y.XmlText, point: TreePoint, assoc: 0 | -1): Uint8Array | null {
  const at = typeIndexOf(root, point);
  if (!at) return null;
  return Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(at.type, at.index, assoc));
}

function isAlive(type: AnyType, root: Y.XmlText): boolean {
  for (let current: AnyType = type; current !== root; ) {
    const item = current._item;
    if (!item || item.deleted || !(item.parent instanceof Y.AbstractType)) return false;
    current = item.parent;
  }
  return true;
}

function pathTo(type: Y.XmlText, root: Y.XmlText): number[] | null {
  const path: number[] = [];
  for (let current = type; current !== root; ) {
    const parent = current._item?.parent;
    if (!(parent instanceof Y.XmlText)) return null;
    const child = segmentsOf(parent).findIndex((segment) => segment.kind === 'element' && segment.type === current);
    if (child < 0) return null;
    path.unshift(child);
    current = parent;
  }
  return path;
}

/** Where an encoded position is now; null when what it was in (a paragraph, a list) was deleted, or the bytes are not a position. */
export function decodeTreePoint(doc: Y.Doc, root: Y.XmlText, encoded: Uint8Array): TreePoint | null {
  let absolute: Y.AbsolutePosition | null;
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(encoded), doc);
  } catch {
    return null;
  }
  if (!absolute || !(absolute.type instanceof Y.XmlText) || !isAlive(absolute.type, root)) return null;
  const path = pathTo(absolute.type, root);
  if (!path) return null;
  const { index } = absolute;
  const segments = segmentsOf(absolute.type);
  for (const [child, segment] of segments.entries()) {
    if (segment.kind === 'text' && index > segment.start && index <= segment.start + 1 + segment.length) {
      return { path, kind: 'text', child, offset: index - segment.start - 1 };
    }
    if (index <= segment.start) return { path, kind: 'element', offset: child };
  }
  return { path, kind: 'element', offset: segments.length };
}

export function sameTreePoint(a: TreePoint, b: TreePoint): boolean {
  if (a.kind !== b.kind || a.path.length !== b.path.length || a.path.some((child, i) => child !== b.path[i])) return false;
  if (a.kind === 'text' && b.kind === 'text') return a.child === b.child && a.offset === b.offset;
  return a.offset === b.offset;
}

/** A stretch of one text node's characters inserted by one Yjs client. */
export interface AuthorRun {
  /** Path from the root to the text node's parent element. */
  path: number[];
  /** The text node's index among that element's children. */
  child: number;
  offset: number;
  length: number;
  client: number;
}

/** Who inserted each visible character, as runs per text node (adjacent runs of one client merged). */
export function authorRuns(root: Y.XmlText): AuthorRun[] {
  const runs: AuthorRun[] = [];
  const walk = (type: Y.XmlText, path: number[]) => {
    let child = -1;
    let inText = false;
    let offset = 0;
    for (const item of liveItems(type)) {
      const content = item.content;
      if (content instanceof Y.ContentType) {
        child += 1;
        const embedded = content.type;
        inText = embedded instanceof Y.Map && embedded.get('__type') !== 'linebreak';
        offset = 0;
        if (embedded instanceof Y.XmlText) walk(embedded, [...path, child]);
      } else if (content instanceof Y.ContentString && inText) {
        const last = runs[runs.length - 1];
        if (last && last.client === item.id.client && last.child === child && last.offset + last.length === offset && last.path === path) {
          last.length += item.length;
        } else {
          runs.push({ path, child, offset, length: item.length, client: item.id.client });
        }
        offset += item.length;
      } else {
        child += 1;
        inText = false;
      }
    }
  };
  walk(root, []);
  return runs;
}

const AUTHORS = 'authors';

export interface AuthorInfo {
  name: string;
  color: string;
}

/** Yjs client id (one per editing session) → who that was, so "who wrote what" can name them. */
export function authorsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(AUTHORS);
}

export function writeAuthor(doc: Y.Doc, info: AuthorInfo): void {
  const map = authorsMap(doc);
  const key = String(doc.clientID);
  const current = map.get(key);
  if (current instanceof Object && (current as AuthorInfo).name === info.name && (current as AuthorInfo).color === info.color) return;
  map.set(key, { name: info.name, color: info.color });
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

export function readAuthors(doc: Y.Doc): Map<number, AuthorInfo> {
  const result = new Map<number, AuthorInfo>();
  authorsMap(doc).forEach((value, key) => {
    const client = Number(key);
    if (!Number.isInteger(client) || typeof value !== 'object' || value === null) return;
    const { name, color } = value as Record<string, unknown>;
    if (typeof name !== 'string' || typeof color !== 'string' || !COLOR.test(color)) return;
    result.set(client, { name: name.slice(0, 120), color });
  });
  return result;
}
