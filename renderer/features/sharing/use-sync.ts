/**
 * React views of the sync engine: a workspace's sync state and who is present. Views are
 * told of changes at most twice a second: typing changes the pending count per keystroke,
 * and a React commit while typing costs the editor a frame.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useServices } from '../../app/services';
import type { PresenceEntry, SyncSnapshot, WorkspaceSync } from '../../collab/network/workspace-sync';

const VIEW_INTERVAL_MS = 500;

function throttled(subscribe: (listener: () => void) => () => void) {
  return (listener: () => void) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = subscribe(() => {
      timer ??= setTimeout(() => {
        timer = null;
        listener();
      }, VIEW_INTERVAL_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  };
}

/** The workspace's running sync, or null when it is only on this computer. */
export function useWorkspaceSync(workspaceId: string): WorkspaceSync | null {
  const { sync } = useServices();
  const subscribe = useCallback((listener: () => void) => sync.subscribe(listener), [sync]);
  return useSyncExternalStore(subscribe, () => sync.get(workspaceId));
}

export function useSyncSnapshot(workspaceSync: WorkspaceSync | null): SyncSnapshot | null {
  const subscribe = useMemo(() => throttled((listener) => workspaceSync?.subscribe(listener) ?? (() => {})), [workspaceSync]);
  return useSyncExternalStore(subscribe, () => workspaceSync?.snapshot() ?? null);
}

export function usePresence(workspaceSync: WorkspaceSync | null): PresenceEntry[] {
  const subscribe = useMemo(() => throttled((listener) => workspaceSync?.subscribe(listener) ?? (() => {})), [workspaceSync]);
  // Serialised so that an unchanged list keeps its identity (no re-render).
  const key = useSyncExternalStore(subscribe, () => JSON.stringify(workspaceSync?.presence() ?? []));
  return useMemo(() => JSON.parse(key) as PresenceEntry[], [key]);
}
