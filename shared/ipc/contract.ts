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
  'settings:update': { args: Partial<Settings>; result: Settings };
  'app:open-external': { args: { url: string }; result: { opened: boolean } };
}

export interface EventMap {
  'menu:run-command': MenuCommand;
  'settings:changed': Settings;
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
