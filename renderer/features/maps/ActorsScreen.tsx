import type { WorkspacePageProps } from '../workspace/workspace-page';

/** Placeholder while the page is built. */
export function ActorsScreen(_props: WorkspacePageProps) {
  return null;
}
