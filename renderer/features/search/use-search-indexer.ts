/**
 * Keeps the search index of a workspace's open documents current while the workspace is
 * shown: a document's row is rewritten once its changes (here or through sync) pause for
 * INDEX_DELAY_MS — at the latest MAX_WAIT_MS after the first — when the browser is idle,
 * and once more when it closes. Reading a 200-page document takes ~100 ms, so it is not
 * done between keystrokes. Documents changed while the workspace was not shown are caught
 * up by the staleness check at search time (search-index.ts).
 */
import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { useServices } from '../../app/services';
import { writeDocText } from './search-index';

const INDEX_DELAY_MS = 2_000;
const MAX_WAIT_MS = 30_000;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: INDEX_DELAY_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

export function useSearchIndexer(workspaceId: string, documentIds: readonly string[]): void {
  const { db, docs } = useServices();
  const ids = useRef(new Set(documentIds));
  ids.current = new Set(documentIds);

  useEffect(() => {
    const stops = new Set<() => void>();
    const watch = (docId: string, doc: Y.Doc, docWorkspaceId: string | null) => {
      if (docWorkspaceId !== workspaceId || !ids.current.has(docId)) return;
      let timer: ReturnType<typeof setTimeout> | null = null;
      let cancelIdle: (() => void) | null = null;
      let firstChangeAt = 0;
      const write = () => {
        timer = null;
        cancelIdle = null;
        firstChangeAt = 0;
        writeDocText(db, docId, workspaceId, doc).catch((error: unknown) => console.error('search index', error));
      };
      const onUpdate = () => {
        const now = Date.now();
        firstChangeAt ||= now;
        if (timer !== null) clearTimeout(timer);
        cancelIdle?.();
        cancelIdle = null;
        const delay = Math.max(0, Math.min(INDEX_DELAY_MS, firstChangeAt + MAX_WAIT_MS - now));
        timer = setTimeout(() => {
          timer = null;
          cancelIdle = whenIdle(write);
        }, delay);
      };
      doc.on('update', onUpdate);
      let stopped = false;
      const stop = () => {
        if (stopped) return;
        stopped = true;
        doc.off('update', onUpdate);
        stops.delete(stop);
        if (timer !== null || cancelIdle !== null) {
          if (timer !== null) clearTimeout(timer);
          cancelIdle?.();
          write();
        }
      };
      stops.add(stop);
      return stop;
    };
    const unsubscribe = docs.onLoaded(watch);
    return () => {
      unsubscribe();
      for (const stop of [...stops]) stop();
    };
  }, [db, docs, workspaceId]);
}
