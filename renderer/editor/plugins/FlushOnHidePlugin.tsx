import { useEffect, type RefObject } from 'react';
import type { LocalProvider } from '../../collab/local-provider';

/** Writes pending changes at once when the window is hidden or closed, instead of waiting for the save delay. */
export function FlushOnHidePlugin({ provider }: { provider: RefObject<LocalProvider | null> }) {
  useEffect(() => {
    const flush = () => void provider.current?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [provider]);
  return null;
}
