/** Open-comment counts per document, from the workspace doc (kept there by CommentsTools), live. */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { openCommentCountsMap, readOpenCommentCounts } from '../../../shared/sync/document-comments';

export function useOpenCommentCounts(workspaceDoc: Y.Doc | undefined): ReadonlyMap<string, number> {
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(() => (workspaceDoc ? readOpenCommentCounts(workspaceDoc) : new Map()));
  useEffect(() => {
    if (!workspaceDoc) return;
    const map = openCommentCountsMap(workspaceDoc);
    const update = () => setCounts(readOpenCommentCounts(workspaceDoc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [workspaceDoc]);
  return counts;
}
