/**
 * What creating, renaming and deleting workspaces and documents does to the
 * Y.Docs and to local storage. UI code calls these; it never writes rows itself.
 */
import * as Y from 'yjs';
import type { BlockList } from '../../../shared/model/template';
import type { DocumentKind } from '../../../shared/model/document';
import type { CollaborationForm, WorkspaceProfileDetails } from '../../../shared/model/workspace';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import type { MemberDraft } from '../../../shared/model/members';
import { newId } from '../../../shared/model/ids';
import {
  addDocumentEntry,
  listDocumentEntries,
  readProfile,
  removeDocumentEntry,
  writeDecisionRules,
  writeProfile,
} from '../../../shared/sync/workspace-doc';
import { addMember, newPeopleDoc, peopleDocId } from '../../../shared/sync/people-doc';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import type { AccordDb } from '../../storage/db';
import { deleteDocumentData, deleteWorkspaceData, putWorkspaceIndex, storeNewWorkspace } from '../../storage/repositories';
import type { DocRegistry } from '../../collab/doc-registry';
import type { SyncManager } from '../../collab/network/sync-manager';
import { writeBlocksToYDoc } from '../../editor/blocks/blocks-to-ydoc';
import { meStorageKey } from '../members/who-am-i';
import { forgetRememberedLog } from '../decisions/remembered-log';

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

interface Deps {
  db: AccordDb;
  docs: DocRegistry;
  /** When given, a shared workspace stops syncing before it is deleted here. */
  sync?: SyncManager;
}

export interface NewWorkspace {
  name: string;
  purpose: string;
  form: CollaborationForm;
  details?: Partial<WorkspaceProfileDetails>;
  rules?: DecisionRules;
  /** Written into the workspace's people doc (the register holds personal data). */
  members?: Array<MemberDraft & { id: string }>;
  isExample?: boolean;
}

/**
 * Builds the workspace's Y.Docs in memory — its own doc, the people doc, and one doc
 * per starting document with its content written once, here — and stores them in
 * one go. Nothing is listed before all of it is on disk.
 */
export async function createWorkspace(
  { db }: { db: AccordDb },
  input: NewWorkspace,
  documents: ReadonlyArray<{ kind: DocumentKind; title: string; blocks: BlockList }> = [],
  /** Writes more into the workspace doc before it is stored (the example's meetings and decisions). */
  seed?: (workspaceDoc: Y.Doc) => Promise<void>,
): Promise<string> {
  const id = newId('ws', randomBytes);
  const createdAt = Date.now();
  const name = input.name.trim();
  const purpose = input.purpose.trim();

  const workspaceDoc = new Y.Doc({ guid: id });
  writeProfile(workspaceDoc, { ...input.details, name, purpose, form: input.form, createdAt });
  if (input.rules) writeDecisionRules(workspaceDoc, input.rules);
  const docs = [];
  for (const document of documents) {
    const docId = newId('doc', randomBytes);
    const content = newDocumentDoc(docId);
    writeBlocksToYDoc(content, document.blocks);
    addDocumentEntry(workspaceDoc, { id: docId, title: document.title.trim(), kind: document.kind, createdAt });
    docs.push({ docId, bytes: Y.encodeStateAsUpdate(content) });
  }
  await seed?.(workspaceDoc);
  docs.push({ docId: id, bytes: Y.encodeStateAsUpdate(workspaceDoc) });
  if (input.members?.length) {
    const people = newPeopleDoc(id);
    people.transact(() => {
      for (const { id: memberId, ...draft } of input.members ?? []) addMember(people, memberId, draft);
    });
    docs.push({ docId: peopleDocId(id), bytes: Y.encodeStateAsUpdate(people) });
  }
  await storeNewWorkspace(db, { id, name, purpose, form: input.form, createdAt, updatedAt: createdAt, isExample: input.isExample ?? false }, docs);
  return id;
}

/** Keeps the home screen's index row in step with the workspace's own Y.Doc. */
export async function refreshWorkspaceIndex(db: AccordDb, workspaceId: string, doc: Y.Doc): Promise<void> {
  const profile = readProfile(doc);
  if (!profile) return;
  const existing = await db.workspaces.get(workspaceId);
  await putWorkspaceIndex(db, {
    id: workspaceId,
    name: profile.name,
    purpose: profile.purpose,
    form: profile.form,
    createdAt: profile.createdAt,
    updatedAt: Date.now(),
    isExample: existing?.isExample ?? false,
  });
}

export async function deleteWorkspace({ db, docs, sync }: Deps, workspaceId: string): Promise<void> {
  // Deleting here deletes nothing on the relay or on the others' computers.
  await sync?.forget(workspaceId);
  const lease = docs.acquire(workspaceId, { workspaceId });
  let docIds: string[];
  try {
    docIds = listDocumentEntries((await lease.ready).doc).map((entry) => entry.id);
  } finally {
    await lease.release();
  }
  await deleteWorkspaceData(db, workspaceId, [...docIds, peopleDocId(workspaceId)]);
  // The local "who am I" choice goes with the workspace.
  localStorage.removeItem(meStorageKey(workspaceId));
  forgetRememberedLog(workspaceId);
}

/**
 * Writes the template into the new document's Y.Doc here, once, before the
 * document is listed (and so before anyone else can open it): two computers
 * never seed the same document.
 */
export async function createDocument(
  { docs }: Deps,
  workspaceDoc: Y.Doc,
  workspaceId: string,
  input: { kind: DocumentKind; title: string; blocks: BlockList },
): Promise<string> {
  const id = newId('doc', randomBytes);
  const lease = docs.acquire(id, { workspaceId, create: () => newDocumentDoc(id) });
  try {
    writeBlocksToYDoc((await lease.ready).doc, input.blocks);
  } finally {
    await lease.release();
  }
  addDocumentEntry(workspaceDoc, { id, title: input.title.trim(), kind: input.kind, createdAt: Date.now() });
  return id;
}

export async function deleteDocument(db: AccordDb, workspaceDoc: Y.Doc, documentId: string): Promise<void> {
  removeDocumentEntry(workspaceDoc, documentId);
  await deleteDocumentData(db, documentId);
}
