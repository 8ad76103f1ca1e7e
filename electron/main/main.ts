/**
 * The desktop shell's entry point (bundled to `dist/electron/main.cjs`): one
 * instance, the `app://` origin, the security policy, the bridge, the menu and
 * the main window.
 */
import { app, BrowserWindow, dialog, nativeTheme } from 'electron';
import os from 'node:os';
import path from 'node:path';
import type { MenuCommand, Settings } from '../../shared/ipc/contract';
import { createAppHandlers } from '../services/app-handlers';
import { createRelayHost, type RelayHost } from '../services/relay-host';
import { openSettingsStore } from '../services/settings-store';
import { accordPathFromArgv, createOpenRequestQueue } from '../services/open-requests';
import { createWorkspaceFiles, defaultFilesFolder, type WorkspaceFiles } from '../services/workspace-files';
import { createFileDialogs } from './file-dialogs';
import { createWindowStateStore } from '../services/window-state-store';
import { handleAppProtocol, registerAppSchemePrivileges } from './app-protocol';
import { broadcastEvent, registerBridge, sendEvent } from './bridge-ipc';
import { installApplicationMenu } from './menu';
import { desktopContentSecurityPolicy } from './policy';
import { installSecurityPolicy, openExternalSafely } from './security';
import { createMainWindow } from './window';
import { createWindowPrinter } from './pdf-window';
import { shellLocale, shellMessages } from '../../shared/i18n/shell-messages';

const APP_ID = 'org.accord.desktop';
const OPEN_REQUEST_DELAY_MS = 1000;

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
  let files: WorkspaceFiles | null = null;
  let rendererLoaded = false;

  // A double-clicked `.accord` file: waits until the renderer has loaded, then goes to it
  // as `files:open-requested`, and may be read through `files:read` from then on.
  const openRequests = createOpenRequestQueue((filePath) => {
    if (!files || !mainWindow || !rendererLoaded) return false;
    files.allow(filePath);
    sendEvent(mainWindow.webContents, 'files:open-requested', { path: filePath });
    return true;
  });
  const initialFile = accordPathFromArgv(process.argv, process.cwd());
  if (initialFile) openRequests.push(initialFile);
  // macOS: Finder opens files through this event, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openRequests.push(filePath);
  });

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

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const filePath = accordPathFromArgv(argv, workingDirectory);
    if (filePath) openRequests.push(filePath);
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
      const messages = () => shellMessages(shellLocale(settings.get().locale, [...app.getPreferredSystemLanguages(), app.getLocale()]));
      let documents: string;
      try {
        documents = path.join(app.getPath('documents'), 'Accord');
      } catch {
        documents = defaultFilesFolder(os.homedir());
      }
      const workspaceFiles = createWorkspaceFiles({ dataDir: userData, settings, defaultFolder: documents, log });
      files = workspaceFiles;

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
          printToPdf: createWindowPrinter(),
          files: workspaceFiles,
          dialogs: createFileDialogs({ folder: () => workspaceFiles.folder(), messages }),
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
          if (mainWindow === window) {
            mainWindow = null;
            rendererLoaded = false;
          }
        });
        window.webContents.on('did-finish-load', () => {
          // The renderer subscribes to its events while it starts: give it a moment.
          setTimeout(() => {
            rendererLoaded = true;
            openRequests.flush();
          }, OPEN_REQUEST_DELAY_MS);
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
