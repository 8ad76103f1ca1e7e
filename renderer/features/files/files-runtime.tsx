/**
 * The files feature's app-wide part: the autosave engine (one per window) and the
 * desktop's "open this file" requests (a double-clicked `.accord` file).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ShellKind } from '../../../shared/ipc/contract';
import { useServices } from '../../app/services';
import type { AutosaveStatus } from './autosave';
import { autosaveFor } from './autosave-instance';
import { FileFlow, type FileTask } from './FileFlow';

/** The autosave status of one workspace, live. */
export function useAutosaveStatus(workspaceId: string): AutosaveStatus {
  const autosave = autosaveFor(useServices());
  return useSyncExternalStore(
    (notify) => autosave.subscribe((id) => id === workspaceId && notify()),
    () => autosave.status(workspaceId),
  );
}

let shellKind: Promise<ShellKind | null> | null = null;

/** Which shell runs the app ('desktop' has native dialogs), null until known or when it cannot be asked. */
export function useShell(): ShellKind | null {
  const { bridge } = useServices();
  const [shell, setShell] = useState<ShellKind | null>(null);
  useEffect(() => {
    let live = true;
    shellKind ??= bridge.invoke('app:get-info', undefined).then((result) => (result.ok ? result.value.shell : null));
    void shellKind.then((kind) => live && setShell(kind));
    return () => {
      live = false;
    };
  }, [bridge]);
  return shell;
}

/** Mounted once in the app: runs autosave and answers the desktop's open requests. */
export function FilesRuntime() {
  const services = useServices();
  const [task, setTask] = useState<FileTask | null>(null);

  useEffect(() => {
    const autosave = autosaveFor(services);
    const stop = autosave.start();
    // Best effort when the window goes away: start the waiting saves at once.
    const flush = () => autosave.flushPending();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    const stopOpen = services.bridge.on('files:open-requested', ({ path }) => setTask({ kind: 'open', source: { kind: 'path', path } }));
    return () => {
      stop();
      stopOpen();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [services]);

  return task ? <FileFlow task={task} onDone={() => setTask(null)} /> : null;
}
