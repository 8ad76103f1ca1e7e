/**
 * Applies the window baseline to every web contents and to the session:
 * no navigation away from the app, no new windows, no webviews, no permissions.
 * The decisions themselves are in `policy.ts`.
 */
import { app, session, shell, type Session, type WebContents } from 'electron';
import { isSafeExternalUrl } from '../../shared/security/trusted-urls';
import { isPermissionAllowed, navigationDecision, windowOpenDecision } from './policy';

export type Logger = (message: string, error?: unknown) => void;

/** `shell.openExternal`, restricted to https and mailto; resolves to whether it opened. */
export async function openExternalSafely(url: string, log: Logger): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  try {
    await shell.openExternal(url);
    return true;
  } catch (error) {
    log(`Could not open ${url} outside the app.`, error);
    return false;
  }
}

export function hardenWebContents(contents: WebContents, log: Logger): void {
  contents.on('will-frame-navigate', (event) => {
    const decision = navigationDecision(event.url, event.isMainFrame);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') void openExternalSafely(event.url, log);
  });
  // Also on the older main-frame event, in case a frame-level one is ever skipped.
  contents.on('will-navigate', (event) => {
    if (navigationDecision(event.url, true) !== 'allow') event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (navigationDecision(event.url, event.isMainFrame) !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (windowOpenDecision(url) === 'open-externally') void openExternalSafely(url, log);
    return { action: 'deny' };
  });
}

export function hardenSession(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  // USB, serial, HID: never. (Screen capture needs a display-media handler, and none is set.)
  target.setDevicePermissionHandler(() => false);
}

/** Call before the app is ready: covers every web contents created from then on. */
export function installSecurityPolicy(log: Logger): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  void app.whenReady().then(() => hardenSession(session.defaultSession));
}
