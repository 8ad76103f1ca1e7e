import { useCallback, useRef, useState } from 'react';

/**
 * For a dialog's submit: runs `action` unless one is already running (a double
 * Enter or click must not create two workspaces), and says when it is busy so the
 * button can show it.
 */
export function useSubmitOnce(): { busy: boolean; run: (action: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const run = useCallback(async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
