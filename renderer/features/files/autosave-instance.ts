/** The window's one autosave engine, shared by the runtime that starts it and the pages that show it. */
import type { AppServices } from '../../app/services';
import { WorkspaceAutosave } from './autosave';

const instances = new WeakMap<AppServices['docs'], WorkspaceAutosave>();

/** The window's autosave engine (created on first use, started by FilesRuntime). */
export function autosaveFor(services: Pick<AppServices, 'db' | 'docs' | 'bridge' | 'hub'>): WorkspaceAutosave {
  let autosave = instances.get(services.docs);
  if (!autosave) {
    autosave = new WorkspaceAutosave(services);
    instances.set(services.docs, autosave);
  }
  return autosave;
}
