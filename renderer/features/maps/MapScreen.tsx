import type { WorkspacePageProps } from '../workspace/workspace-page';

/** Placeholder while the page is built. */
export function MapScreen(_props: WorkspacePageProps & { mapId: string }) {
  return null;
}
