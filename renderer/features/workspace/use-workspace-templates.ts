/** The workspace's own templates, kept current as members save new ones. */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listWorkspaceTemplates, observeWorkspaceTemplates, type WorkspaceTemplate } from '../../../shared/sync/workspace-templates';

export function useWorkspaceTemplates(doc: Y.Doc | null): WorkspaceTemplate[] {
  const [templates, setTemplates] = useState<WorkspaceTemplate[]>(() => (doc ? listWorkspaceTemplates(doc) : []));
  useEffect(() => {
    if (!doc) return undefined;
    setTemplates(listWorkspaceTemplates(doc));
    return observeWorkspaceTemplates(doc, () => setTemplates(listWorkspaceTemplates(doc)));
  }, [doc]);
  return templates;
}
