/**
 * "Who am I" on this computer: which member of the workspace the person using it
 * is. A local choice, never synced (localStorage `accord:me:<workspaceId>`); it
 * decides which contact details the screens show, and is not an access control.
 */
import { useCallback, useEffect, useState } from 'react';

const CHANGED = 'accord:me-changed';

export function meStorageKey(workspaceId: string): string {
  return `accord:me:${workspaceId}`;
}

export function readMe(workspaceId: string): string | null {
  try {
    return localStorage.getItem(meStorageKey(workspaceId));
  } catch {
    return null; // storage disabled: nobody chosen, the public view
  }
}

export function writeMe(workspaceId: string, memberId: string | null): void {
  try {
    if (memberId === null) localStorage.removeItem(meStorageKey(workspaceId));
    else localStorage.setItem(meStorageKey(workspaceId), memberId);
  } finally {
    window.dispatchEvent(new CustomEvent(CHANGED, { detail: workspaceId }));
  }
}

/** The chosen member id (or null) and a setter; follows changes made in other tabs too. */
export function useMe(workspaceId: string): [string | null, (memberId: string | null) => void] {
  const [me, setMeState] = useState(() => readMe(workspaceId));
  useEffect(() => {
    setMeState(readMe(workspaceId));
    const refresh = () => setMeState(readMe(workspaceId));
    const onStorage = (event: StorageEvent) => {
      if (event.key === meStorageKey(workspaceId)) refresh();
    };
    window.addEventListener(CHANGED, refresh);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(CHANGED, refresh);
      window.removeEventListener('storage', onStorage);
    };
  }, [workspaceId]);
  const setMe = useCallback((memberId: string | null) => writeMe(workspaceId, memberId), [workspaceId]);
  return [me, setMe];
}
