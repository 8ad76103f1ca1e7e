/**
 * Installs the application menu in the user's language and rebuilds it when
 * they change it in the app's settings.
 */
import { app, Menu } from 'electron';
import type { MenuCommand, Settings } from '../../shared/ipc/contract';
import { shellLocale, shellMessages } from '../../shared/i18n/shell-messages';
import type { SettingsStore } from '../services/settings-store';
import { buildMenuTemplate } from './menu-template';

export interface ApplicationMenuOptions {
  settings: SettingsStore;
  runCommand: (command: MenuCommand) => void;
  openExternal: (url: string) => void;
}

function systemLanguages(): string[] {
  return [...app.getPreferredSystemLanguages(), app.getLocale()];
}

export function installApplicationMenu(options: ApplicationMenuOptions): void {
  const apply = (settings: Settings) => {
    const template = buildMenuTemplate({
      messages: shellMessages(shellLocale(settings.locale, systemLanguages())),
      platform: process.platform,
      isPackaged: app.isPackaged,
      runCommand: options.runCommand,
      openExternal: options.openExternal,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  apply(options.settings.get());
  options.settings.onChange(apply);
}
