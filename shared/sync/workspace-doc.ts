/**
 * Layout of a workspace's own Y.Doc: its profile and the list of its documents.
 * Document content lives in one Y.Doc per document (guid = document id).
 * Pure Yjs helpers: the renderer and tests share them.
 */
import * as Y from 'yjs';
import type { DocumentEntry, DocumentKind } from '../model/document';
import { isDocumentKind } from '../model/document';
import type { CollaborationForm, WorkspaceProfile } from '../model/workspace';
import { isCollaborationForm } from '../model/workspace';

const PROFILE = 'profile';
const DOCUMENTS = 'documents';

function profileMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PROFILE);
}

function documentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(DOCUMENTS);
}

export function writeProfile(doc: Y.Doc, patch: Partial<WorkspaceProfile>): void {
  doc.transact(() => {
    const map = profileMap(doc);
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && map.get(key) !== value) map.set(key, value);
    }
  });
}

export function readProfile(doc: Y.Doc): WorkspaceProfile | null {
  const map = profileMap(doc);
  const name = map.get('name');
  if (typeof name !== 'string') return null;
  const form = map.get('form');
  const purpose = map.get('purpose');
  const createdAt = map.get('createdAt');
  return {
    name,
    purpose: typeof purpose === 'string' ? purpose : '',
    form: isCollaborationForm(form) ? form : ('network' satisfies CollaborationForm),
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
  };
}

export function addDocumentEntry(doc: Y.Doc, entry: DocumentEntry): void {
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    item.set('title', entry.title);
    item.set('kind', entry.kind);
    item.set('createdAt', entry.createdAt);
    documentsMap(doc).set(entry.id, item);
  });
}

export function renameDocumentEntry(doc: Y.Doc, id: string, title: string): boolean {
  const item = documentsMap(doc).get(id);
  if (!item) return false;
  item.set('title', title);
  return true;
}

export function removeDocumentEntry(doc: Y.Doc, id: string): boolean {
  const documents = documentsMap(doc);
  if (!documents.has(id)) return false;
  documents.delete(id);
  return true;
}

/** Entries sorted oldest first; malformed entries (e.g. from a newer version) are skipped, not thrown on. */
export function listDocumentEntries(doc: Y.Doc): DocumentEntry[] {
  const entries: DocumentEntry[] = [];
  documentsMap(doc).forEach((item, id) => {
    if (!(item instanceof Y.Map)) return;
    const title = item.get('title');
    const kind = item.get('kind');
    const createdAt = item.get('createdAt');
    if (typeof title !== 'string' || !isDocumentKind(kind)) return;
    entries.push({ id, title, kind: kind as DocumentKind, createdAt: typeof createdAt === 'number' ? createdAt : 0 });
  });
  return entries.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export function observeWorkspaceDoc(doc: Y.Doc, listener: () => void): () => void {
  const profile = profileMap(doc);
  const documents = documentsMap(doc);
  profile.observe(listener);
  documents.observeDeep(listener);
  return () => {
    profile.unobserve(listener);
    documents.unobserveDeep(listener);
  };
}
