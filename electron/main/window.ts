/**
 * The main window: the security baseline, the `app://` entry page, a background
 * that follows the system theme, and the size and place it had last time.
 */
import { BrowserWindow, dialog, nativeTheme, screen } from 'electron';
import type { ShellMessages } from '../../shared/i18n/shell-messages';
import path from 'node:path';
import { fitBoundsToDisplays, MIN_WINDOW_SIZE, type Rect } from '../services/window-bounds';
import type { WindowStateStore } from '../services/window-state-store';
import { APP_ENTRY_URL } from './app-files';
import { secureWebPreferences, windowBackground } from './window-options';

const SAVE_DELAY_MS = 500;

export interface MainWindowOptions {
  stateStore: WindowStateStore;
  /** The shell's labels in the user's language (for the close confirmation). */
  messages: () => ShellMessages;
  log: (message: string, error?: unknown) => void;
}

/** Work areas with the primary display first: that is where a lost window returns. */
function displayWorkAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { stateStore, log } = options;
  const saved = stateStore.load();
  const placement = fitBoundsToDisplays(saved.bounds, displayWorkAreas());

  const window = new BrowserWindow({
    ...placement,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Accord',
    show: false,
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  if (saved.maximized) window.maximize();

  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-fail-load', (_event, code, description, url) => {
    log(`The window could not load ${url}: ${description} (${code}).`);
    if (!window.isVisible()) window.show();
  });

  // The renderer cancels unloading while changes are unsaved or not yet on the relay;
  // Electron would then silently refuse to close, so ask the user.
  window.webContents.on('will-prevent-unload', (event) => {
    const messages = options.messages();
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: messages.leaveTitle,
      message: messages.leaveTitle,
      detail: messages.leaveMessage,
      buttons: [messages.leaveStay, messages.leaveAnyway],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault(); // preventing the prevention: close
  });

  const followTheme = () => window.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors));
  nativeTheme.on('updated', followTheme);

  let saveTimer: NodeJS.Timeout | undefined;
  const saveNow = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    if (window.isDestroyed()) return;
    try {
      // The normal bounds, so a maximized window un-maximizes to where it was.
      stateStore.save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      log('Could not remember the window position.', error);
    }
  };
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);
  window.on('closed', () => {
    clearTimeout(saveTimer);
    nativeTheme.off('updated', followTheme);
  });

  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log(`Could not open ${APP_ENTRY_URL}.`, error));
  return window;
}
