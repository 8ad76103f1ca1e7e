/**
 * The bridge's handler table, shared by the desktop shell (over IPC) and the
 * browser shell (over its WebSocket). Arguments arrive already validated by
 * `dispatch()`; the shell-specific parts come in as `deps`.
 */
import type { Handlers, ShellKind } from '../../shared/ipc/contract';
import { isSafeExternalUrl } from '../../shared/security/trusted-urls';
import type { RelayHost } from './relay-host';
import type { SettingsStore } from './settings-store';

export const APP_NAME = 'Accord';

export interface AppHandlerDeps {
  shell: ShellKind;
  version: string;
  platform: string;
  settings: SettingsStore;
  /** Opens a link in the user's browser or mail program; resolves to whether it did. */
  openExternal: (url: string) => Promise<boolean>;
  /** "Host on this computer": the relay this app runs for the local network. */
  relayHost: RelayHost;
}

/** Placeholder while the files and export services are built (issue 7). */
function notYet(): never {
  throw new Error('Not implemented yet');
}

export function createAppHandlers(deps: AppHandlerDeps): Handlers {
  return {
    'app:get-info': () => ({ name: APP_NAME, version: deps.version, shell: deps.shell, platform: deps.platform }),
    'settings:get-all': () => deps.settings.get(),
    'settings:update': (patch) => deps.settings.update(patch),
    'app:open-external': async ({ url }) => {
      // Checked here as well as in the shells: this is the one place both paths share.
      if (!isSafeExternalUrl(url)) return { opened: false };
      return { opened: await deps.openExternal(url) };
    },
    'relay:get-host-status': () => deps.relayHost.status(),
    'relay:start-host': ({ port }) => deps.relayHost.start(port),
    'relay:stop-host': () => deps.relayHost.stop(),
    'files:get-folder': notYet,
    'files:save-workspace': notYet,
    'files:list': notYet,
    'files:read': notYet,
    'files:choose-open': notYet,
    'files:save-copy': notYet,
    'files:choose-folder': notYet,
    'files:list-backups': notYet,
    'files:read-backup': notYet,
    'export:html-to-pdf': notYet,
  } satisfies Handlers;
}
