import type { WorkspacePageProps } from '../workspace/workspace-page';

/** Placeholder while the page is built. */
export function MapsScreen(_props: WorkspacePageProps) {
  return null;
}
