/**
 * Where "find" goes: Ctrl+Shift+F (⌘⇧F) and the desktop menu's Find (Ctrl+F) focus the
 * workspace's search field. In the browser shell Ctrl+F stays the browser's find in page.
 */
import { useEffect, useRef } from 'react';
import { useMenuCommand } from '../../app/use-menu-command';

export function useSearchShortcut() {
  const field = useRef<HTMLInputElement>(null);
  const focus = () => {
    field.current?.focus();
    field.current?.select();
  };
  useMenuCommand('find', focus);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyF') {
        event.preventDefault();
        focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return field;
}
