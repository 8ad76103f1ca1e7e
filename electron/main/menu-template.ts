/**
 * The application menu as data. Pure (only types from `electron`), so the labels,
 * shortcuts and platform differences are unit-tested; `menu.ts` installs it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { TOOLKIT_URL, type ShellMessages } from '../../shared/i18n/shell-messages';

export interface MenuTemplateOptions {
  messages: ShellMessages;
  platform: NodeJS.Platform;
  /** Developer tools are offered only in a development run. */
  isPackaged: boolean;
  /** Asks the renderer to run a command (sent as `menu:run-command`). */
  runCommand: (command: MenuCommand) => void;
  openExternal: (url: string) => void;
}

/** Electron reads a single `&` as a mnemonic marker on every platform; `&&` shows one. */
export function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { messages: m, runCommand } = options;
  const isMac = options.platform === 'darwin';
  const label = menuLabel;
  const command = (text: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: label(text),
    ...(accelerator ? { accelerator } : {}),
    click: () => runCommand(name),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: 'Accord',
    submenu: [
      command(m.appMenuAbout, 'show-about'),
      { type: 'separator' },
      { role: 'services', label: label(m.appMenuServices) },
      { type: 'separator' },
      { role: 'hide', label: label(m.appMenuHide) },
      { role: 'hideOthers', label: label(m.appMenuHideOthers) },
      { role: 'unhide', label: label(m.appMenuShowAll) },
      { type: 'separator' },
      { role: 'quit', label: label(m.quit) },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: label(m.fileMenu),
    submenu: [
      command(m.newWorkspace, 'new-workspace', 'CmdOrCtrl+N'),
      command(m.newDocument, 'new-document', 'CmdOrCtrl+Shift+N'),
      command(m.openExample, 'open-example'),
      { type: 'separator' },
      command(m.goHome, 'go-home'),
      { type: 'separator' },
      { role: 'close', label: label(m.closeWindow) },
      // On macOS, Quit lives in the app menu.
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: label(m.quit) } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: label(m.editMenu),
    submenu: [
      { role: 'undo', label: label(m.undo) },
      { role: 'redo', label: label(m.redo) },
      { type: 'separator' },
      { role: 'cut', label: label(m.cut) },
      { role: 'copy', label: label(m.copy) },
      { role: 'paste', label: label(m.paste) },
      { role: 'selectAll', label: label(m.selectAll) },
      { type: 'separator' },
      command(m.find, 'find', 'CmdOrCtrl+F'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: label(m.viewMenu),
    submenu: [
      { role: 'reload', label: label(m.reload) },
      { type: 'separator' },
      { role: 'zoomIn', label: label(m.zoomIn) },
      { role: 'zoomOut', label: label(m.zoomOut) },
      { role: 'resetZoom', label: label(m.resetZoom) },
      { type: 'separator' },
      { role: 'togglefullscreen', label: label(m.toggleFullScreen) },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: label(m.toggleDevTools) } as const]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: label(m.windowMenu),
    role: 'window',
    submenu: [
      { role: 'minimize', label: label(m.minimize) },
      { role: 'zoom', label: label(m.zoomWindow) },
      { type: 'separator' },
      { role: 'front', label: label(m.bringAllToFront) },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: label(m.helpMenu),
    role: 'help',
    submenu: [
      // On macOS "About" is in the app menu already.
      ...(isMac ? [] : [command(m.about, 'show-about'), { type: 'separator' } as const]),
      { label: label(m.toolkit), click: () => options.openExternal(TOOLKIT_URL) },
    ],
  };

  return isMac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
