/**
 * The main window's fixed options, kept apart from `window.ts` (and importing
 * only types from `electron`) so tests can check the security baseline.
 */
import type { WebPreferences } from 'electron';

/** Painted before the renderer's first frame, so opening the window does not flash. */
export const WINDOW_BACKGROUND = { light: '#f7f7f5', dark: '#16191d' } as const;

export function windowBackground(dark: boolean): string {
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}
