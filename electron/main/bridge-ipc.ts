/**
 * The desktop side of the bridge: one `ipcMain.handle` per request channel, each
 * going through `dispatch()` (sender origin, channel, arguments, typed errors),
 * and events pushed to windows with `webContents.send`.
 */
import { BrowserWindow, ipcMain, type WebContents } from 'electron';
import type { EventChannel, EventMap, Handlers } from '../../shared/ipc/contract';
import { REQUEST_CHANNELS } from '../../shared/ipc/channels';
import { dispatch } from '../../shared/ipc/dispatch';
import { DESKTOP_APP_ORIGIN } from '../../shared/security/trusted-urls';

const APP_ORIGINS = [DESKTOP_APP_ORIGIN] as const;

export function registerBridge(handlers: Handlers, logError: (channel: string, error: unknown) => void): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, (event, args: unknown) =>
      // The frame's URL comes from the browser process, not from the caller.
      dispatch({ handlers, appOrigins: APP_ORIGINS, logError }, { url: event.senderFrame?.url ?? '' }, channel, args),
    );
  }
}

export function sendEvent<E extends EventChannel>(contents: WebContents, channel: E, payload: EventMap[E]): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}

/** Sends an event to every open window (settings changes concern them all). */
export function broadcastEvent<E extends EventChannel>(channel: E, payload: EventMap[E]): void {
  for (const window of BrowserWindow.getAllWindows()) sendEvent(window.webContents, channel, payload);
}
