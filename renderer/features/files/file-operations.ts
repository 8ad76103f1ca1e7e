/**
 * What opening, merging and restoring a `.accord` file does to this computer's
 * workspaces. Each operation decodes everything first and changes nothing until
 * then; cancelling (checked between documents) leaves nothing half-done: a new
 * workspace is stored in one transaction, a merge is applied in one pass.
 */
import * as Y from 'yjs';
import { checkSameWorkspace, type AccordFileContent } from '../../../shared/files/accord-file';
import { applyMerge, planMerge, type MergeSummary } from '../../../shared/files/merge-workspace';
import { remapWorkspace } from '../../../shared/files/remap-workspace';
import { newId } from '../../../shared/model/ids';
import { newPeopleDoc, peopleDocId } from '../../../shared/sync/people-doc';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { listDocumentEntries, readProfile } from '../../../shared/sync/workspace-doc';
import type { DocLease, DocRegistry } from '../../collab/doc-registry';
import type { AccordDb, WorkspaceIndexRow } from '../../storage/db';
import { storeNewWorkspace } from '../../storage/repositories';
import { refreshWorkspaceIndex } from '../workspaces/workspace-actions';
import { nextTask } from '../../collab/next-task';
import type { Progress } from './collect-workspace';
import { decodeBytes } from './file-codec';
import { FileFailure, throwIfCancelled } from './file-errors';

export interface OperationDeps {
  db: AccordDb;
  docs: DocRegistry;
}

export interface OperationOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

/** Decodes a file, or throws a FileFailure naming what is wrong with it. Never changes `bytes`. */
export async function decodeFile(bytes: Uint8Array, signal?: AbortSignal): Promise<AccordFileContent> {
  throwIfCancelled(signal);
  const result = await decodeBytes(bytes, signal);
  throwIfCancelled(signal);
  if (!result.ok) throw new FileFailure(result.problem, result.detail);
  return result.content;
}

/** The workspace of this file if it is on this computer. */
export async function localWorkspace(db: AccordDb, workspaceId: string): Promise<WorkspaceIndexRow | undefined> {
  return db.workspaces.get(workspaceId);
}

function workspaceDocOf(content: AccordFileContent): Y.Doc {
  const doc = new Y.Doc({ guid: content.workspaceId });
  const part = content.parts.find((candidate) => candidate.kind === 'workspace' && candidate.docId === content.workspaceId);
  if (part) Y.applyUpdate(doc, part.update);
  return doc;
}

/** The workspace's name as the file's workspace doc says it (the manifest's otherwise). */
export function nameInFile(content: AccordFileContent): string {
  const doc = workspaceDocOf(content);
  try {
    return readProfile(doc)?.name || content.name;
  } finally {
    doc.destroy();
  }
}

/**
 * Stores the file's workspace on this computer under the ids it has (a workspace
 * that is not here), all parts in one transaction. Returns its id.
 */
export async function importWorkspace(deps: OperationDeps, content: AccordFileContent, options: OperationOptions = {}): Promise<string> {
  throwIfCancelled(options.signal);
  if (await localWorkspace(deps.db, content.workspaceId)) throw new FileFailure('failed', 'the workspace is already on this computer');
  const doc = workspaceDocOf(content);
  const profile = readProfile(doc);
  const listed = new Set(listDocumentEntries(doc).map((entry) => entry.id));
  doc.destroy();
  const now = Date.now();
  const parts = content.parts.filter((part) => part.kind !== 'document' || listed.has(part.docId));
  options.onProgress?.({ done: 0, total: 1 });
  await nextTask();
  throwIfCancelled(options.signal);
  await storeNewWorkspace(
    deps.db,
    {
      id: content.workspaceId,
      name: profile?.name || content.name,
      purpose: profile?.purpose ?? '',
      form: profile?.form ?? 'network',
      createdAt: profile?.createdAt ?? now,
      updatedAt: now,
      isExample: false,
    },
    parts.map((part) => ({ docId: part.docId, bytes: part.update })),
  );
  options.onProgress?.({ done: 1, total: 1 });
  return content.workspaceId;
}

/** Stores the file as a new workspace with fresh ids, named `name` (a restored or separate copy). */
export async function importAsCopy(deps: OperationDeps, content: AccordFileContent, name: string, options: OperationOptions = {}): Promise<string> {
  const { content: copy } = remapWorkspace(content, { newId: (prefix) => newId(prefix, randomBytes), name });
  return importWorkspace(deps, copy, options);
}

export interface MergeResult {
  summary: MergeSummary;
  /** Titles of the documents the summary names, as listed after the merge. */
  titles: Map<string, string>;
}

/**
 * Merges the file into the workspace `workspaceId` (which must be the file's): loads
 * every doc the file touches first, then applies all parts in one pass, through the
 * registry, so open editors and sync see the changes as if they came from a peer.
 */
export async function mergeIntoWorkspace(deps: OperationDeps, workspaceId: string, content: AccordFileContent, options: OperationOptions = {}): Promise<MergeResult> {
  const checked = checkSameWorkspace(content, workspaceId);
  if (!checked.ok) throw new FileFailure(checked.problem, checked.detail);
  const { signal, onProgress } = options;
  const leases: DocLease[] = [];
  const lease = async (docId: string, create?: () => Y.Doc): Promise<Y.Doc> => {
    const held = deps.docs.acquire(docId, create ? { workspaceId, create } : { workspaceId });
    leases.push(held);
    return (await held.ready).doc;
  };
  try {
    const workspace = await lease(workspaceId);
    const people = await lease(peopleDocId(workspaceId), () => newPeopleDoc(workspaceId));
    const plan = planMerge(workspace, content);
    const total = plan.documentIds.length + 2;
    onProgress?.({ done: 2, total });
    const documents = new Map<string, Y.Doc>();
    for (const [index, docId] of plan.documentIds.entries()) {
      await nextTask();
      throwIfCancelled(signal);
      documents.set(docId, await lease(docId, () => newDocumentDoc(docId)));
      onProgress?.({ done: index + 3, total });
    }
    throwIfCancelled(signal);
    // From here on, one synchronous pass: nothing can interrupt it half-way.
    const summary = applyMerge({ workspace, people, documents }, content);
    const titles = new Map(listDocumentEntries(workspace).map((entry) => [entry.id, entry.title]));
    await refreshWorkspaceIndex(deps.db, workspaceId, workspace).catch(() => undefined);
    return { summary, titles };
  } finally {
    await Promise.all(leases.map((held) => held.release().catch(() => undefined)));
  }
}
