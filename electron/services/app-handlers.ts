/**
 * The bridge's handler table, shared by the desktop shell (over IPC) and the
 * browser shell (over its WebSocket). Arguments arrive already validated by
 * `dispatch()`; the shell-specific parts come in as `deps`.
 */
import type { Base64, Handlers, ShellKind } from '../../shared/ipc/contract';
import { isSafeExternalUrl } from '../../shared/security/trusted-urls';
import { BridgeRefusal } from '../../shared/ipc/dispatch';
import { NoChromiumError, type PrintToPdf } from './pdf-printer';
import type { RelayHost } from './relay-host';
import type { SettingsStore } from './settings-store';
import { fileErrorCodeOf, fileStemFor, WorkspaceFileError, type WorkspaceFiles } from './workspace-files';

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
  /** Prints HTML to an A4 PDF: an offscreen window (desktop) or headless Chromium (browser shell). */
  printToPdf?: PrintToPdf;
  /** The Accord folder, backups and recent files; without it every `files:*` call answers 'not-supported'. */
  files?: WorkspaceFiles;
  /** Native dialogs: only the desktop shell has them; without them the dialog channels answer 'not-supported'. */
  dialogs?: FileDialogs;
}

/** The native dialogs the `files:*` channels use; each resolves to null when cancelled. */
export interface FileDialogs {
  chooseOpen(): Promise<string | null>;
  /** `suggestedName` is already a safe file name ending in `.accord`. */
  chooseSave(suggestedName: string): Promise<string | null>;
  chooseFolder(): Promise<string | null>;
}

function toBase64(bytes: Uint8Array): Base64 {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function fromBase64(text: Base64): Uint8Array {
  const buffer = Buffer.from(text, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function need<T>(dep: T | undefined, what: string): T {
  if (dep === undefined) throw new BridgeRefusal('not-supported', `This shell has no ${what}.`);
  return dep;
}

/** Runs a file operation; a failure the user can act on (disk full, not allowed…) answers with its own code. */
async function fileCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof BridgeRefusal) throw error;
    const code = fileErrorCodeOf(error);
    if (error instanceof WorkspaceFileError || code !== 'failed') throw new BridgeRefusal(code, error instanceof WorkspaceFileError ? error.message : code);
    throw error;
  }
}

/** `export:html-to-pdf`: no printer (no Chromium found) answers 'not-supported', which the renderer explains. */
async function htmlToPdf(print: PrintToPdf | undefined, html: string): Promise<{ bytes: string }> {
  if (!print) throw new BridgeRefusal('not-supported', 'This shell cannot print to PDF.');
  try {
    const bytes = await print(html);
    return { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
  } catch (error) {
    if (error instanceof NoChromiumError) throw new BridgeRefusal('not-supported', error.message);
    throw error;
  }
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
    'files:get-folder': () => fileCall(() => need(deps.files, 'Accord folder').getFolder()),
    'files:save-workspace': ({ workspaceId, name, bytes }) =>
      fileCall(() => need(deps.files, 'Accord folder').saveWorkspace({ workspaceId, name, bytes: fromBase64(bytes) })),
    'files:list': () => fileCall(async () => ({ files: await need(deps.files, 'Accord folder').list() })),
    'files:read': ({ path }) =>
      fileCall(async () => {
        const file = await need(deps.files, 'Accord folder').read(path);
        return { name: file.name, bytes: toBase64(file.bytes) };
      }),
    'files:choose-open': () =>
      fileCall(async () => {
        const files = need(deps.files, 'Accord folder');
        const chosen = await need(deps.dialogs, 'native dialogs').chooseOpen();
        if (chosen === null) return null;
        files.allow(chosen);
        return { path: chosen };
      }),
    'files:save-copy': ({ suggestedName, bytes }) =>
      fileCall(async () => {
        const files = need(deps.files, 'Accord folder');
        const chosen = await need(deps.dialogs, 'native dialogs').chooseSave(`${fileStemFor(suggestedName.replace(/\.accord$/i, ''))}.accord`);
        if (chosen === null) return null;
        return files.saveCopy(chosen, fromBase64(bytes));
      }),
    'files:choose-folder': () =>
      fileCall(async () => {
        const files = need(deps.files, 'Accord folder');
        const chosen = await need(deps.dialogs, 'native dialogs').chooseFolder();
        if (chosen === null) return null;
        return { folder: await files.setFolder(chosen) };
      }),
    'files:list-backups': ({ workspaceId }) => fileCall(async () => ({ backups: await need(deps.files, 'Accord folder').listBackups(workspaceId) })),
    'files:read-backup': ({ workspaceId, backupId }) =>
      fileCall(async () => ({ bytes: toBase64(await need(deps.files, 'Accord folder').readBackup(workspaceId, backupId)) })),
    'export:html-to-pdf': ({ html }) => htmlToPdf(deps.printToPdf, html),
  } satisfies Handlers;
}
