/** A document's lifecycle (and every document's status) read live from the workspace doc. */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readLifecycle, readStatuses, type DocumentLifecycle, type DocumentStatus } from '../../../shared/sync/document-lifecycle';
import { observeWorkspaceDoc } from '../../../shared/sync/workspace-doc';

function useWorkspaceRead<T>(workspaceDoc: Y.Doc, read: () => T, key: string): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    setValue(read());
    return observeWorkspaceDoc(workspaceDoc, () => setValue(read()));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceDoc, key]);
  return value;
}

export function useLifecycle(workspaceDoc: Y.Doc, documentId: string): DocumentLifecycle {
  return useWorkspaceRead(workspaceDoc, () => readLifecycle(workspaceDoc, documentId), documentId);
}

/** Every document's status; empty until the workspace doc is loaded. */
export function useStatuses(workspaceDoc: Y.Doc | null): Map<string, DocumentStatus> {
  const [statuses, setStatuses] = useState(() => (workspaceDoc ? readStatuses(workspaceDoc) : new Map<string, DocumentStatus>()));
  useEffect(() => {
    if (!workspaceDoc) return;
    setStatuses(readStatuses(workspaceDoc));
    return observeWorkspaceDoc(workspaceDoc, () => setStatuses(readStatuses(workspaceDoc)));
  }, [workspaceDoc]);
  return statuses;
}
