import { writeProfile } from '../../../shared/sync/workspace-doc';
import type { AccordDb } from '../../storage/db';
import type { SaveStatusHub } from '../../collab/save-status-hub';
import { openPersistedDoc } from '../../collab/persisted-doc';
import { refreshWorkspaceIndex } from './workspace-actions';

/** Renames through the workspace's Y.Doc (the source of truth), then refreshes the home index. */
export async function renameWorkspace(deps: { db: AccordDb; hub: SaveStatusHub }, workspaceId: string, name: string): Promise<void> {
  const persisted = await openPersistedDoc(deps.db, workspaceId, { workspaceId, hub: deps.hub });
  try {
    writeProfile(persisted.doc, { name: name.trim() });
    await refreshWorkspaceIndex(deps.db, workspaceId, persisted.doc);
  } finally {
    await persisted.close();
  }
}
