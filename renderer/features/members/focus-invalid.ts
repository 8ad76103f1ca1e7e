import { useEffect, type RefObject } from 'react';

/** After a refused save, puts the focus on the first field marked invalid, so keyboard and screen-reader users land on it. */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    const invalid = container.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [container, attempt]);
}

/**
 * Focuses `target` once the dialog around it is open. React's `autoFocus` runs
 * before the native <dialog> opens, and opening moves the focus to the dialog's
 * first focusable element; this runs after the dialog's own effect.
 */
export function useInitialFocus(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    target.current?.focus();
  }, [target]);
}
