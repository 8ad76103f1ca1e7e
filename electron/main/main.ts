/**
 * The desktop shell's entry point (bundled to `dist/electron/main.cjs`): one
 * instance, the `app://` origin, the security policy, the bridge, the menu and
 * the main window.
 */
import { app, BrowserWindow, dialog, nativeTheme } from 'electron';
import path from 'node:path';
import type { MenuCommand, Settings } from '../../shared/ipc/contract';
import { createAppHandlers } from '../services/app-handlers';
import { createRelayHost, type RelayHost } from '../services/relay-host';
import { openSettingsStore } from '../services/settings-store';
import { createWindowStateStore } from '../services/window-state-store';
import { handleAppProtocol, registerAppSchemePrivileges } from './app-protocol';
import { broadcastEvent, registerBridge, sendEvent } from './bridge-ipc';
import { installApplicationMenu } from './menu';
import { desktopContentSecurityPolicy } from './policy';
import { installSecurityPolicy, openExternalSafely } from './security';
import { createMainWindow } from './window';
import { shellLocale, shellMessages } from '../../shared/i18n/shell-messages';

const APP_ID = 'org.accord.desktop';

function log(message: string, error?: unknown): void {
  console.error(`[accord] ${message}`, error ?? '');
}

function applyTheme(settings: Settings): void {
  // Native dialogs, menus and `prefers-color-scheme` in the renderer all follow this.
  nativeTheme.themeSource = settings.theme;
}

function start(): void {
  // All of these must happen before `ready`.
  app.enableSandbox();
  registerAppSchemePrivileges();
  installSecurityPolicy(log);
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  let mainWindow: BrowserWindow | null = null;
  let relayHost: RelayHost | null = null;
  let relayStopped = false;

  app.on('before-quit', (event) => {
    // The relay's logs are fsync'ed and its members told it is going away before the process ends.
    if (!relayHost || relayStopped) return;
    event.preventDefault();
    relayStopped = true;
    relayHost
      .close()
      .catch((error: unknown) => log('The relay did not stop cleanly.', error))
      .finally(() => app.quit());
  });

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    // macOS apps stay running with no window until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      const userData = app.getPath('userData');
      const settings = await openSettingsStore(userData, { logError: log });
      const windowState = createWindowStateStore(path.join(userData, 'window-state.json'));

      handleAppProtocol({
        rendererDir: path.join(__dirname, '../renderer'),
        csp: desktopContentSecurityPolicy(),
        logError: (error) => log('The app:// protocol failed to serve a file.', error),
      });

      const host = createRelayHost({
        dataDir: userData,
        settings,
        log: (line) => console.log(JSON.stringify({ time: new Date().toISOString(), source: 'relay', ...line })),
      });
      relayHost = host;
      host.onChange((status) => broadcastEvent('relay:host-status-changed', status));

      registerBridge(
        createAppHandlers({
          shell: 'desktop',
          version: app.getVersion(),
          platform: process.platform,
          settings,
          openExternal: (url) => openExternalSafely(url, log),
          relayHost: host,
        }),
        (channel, error) => log(`The ${channel} call failed.`, error),
      );

      applyTheme(settings.get());
      settings.onChange((next) => {
        applyTheme(next);
        broadcastEvent('settings:changed', next);
      });

      const openMainWindow = () => {
        const window = createMainWindow({
          stateStore: windowState,
          log,
          messages: () => shellMessages(shellLocale(settings.get().locale, [...app.getPreferredSystemLanguages(), app.getLocale()])),
        });
        window.on('closed', () => {
          if (mainWindow === window) mainWindow = null;
        });
        mainWindow = window;
      };

      installApplicationMenu({
        settings,
        runCommand: (command: MenuCommand) => {
          const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
          if (target) sendEvent(target.webContents, 'menu:run-command', command);
          else openMainWindow(); // macOS with every window closed: bring the app back first
        },
        openExternal: (url) => void openExternalSafely(url, log),
      });

      openMainWindow();
      // After the window, so a slow or busy port never delays the app; the status event tells the renderer.
      host.resume().catch((error: unknown) => log('Hosting the relay again failed.', error));
      app.on('activate', () => {
        // macOS: clicking the Dock icon with no window open.
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      log('Accord could not start.', error);
      dialog.showErrorBox('Accord could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

// A second launch hands over to the running instance (which focuses its window) and exits.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
