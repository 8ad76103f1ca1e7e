/**
 * Lexical repositions every remote cursor after each remote change, measuring the DOM each
 * time (a forced layout per cursor). With many members typing, a browser receives hundreds
 * of changes a second; cursors only need to move once per frame. Profiled with 48 typing
 * peers: cursor positioning was the largest single cost on the receiving main thread.
 */
import { syncCursorPositions, type SyncCursorPositionsFn } from '@lexical/yjs';

export function cursorsPerFrame(): { sync: SyncCursorPositionsFn; cancel: () => void } {
  let frame = 0;
  let latest: Parameters<SyncCursorPositionsFn> | null = null;
  return {
    sync: (...args) => {
      latest = args;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        const call = latest;
        latest = null;
        if (call && call[0].editor.getRootElement()) syncCursorPositions(...call);
      });
    },
    cancel: () => {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      latest = null;
    },
  };
}
