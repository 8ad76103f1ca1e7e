/**
 * What creating, renaming and deleting workspaces and documents does to the
 * Y.Docs and to local storage. UI code calls these; it never writes rows itself.
 */
import type * as Y from 'yjs';
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
import type { AccordDb } from '../../storage/db';
import { deleteDocumentData, deleteWorkspaceData, putWorkspaceIndex } from '../../storage/repositories';
import { openPersistedDoc } from '../../collab/persisted-doc';
import type { SaveStatusHub } from '../../collab/save-status-hub';
import { writeBlocksToYDoc } from '../../editor/blocks/blocks-to-ydoc';
import { meStorageKey } from '../members/who-am-i';

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

interface Deps {
  db: AccordDb;
  hub: SaveStatusHub;
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

export async function createWorkspace({ db, hub }: Deps, input: NewWorkspace): Promise<string> {
  const id = newId('ws', randomBytes);
  const createdAt = Date.now();
  const persisted = await openPersistedDoc(db, id, { workspaceId: id, hub });
  try {
    writeProfile(persisted.doc, { ...input.details, name: input.name.trim(), purpose: input.purpose.trim(), form: input.form, createdAt });
    if (input.rules) writeDecisionRules(persisted.doc, input.rules);
  } finally {
    await persisted.close();
  }
  if (input.members?.length) {
    const people = await openPersistedDoc(db, peopleDocId(id), { workspaceId: id, hub, doc: newPeopleDoc(id) });
    try {
      people.doc.transact(() => {
        for (const { id: memberId, ...draft } of input.members ?? []) addMember(people.doc, memberId, draft);
      });
    } finally {
      await people.close();
    }
  }
  await putWorkspaceIndex(db, {
    id,
    name: input.name.trim(),
    purpose: input.purpose.trim(),
    form: input.form,
    createdAt,
    updatedAt: createdAt,
    isExample: input.isExample ?? false,
  });
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

export async function deleteWorkspace({ db, hub }: Deps, workspaceId: string): Promise<void> {
  const persisted = await openPersistedDoc(db, workspaceId, { workspaceId, hub });
  const docIds = listDocumentEntries(persisted.doc).map((entry) => entry.id);
  await persisted.close();
  await deleteWorkspaceData(db, workspaceId, [...docIds, peopleDocId(workspaceId)]);
  // The local "who am I" choice goes with the workspace.
  localStorage.removeItem(meStorageKey(workspaceId));
}

/**
 * Writes the template into the new document's Y.Doc here, once, before the
 * document is listed (and so before anyone else can open it): two computers
 * never seed the same document.
 */
export async function createDocument(
  { db, hub }: Deps,
  workspaceDoc: Y.Doc,
  workspaceId: string,
  input: { kind: DocumentKind; title: string; blocks: BlockList },
): Promise<string> {
  const id = newId('doc', randomBytes);
  const persisted = await openPersistedDoc(db, id, { workspaceId, hub });
  try {
    writeBlocksToYDoc(persisted.doc, input.blocks);
  } finally {
    await persisted.close();
  }
  addDocumentEntry(workspaceDoc, { id, title: input.title.trim(), kind: input.kind, createdAt: Date.now() });
  return id;
}

export async function deleteDocument(db: AccordDb, workspaceDoc: Y.Doc, documentId: string): Promise<void> {
  removeDocumentEntry(workspaceDoc, documentId);
  await deleteDocumentData(db, documentId);
}
