/**
 * Merging a `.accord` file into the workspace it is a copy of: every part's Yjs state
 * is applied to the matching live Y.Doc — the same CRDT merge as syncing, so nothing
 * on either side is lost — and what came in is summed up for the user.
 *
 * `planMerge` says, without changing anything, which documents will be touched (so
 * the caller can load them all first); `applyMerge` then applies everything in one
 * synchronous pass. Pure: Yjs only.
 */
import * as Y from 'yjs';
import type { AccordFileContent } from './accord-file';
import { listDecisions } from '../sync/decision-log';
import { listDocumentEntries } from '../sync/workspace-doc';
import { peopleDocId } from '../sync/people-doc';

export interface MergeSummary {
  /** Documents already here that the file brought changes to. */
  documentsChanged: string[];
  /** Documents listed after the merge and not before. */
  documentsAdded: string[];
  decisionsAdded: number;
  membersAdded: number;
  /** Anything new in the workspace doc (profile, meetings, proposals, the list…). */
  workspaceChanged: boolean;
  /** Anything new in the member register, added members or not. */
  peopleChanged: boolean;
}

export interface MergePlan {
  /** The documents whose parts will be applied: those listed once both sides are merged. */
  documentIds: string[];
}

function listedIds(doc: Y.Doc): string[] {
  return listDocumentEntries(doc).map((entry) => entry.id);
}

function memberIds(doc: Y.Doc): Set<string> {
  return new Set(doc.getMap<unknown>('members').keys());
}

/** Which document parts `applyMerge` will apply. Changes nothing. */
export function planMerge(localWorkspace: Y.Doc, content: AccordFileContent): MergePlan {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(localWorkspace));
    const incoming = content.parts.find((part) => part.kind === 'workspace' && part.docId === content.workspaceId);
    if (incoming) Y.applyUpdate(scratch, incoming.update);
    const listed = new Set(listedIds(scratch));
    return { documentIds: content.parts.filter((part) => part.kind === 'document' && listed.has(part.docId)).map((part) => part.docId) };
  } finally {
    scratch.destroy();
  }
}

/** Applies one update; true when it brought something this doc did not have. */
function applyCounting(doc: Y.Doc, update: Uint8Array, origin: unknown): boolean {
  let changed = false;
  const onUpdate = () => {
    changed = true;
  };
  doc.on('update', onUpdate);
  try {
    Y.applyUpdate(doc, update, origin);
  } finally {
    doc.off('update', onUpdate);
  }
  return changed;
}

export interface MergeTargets {
  workspace: Y.Doc;
  people: Y.Doc;
  /** The loaded doc of each planned document (`planMerge`). */
  documents: ReadonlyMap<string, Y.Doc>;
}

/**
 * Applies the file's parts to the workspace's docs in one pass. The caller checked
 * the file is of this workspace (`checkSameWorkspace`); parts of documents not in
 * `targets.documents` (not listed on either side) are left out.
 */
export function applyMerge(targets: MergeTargets, content: AccordFileContent, origin: unknown = 'accord-file-merge'): MergeSummary {
  const listedBefore = new Set(listedIds(targets.workspace));
  const decisionsBefore = listDecisions(targets.workspace).length;
  const membersBefore = memberIds(targets.people);
  const summary: MergeSummary = { documentsChanged: [], documentsAdded: [], decisionsAdded: 0, membersAdded: 0, workspaceChanged: false, peopleChanged: false };

  for (const part of content.parts) {
    if (part.kind === 'workspace') {
      if (part.docId === content.workspaceId) summary.workspaceChanged = applyCounting(targets.workspace, part.update, origin);
    } else if (part.kind === 'people') {
      if (part.docId === peopleDocId(content.workspaceId)) summary.peopleChanged = applyCounting(targets.people, part.update, origin);
    } else {
      const doc = targets.documents.get(part.docId);
      if (doc && applyCounting(doc, part.update, origin) && listedBefore.has(part.docId)) summary.documentsChanged.push(part.docId);
    }
  }

  summary.documentsAdded = listedIds(targets.workspace).filter((id) => !listedBefore.has(id));
  summary.decisionsAdded = Math.max(0, listDecisions(targets.workspace).length - decisionsBefore);
  summary.membersAdded = [...memberIds(targets.people)].filter((id) => !membersBefore.has(id)).length;
  return summary;
}

/** True when the merge brought nothing at all. */
export function isEmptySummary(summary: MergeSummary): boolean {
  return !summary.workspaceChanged && !summary.peopleChanged && summary.documentsChanged.length === 0 && summary.documentsAdded.length === 0;
}
