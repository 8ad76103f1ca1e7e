/** The document's comment threads, live: re-read whenever a thread changes here or arrives from others. */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { commentsMap, readThreads, type CommentThread } from '../../../shared/sync/document-comments';

export function useThreads(doc: Y.Doc): CommentThread[] {
  const [threads, setThreads] = useState(() => readThreads(doc));
  useEffect(() => {
    const map = commentsMap(doc);
    const update = () => setThreads(readThreads(doc));
    update();
    map.observeDeep(update);
    return () => map.unobserveDeep(update);
  }, [doc]);
  return threads;
}
