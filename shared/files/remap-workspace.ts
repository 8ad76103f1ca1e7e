/**
 * A workspace copy with fresh ids: restoring a backup (or opening a file) of a
 * workspace that is still on this computer must not merge into it by accident, so
 * the copy gets a new workspace id and new document ids, and every reference to a
 * document inside the workspace doc is rewritten to the new ids.
 *
 * References rewritten (anywhere in the workspace doc's maps, however deep):
 * - a map key equal to a document id (the documents list, open-comment counts…);
 * - a map key `<kind>:<document id>` (a meeting agenda item's links `document:<id>`);
 * - a string value equal to a document id (lifecycle amendmentOf/supersededBy, a
 *   meeting's minutesDocumentId), also inside plain JSON values (a proposal's
 *   `document: { documentId }`).
 * Document ids are random and long, so a string equal to one is a reference to it.
 * The decision log is left as it is: its entries are hashed and hold no document ids.
 * The original's invites are dropped: the copy is a new workspace, shared with nobody, and
 * those invites (tokens the original's relay knows) do not open it.
 * Document contents and the people doc are copied byte for byte (a Y.Doc's id is not
 * part of its state).
 * Pure: Yjs only.
 */
import * as Y from 'yjs';
import { clearInviteRecords } from '../sync/invites-doc';
import { peopleDocId } from '../sync/people-doc';
import { writeProfile } from '../sync/workspace-doc';

export interface RemappablePart {
  docId: string;
  kind: 'workspace' | 'people' | 'document';
  update: Uint8Array;
}

export interface RemappableContent<P extends RemappablePart = RemappablePart> {
  workspaceId: string;
  name: string;
  parts: P[];
}

export interface RemapOptions {
  /** A new random id with this prefix ('ws' or 'doc'), e.g. shared/model/ids `newId`. */
  newId: (prefix: 'ws' | 'doc') => string;
  /** The copy's name, written into its profile too. */
  name: string;
}

export interface RemapResult<C> {
  content: C;
  /** Old document id → new one. */
  documentIds: Map<string, string>;
}

/** Roots whose values must stay byte-identical (hashed decision log). */
const UNTOUCHED_ROOTS = new Set(['decisionLog', 'decisionLogSeen']);

/** The ids a workspace doc lists in its `documents` map. */
function listedDocumentIds(doc: Y.Doc): string[] {
  return [...doc.getMap<unknown>('documents').keys()];
}

class Rewriter {
  constructor(private readonly ids: ReadonlyMap<string, string>) {}

  key(key: string): string {
    const direct = this.ids.get(key);
    if (direct) return direct;
    const colon = key.indexOf(':');
    if (colon > 0) {
      const mapped = this.ids.get(key.slice(colon + 1));
      if (mapped) return `${key.slice(0, colon)}:${mapped}`;
    }
    return key;
  }

  /** A plain value with references rewritten; the same value (===) when nothing changed. */
  plain(value: unknown): unknown {
    if (typeof value === 'string') return this.ids.get(value) ?? value;
    if (Array.isArray(value)) {
      const next = value.map((item) => this.plain(item));
      return next.some((item, index) => item !== value[index]) ? next : value;
    }
    if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array) && !(value instanceof Y.AbstractType)) {
      let changed = false;
      const next: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const newKey = this.key(key);
        const newItem = this.plain(item);
        if (newKey !== key || newItem !== item) changed = true;
        next[newKey] = newItem;
      }
      return changed ? next : value;
    }
    return value;
  }

  map(map: Y.Map<unknown>): void {
    for (const [key, value] of [...map.entries()]) {
      if (value instanceof Y.Map) this.map(value);
      else if (value instanceof Y.Array) this.array(value);
      const newKey = this.key(key);
      if (value instanceof Y.AbstractType) {
        if (newKey !== key) {
          const copy = (value as Y.Map<unknown> | Y.Array<unknown>).clone();
          map.delete(key);
          map.set(newKey, copy);
        }
        continue;
      }
      const newValue = this.plain(value);
      if (newKey !== key) map.delete(key);
      if (newKey !== key || newValue !== value) map.set(newKey, newValue);
    }
  }

  array(array: Y.Array<unknown>): void {
    const items = array.toArray();
    for (let index = 0; index < items.length; index++) {
      const value = items[index];
      if (value instanceof Y.Map) this.map(value);
      else if (value instanceof Y.Array) this.array(value);
      else if (!(value instanceof Y.AbstractType)) {
        const next = this.plain(value);
        if (next !== value) {
          array.delete(index, 1);
          array.insert(index, [next]);
        }
      }
    }
  }
}

/** True when a root type (possibly not typed yet after loading) holds map entries only. */
function isMapRoot(type: Y.AbstractType<any>): boolean {
  return type instanceof Y.Map || (type.constructor === Y.AbstractType && type._start === null);
}

/**
 * Rewrites a workspace doc in place: `ids` maps old document ids to new ones.
 * Exposed for tests; `remapWorkspace` is what callers use.
 */
export function rewriteDocumentReferences(doc: Y.Doc, ids: ReadonlyMap<string, string>): void {
  const rewriter = new Rewriter(ids);
  doc.transact(() => {
    for (const [name, type] of [...doc.share.entries()]) {
      if (UNTOUCHED_ROOTS.has(name) || !isMapRoot(type)) continue;
      rewriter.map(doc.getMap<unknown>(name));
    }
  });
}

/**
 * The same workspace under fresh ids: a new workspace id, a new id for every
 * document (those with a part and those listed in the workspace doc), references
 * rewritten, and the copy's name in its profile. The input is not modified.
 */
export function remapWorkspace<P extends RemappablePart, C extends RemappableContent<P>>(content: C, options: RemapOptions): RemapResult<C> {
  const workspacePart = content.parts.find((part) => part.kind === 'workspace' && part.docId === content.workspaceId);
  if (!workspacePart) throw new Error('The file has no workspace part');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, workspacePart.update);

  const documentIds = new Map<string, string>();
  const oldIds = [...content.parts.filter((part) => part.kind === 'document').map((part) => part.docId), ...listedDocumentIds(doc)];
  for (const id of oldIds) if (!documentIds.has(id)) documentIds.set(id, options.newId('doc'));
  const workspaceId = options.newId('ws');

  rewriteDocumentReferences(doc, documentIds);
  clearInviteRecords(doc);
  writeProfile(doc, { name: options.name });
  const workspaceUpdate = Y.encodeStateAsUpdate(doc);
  doc.destroy();

  const parts = content.parts.map((part): P => {
    if (part === workspacePart) return { ...part, docId: workspaceId, update: workspaceUpdate };
    if (part.kind === 'people') return { ...part, docId: peopleDocId(workspaceId) };
    return { ...part, docId: documentIds.get(part.docId) ?? part.docId };
  });
  return { content: { ...content, workspaceId, name: options.name, parts }, documentIds };
}
