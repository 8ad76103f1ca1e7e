import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { LOCALES } from '../../../shared/model/locale';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { MENU_COMMANDS } from '../../../shared/ipc/contract';
import { SHELL_MESSAGES, shellLocale, shellMessages, TOOLKIT_URL } from '../../../shared/i18n/shell-messages';
import { buildMenuTemplate, menuLabel, type MenuTemplateOptions } from '../../../electron/main/menu-template';
import { isSafeExternalUrl } from '../../../shared/security/trusted-urls';

function build(overrides: Partial<MenuTemplateOptions> = {}) {
  const runCommand = vi.fn<(command: MenuCommand) => void>();
  const openExternal = vi.fn<(url: string) => void>();
  const template = buildMenuTemplate({
    messages: shellMessages('en'),
    platform: 'linux',
    isPackaged: true,
    runCommand,
    openExternal,
    ...overrides,
  });
  return { template, runCommand, openExternal };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items(template).find((candidate) => candidate.label === label);
  if (!item) throw new Error(`No menu item labelled ${label}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('shell messages', () => {
  it('has every label in every language, none empty', () => {
    const keys = Object.keys(SHELL_MESSAGES.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(SHELL_MESSAGES[locale]).sort()).toEqual(keys);
      for (const value of Object.values(SHELL_MESSAGES[locale])) expect(value.trim()).not.toBe('');
    }
  });

  it('is actually translated', () => {
    expect(SHELL_MESSAGES.fr.fileMenu).toBe('Fichier');
    expect(SHELL_MESSAGES.ar.fileMenu).toBe('ملف');
    expect(SHELL_MESSAGES.fr.newWorkspace).not.toBe(SHELL_MESSAGES.en.newWorkspace);
    expect(SHELL_MESSAGES.ar.newWorkspace).toMatch(/[\u0600-\u06ff]/);
  });

  it('follows the chosen language, else the system one, else English', () => {
    expect(shellLocale('ar', ['fr-FR'])).toBe('ar');
    expect(shellLocale(null, ['fr-BE', 'en-GB'])).toBe('fr');
    expect(shellLocale(null, ['de-DE', 'ar-EG'])).toBe('ar');
    expect(shellLocale(null, ['de-DE'])).toBe('en');
    expect(shellLocale(null, [])).toBe('en');
  });

  it('links to the toolkit over https', () => {
    expect(isSafeExternalUrl(TOOLKIT_URL)).toBe(true);
  });
});

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const { template } = build();
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('adds the app and Window menus on macOS, with Quit and About in the app menu', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((item) => item.label)).toEqual(['Accord', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appMenu = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((item) => item.role).filter(Boolean)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    const file = template[1]!.submenu as MenuItemConstructorOptions[];
    expect(file.some((item) => item.role === 'quit')).toBe(false);
    expect(() => find(template, 'About Accord')).not.toThrow();
  });

  it.each([
    ['New Workspace', 'new-workspace', 'CmdOrCtrl+N'],
    ['New Document', 'new-document', 'CmdOrCtrl+Shift+N'],
    ['Open the Example Workspace', 'open-example', undefined],
    ['Home', 'go-home', undefined],
    ['Find…', 'find', 'CmdOrCtrl+F'],
    ['About Accord', 'show-about', undefined],
  ] as const)('%s sends %s', (label, command, accelerator) => {
    const { template, runCommand } = build();
    const item = find(template, label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(runCommand).toHaveBeenCalledWith(command);
  });

  it('offers every menu command somewhere', () => {
    const { template, runCommand } = build();
    for (const item of items(template)) if (item.click && !item.role) click(item);
    const sent = new Set(runCommand.mock.calls.map(([command]) => command));
    for (const command of MENU_COMMANDS) expect(sent.has(command)).toBe(true);
  });

  it('uses roles for editing, so the focused field (and Lexical) handles them', () => {
    const { template } = build();
    const edit = template[1]!.submenu as MenuItemConstructorOptions[];
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers developer tools only in a development run', () => {
    const roles = (template: MenuItemConstructorOptions[]) => items(template).map((item) => item.role);
    expect(roles(build({ isPackaged: true }).template)).not.toContain('toggleDevTools');
    expect(roles(build({ isPackaged: false }).template)).toContain('toggleDevTools');
  });

  it('opens the toolkit in the browser and shows its & literally', () => {
    const { template, openExternal } = build();
    const item = find(template, 'The Networking && Alliance Building Toolkit');
    click(item);
    expect(openExternal).toHaveBeenCalledWith(TOOLKIT_URL);
  });

  it.each(LOCALES)('is labelled in %s', (locale) => {
    const messages = shellMessages(locale);
    const { template } = build({ messages });
    expect(template.map((item) => item.label)).toEqual(
      [messages.fileMenu, messages.editMenu, messages.viewMenu, messages.helpMenu].map(menuLabel),
    );
    for (const item of items(template)) {
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
    }
  });
});
