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
}

export interface EventMap {
  'menu:run-command': MenuCommand;
  'settings:changed': Settings;
  'relay:host-status-changed': RelayHostStatus;
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
  | 'internal';

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
