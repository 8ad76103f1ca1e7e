/**
 * The native dialogs behind `files:choose-open`, `files:save-copy` and
 * `files:choose-folder`. Thin: the service decides what may be read or written.
 */
import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { ShellMessages } from '../../shared/i18n/shell-messages';
import type { FileDialogs } from '../services/app-handlers';

export interface FileDialogOptions {
  /** The Accord folder the dialogs start in. */
  folder: () => string;
  messages: () => ShellMessages;
}

export function createFileDialogs(options: FileDialogOptions): FileDialogs {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const filters = () => [{ name: options.messages().accordFileType, extensions: ['accord'] }];

  async function showOpen(settings: OpenDialogOptions): Promise<string | null> {
    const window = parent();
    const result = window ? await dialog.showOpenDialog(window, settings) : await dialog.showOpenDialog(settings);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  return {
    chooseOpen: () =>
      showOpen({ title: options.messages().openWorkspaceTitle, defaultPath: options.folder(), properties: ['openFile'], filters: filters() }),
    async chooseSave(suggestedName) {
      const settings: SaveDialogOptions = {
        title: options.messages().saveCopyTitle,
        defaultPath: path.join(options.folder(), suggestedName),
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, settings) : await dialog.showSaveDialog(settings);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseFolder: () =>
      showOpen({ title: options.messages().chooseFolderTitle, defaultPath: options.folder(), properties: ['openDirectory', 'createDirectory', 'promptToCreate'] }),
  };
}
