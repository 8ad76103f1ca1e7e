/**
 * The bridge between the renderer and the Node side, declared once.
 *
 * The Electron preload, the browser-shell WebSocket client and both hosts'
 * handler tables are all derived from these types, so a channel added here and
 * not handled is a compile error. Channel names read `namespace:verb-noun`.
 */
import type { Locale } from '../model/locale';

export type ShellKind = 'desktop' | 'browser';
export type ThemePreference = 'system' | 'light' | 'dark';

export interface AppInfo {
  name: string;
  version: string;
  shell: ShellKind;
  platform: string;
}

export interface Settings {
  /** null until the user picks one: the renderer then follows the system language. */
  locale: Locale | null;
  theme: ThemePreference;
  /** The port "Host on this computer" last used (or will use). Changed through `relay:start-host`. */
  relayHostPort: number;
  /** Whether hosting was on when the app last ran: it is restarted on launch. Changed through `relay:*-host`. */
  relayHostEnabled: boolean;
  /** The Accord folder workspaces are saved in; null means the default (`<Documents>/Accord`). Changed through `files:choose-folder`. */
  filesFolder: string | null;
}

/** What the renderer may change through `settings:update`; hosting goes through the `relay:*` channels. */
export type SettingsPatch = Partial<Pick<Settings, 'locale' | 'theme'>>;

/** Ports a user may pick for the relay this computer hosts: no privileged ports. */
export const RELAY_HOST_PORT_MIN = 1024;
export const RELAY_HOST_PORT_MAX = 65535;
export const DEFAULT_RELAY_HOST_PORT = 4455;

export type RelayHostError = 'port-in-use' | 'failed';

/** The relay hosted by this computer, as the renderer shows it. */
export interface RelayHostStatus {
  running: boolean;
  /** The port it listens on, or the one it will use next. */
  port: number;
  /**
   * What other members type to reach it: `ws://<ip>:<port>` for each local network
   * address, loopback last. Empty when not running.
   */
  addresses: string[];
  /** Why the last start failed; absent when it did not. */
  error?: RelayHostError;
}

/** Largest `.accord` file the app reads or writes (bytes); bigger files are refused with a message. */
export const MAX_WORKSPACE_FILE_BYTES = 64 * 1024 * 1024;
/** Largest HTML document handed to the PDF printer (characters). */
export const MAX_PRINT_HTML_CHARS = 32 * 1024 * 1024;

/** A `.accord` file as the file picker and the recent-files list show it. */
export interface WorkspaceFileInfo {
  /** Absolute path on this computer (desktop), or relative to the Accord folder (browser shell). */
  path: string;
  /** The file name without the folder. */
  name: string;
  size: number;
  /** Milliseconds since the epoch. */
  modifiedAt: number;
}

/** One automatic backup of a workspace file. */
export interface BackupInfo {
  id: string;
  savedAt: number;
  size: number;
  /** 'recent': one of the last saves; 'daily': the one kept for its day. */
  kind: 'recent' | 'daily';
}

export type FileErrorCode = 'not-found' | 'too-large' | 'not-allowed' | 'disk-full' | 'failed';

/** File contents cross the bridge as base64 (the browser shell's bridge carries JSON). */
export type Base64 = string;

export interface SavedFile {
  path: string;
  savedAt: number;
  /**
   * Autosave only: the workspace's file was there but could not be read as this
   * workspace's (damaged, or another workspace's), so it was left untouched and the
   * workspace was saved as `path` instead. The file name of the one left alone.
   */
  leftUntouched?: string;
}

/** Commands the application menu (or a shortcut owned by the shell) asks the renderer to run. */
export const MENU_COMMANDS = [
  'go-home',
  'new-workspace',
  'new-document',
  'open-example',
  'show-about',
  'find',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface RequestMap {
  'app:get-info': { args: undefined; result: AppInfo };
  'settings:get-all': { args: undefined; result: Settings };
  'settings:update': { args: SettingsPatch; result: Settings };
  'app:open-external': { args: { url: string }; result: { opened: boolean } };
  'relay:get-host-status': { args: undefined; result: RelayHostStatus };
  'relay:start-host': { args: { port: number }; result: RelayHostStatus };
  'relay:stop-host': { args: undefined; result: RelayHostStatus };
  /** The Accord folder workspaces are saved in, and the recently opened files. */
  'files:get-folder': { args: undefined; result: { folder: string; recent: WorkspaceFileInfo[] } };
  /** Autosave: writes the workspace's `.accord` file into the Accord folder (atomically) and rotates its backups. */
  'files:save-workspace': { args: { workspaceId: string; name: string; bytes: Base64 }; result: SavedFile };
  /** The `.accord` files in the Accord folder (the browser shell's own file picker). */
  'files:list': { args: undefined; result: { files: WorkspaceFileInfo[] } };
  /** Reads a file from the Accord folder, the recent list, or one the user chose in a native dialog. */
  'files:read': { args: { path: string }; result: { name: string; bytes: Base64 } };
  /** Desktop: the native Open dialog; null when cancelled. The browser shell answers 'not-supported'. */
  'files:choose-open': { args: undefined; result: { path: string } | null };
  /** Desktop: the native Save dialog, then writes the copy; null when cancelled. Browser shell: 'not-supported' (it downloads). */
  'files:save-copy': { args: { suggestedName: string; bytes: Base64 }; result: SavedFile | null };
  /** Desktop: choose another Accord folder; null when cancelled. Browser shell: 'not-supported'. */
  'files:choose-folder': { args: undefined; result: { folder: string } | null };
  'files:list-backups': { args: { workspaceId: string }; result: { backups: BackupInfo[] } };
  'files:read-backup': { args: { workspaceId: string; backupId: string }; result: { bytes: Base64 } };
  /** Prints an HTML document to PDF: Electron's printToPDF on the desktop, headless Chromium in the browser shell. */
  'export:html-to-pdf': { args: { html: string }; result: { bytes: Base64 } };
}

export interface EventMap {
  'menu:run-command': MenuCommand;
  'settings:changed': Settings;
  'relay:host-status-changed': RelayHostStatus;
  /** Desktop: a `.accord` file was double-clicked or passed on the command line. */
  'files:open-requested': { path: string };
}

export type RequestChannel = keyof RequestMap;
export type EventChannel = keyof EventMap;
export type ArgsOf<C extends RequestChannel> = RequestMap[C]['args'];
export type ResultOf<C extends RequestChannel> = RequestMap[C]['result'];

export type BridgeErrorCode =
  | 'unknown-channel'
  | 'invalid-arguments'
  | 'forbidden-sender'
  | 'not-supported'
  | 'internal'
  /** The `files:*` channels answer a failure the user can act on with its own code. */
  | FileErrorCode;

export interface BridgeError {
  code: BridgeErrorCode;
  /** For logs and developers; the renderer shows a translated message chosen by `code`. */
  message: string;
}

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** What the renderer sees as `window.accord` (desktop) or builds over a WebSocket (browser shell). */
export interface AccordBridge {
  invoke<C extends RequestChannel>(channel: C, args: ArgsOf<C>): Promise<BridgeResult<ResultOf<C>>>;
  /** Subscribe to an event from the shell; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

/** Main-side handler table: `satisfies Handlers` makes a missing channel a compile error. */
export type Handlers = {
  [C in RequestChannel]: (args: ArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C>;
};
