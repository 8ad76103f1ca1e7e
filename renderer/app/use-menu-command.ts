import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { useServices } from './services';

/** Runs `handler` when the desktop menu (or its shortcut) sends `command`; the browser shell has no menu. */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const { bridge } = useServices();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => bridge.on('menu:run-command', (sent) => sent === command && latest.current()), [bridge, command]);
}

let deferred: MenuCommand | null = null;

/** For a command whose screen is not shown yet: remembered until that screen mounts and takes it. */
export function deferMenuCommand(command: MenuCommand): void {
  deferred = command;
}

export function takeDeferredMenuCommand(command: MenuCommand): boolean {
  if (deferred !== command) return false;
  deferred = null;
  return true;
}
