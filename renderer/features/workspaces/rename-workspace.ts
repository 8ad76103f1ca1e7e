import { writeProfile } from '../../../shared/sync/workspace-doc';
import type { AccordDb } from '../../storage/db';
import type { DocRegistry } from '../../collab/doc-registry';
import { refreshWorkspaceIndex } from './workspace-actions';

/** Renames through the workspace's Y.Doc (the source of truth), then refreshes the home index. */
export async function renameWorkspace(deps: { db: AccordDb; docs: DocRegistry }, workspaceId: string, name: string): Promise<void> {
  const lease = deps.docs.acquire(workspaceId, { workspaceId });
  try {
    const { doc } = await lease.ready;
    writeProfile(doc, { name: name.trim() });
    await refreshWorkspaceIndex(deps.db, workspaceId, doc);
  } finally {
    await lease.release();
  }
}
