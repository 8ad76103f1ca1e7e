import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeAccordFile, encodeAccordFile } from '../../../shared/files/accord-file';
import { MAX_WORKSPACE_FILE_BYTES } from '../../../shared/ipc/contract';
import { writeFileAtomic } from '../../../electron/services/atomic-file';
import { openSettingsStore, type SettingsStore } from '../../../electron/services/settings-store';
import {
  backupTime,
  createWorkspaceFiles,
  defaultFilesFolder,
  fileErrorCodeOf,
  fileStemFor,
  INDEX_FILE_NAME,
  WorkspaceFileError,
  type WorkspaceFiles,
  type WorkspaceFilesOptions,
} from '../../../electron/services/workspace-files';

const WS = 'ws_aaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER = 'ws_bbbbbbbbbbbbbbbbbbbbbbbb';

async function accordFile(workspaceId: string, text: string, name = 'Comité'): Promise<Uint8Array> {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return encodeAccordFile({
    workspaceId,
    name,
    savedAt: new Date().toISOString(),
    appVersion: '0.1.0',
    parts: [{ docId: workspaceId, kind: 'workspace', update: Y.encodeStateAsUpdate(doc) }],
  });
}

async function textOf(bytes: Uint8Array): Promise<string> {
  const decoded = await decodeAccordFile(bytes);
  if (!decoded.ok) throw new Error(decoded.problem);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoded.content.parts[0]!.update);
  return doc.getText('t').toString();
}

let root: string;
let folder: string;
let dataDir: string;
let settings: SettingsStore;
let clock: number;

function service(extra: Partial<WorkspaceFilesOptions> = {}): WorkspaceFiles {
  return createWorkspaceFiles({ dataDir, settings, defaultFolder: folder, now: () => new Date(clock), log: () => {}, ...extra });
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'accord-files-'));
  folder = path.join(root, 'Documents', 'Accord');
  dataDir = path.join(root, 'data');
  settings = await openSettingsStore(dataDir, { logError: () => {} });
  clock = Date.UTC(2026, 10, 21, 12, 0, 0);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('file names and the default folder', () => {
  it.each([
    ['Comité de pilotage', 'Comité de pilotage'],
    ['لجنة التوجيه', 'لجنة التوجيه'],
    ['Réseau / Alliance: 2026?', 'Réseau Alliance 2026'],
    ['  ..hidden  ', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['a\u202Eb\u0000c', 'abc'],
    ['CON', 'CON workspace'],
    ['', 'Workspace'],
    ['///', 'Workspace'],
    ['x'.repeat(300), 'x'.repeat(80)],
  ])('%j → %j', (name, stem) => {
    expect(fileStemFor(name)).toBe(stem);
  });

  it('uses Documents/Accord when Documents exists, else the home folder', () => {
    expect(defaultFilesFolder('/home/amina', () => true)).toBe(path.join('/home/amina', 'Documents', 'Accord'));
    expect(defaultFilesFolder('/home/amina', () => false)).toBe(path.join('/home/amina', 'Accord'));
  });

  it('reads backup times from names', () => {
    expect(backupTime('2026-11-21T04-40-00-123Z.accord')).toBe(Date.UTC(2026, 10, 21, 4, 40, 0, 123));
    expect(backupTime('2026-11-21T04-40-00-123Z-2.accord')).toBe(Date.UTC(2026, 10, 21, 4, 40, 0, 123));
    expect(backupTime('notes.accord')).toBeNull();
    expect(backupTime('../2026-11-21T04-40-00-123Z.accord')).toBeNull();
  });

  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EACCES', 'not-allowed'],
    ['EROFS', 'not-allowed'],
    ['ENOENT', 'not-found'],
    ['EIO', 'failed'],
  ])('maps %s to %s', (code, expected) => {
    expect(fileErrorCodeOf(Object.assign(new Error(code), { code }))).toBe(expected);
  });
});

describe('saving workspaces', () => {
  it('saves under the workspace name, atomically, and remembers it', async () => {
    const files = service();
    const saved = await files.saveWorkspace({ workspaceId: WS, name: 'Comité de pilotage', bytes: await accordFile(WS, 'v1') });
    expect(saved).toEqual({ path: path.join(folder, 'Comité de pilotage.accord'), savedAt: clock });
    expect(await textOf(await readFile(saved.path))).toBe('v1');
    const index = JSON.parse(await readFile(path.join(folder, INDEX_FILE_NAME), 'utf8'));
    expect(index.workspaces[WS].file).toBe('Comité de pilotage.accord');
    // No temporary file left behind.
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the same file when the workspace is renamed', async () => {
    const files = service();
    await files.saveWorkspace({ workspaceId: WS, name: 'Old name', bytes: await accordFile(WS, 'v1') });
    const saved = await files.saveWorkspace({ workspaceId: WS, name: 'New name', bytes: await accordFile(WS, 'v2') });
    expect(path.basename(saved.path)).toBe('Old name.accord');
    expect((await readdir(folder)).filter((name) => name.endsWith('.accord'))).toEqual(['Old name.accord']);
  });

  it('gives two workspaces of the same name two files', async () => {
    const files = service();
    const a = await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'a') });
    const b = await files.saveWorkspace({ workspaceId: OTHER, name: 'Board', bytes: await accordFile(OTHER, 'b') });
    expect(path.basename(a.path)).toBe('Board.accord');
    expect(path.basename(b.path)).toBe('Board (2).accord');
    expect(await textOf(await readFile(a.path))).toBe('a');
  });

  it('finds its file again by reading it when the index is lost', async () => {
    const files = service();
    await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'v1') });
    await rm(path.join(folder, INDEX_FILE_NAME));
    const saved = await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'v2') });
    expect(path.basename(saved.path)).toBe('Board.accord');
    expect(await textOf(await readFile(saved.path))).toBe('v2');
  });

  it('never overwrites a file it cannot read as this workspace’s, and says so', async () => {
    const files = service();
    const first = await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'v1') });
    const garbage = new TextEncoder().encode('someone replaced this with a letter');
    await writeFile(first.path, garbage);
    const saved = await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'v2') });
    expect(saved.leftUntouched).toBe('Board.accord');
    expect(path.basename(saved.path)).toBe('Board (2).accord');
    expect(Buffer.from(await readFile(first.path)).equals(Buffer.from(garbage))).toBe(true);
    // The next save goes to the new file, quietly.
    const again = await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'v3') });
    expect(again).toEqual({ path: saved.path, savedAt: clock });
  });

  it('never overwrites another workspace’s file of the same name', async () => {
    await mkdir(folder, { recursive: true });
    const theirs = await accordFile(OTHER, 'theirs');
    await writeFile(path.join(folder, 'Board.accord'), theirs);
    const saved = await service().saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'mine') });
    expect(path.basename(saved.path)).toBe('Board (2).accord');
    expect(await textOf(await readFile(path.join(folder, 'Board.accord')))).toBe('theirs');
  });

  it('refuses bytes that are not this workspace’s file', async () => {
    const files = service();
    await expect(files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: new Uint8Array([1, 2, 3]) })).rejects.toMatchObject({ code: 'failed' });
    await expect(files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(OTHER, 'x') })).rejects.toMatchObject({ code: 'failed' });
    await expect(files.saveWorkspace({ workspaceId: '../x', name: 'Board', bytes: await accordFile(WS, 'x') })).rejects.toBeInstanceOf(WorkspaceFileError);
  });

  it('reports a full disk and leaves the old file and the index as they were', async () => {
    const files = service();
    const first = await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'v1') });
    const indexBefore = await readFile(path.join(folder, INDEX_FILE_NAME), 'utf8');
    const full = service({
      writeFile: async (filePath, data) => {
        // Half the data reaches a temporary file, then the disk is full.
        await writeFile(`${filePath}.partial.tmp`, data.subarray(0, data.length >> 1));
        await rm(`${filePath}.partial.tmp`);
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    clock += 60_000;
    await expect(full.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'v2') })).rejects.toMatchObject({ code: 'disk-full' });
    expect(await textOf(await readFile(first.path))).toBe('v1');
    expect(await readFile(path.join(folder, INDEX_FILE_NAME), 'utf8')).toBe(indexBefore);
  });

  it('writes through the real atomic write: a failed write leaves the target whole', async () => {
    const target = path.join(root, 'x', 'file.accord');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    // A folder where the temporary file should go makes the write fail half-way.
    const failing = writeFileAtomic(path.join(target, 'child'), new Uint8Array([4]));
    await expect(failing).rejects.toThrow();
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
  });

  it('uses the folder from the settings, or a fixed one', async () => {
    const chosen = path.join(root, 'elsewhere');
    await settings.update({ filesFolder: chosen });
    expect(service().folder()).toBe(chosen);
    expect(service({ fixedFolder: path.join(root, 'fixed') }).folder()).toBe(path.join(root, 'fixed'));
    const set = service();
    expect(await set.setFolder(path.join(root, 'new'))).toBe(path.join(root, 'new'));
    expect((await stat(path.join(root, 'new'))).isDirectory()).toBe(true);
    expect(settings.get().filesFolder).toBe(path.join(root, 'new'));
    await expect(set.setFolder('relative')).rejects.toMatchObject({ code: 'failed' });
  });
});

describe('backups', () => {
  it('keeps the previous saves, rotates them, lists and reads them', async () => {
    const files = service();
    const saved = await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'v0') });
    expect(await files.listBackups(WS)).toEqual([]);
    for (let n = 1; n <= 8; n += 1) {
      // Each save's time is the file's time, which the next backup is named after.
      await utimes(saved.path, new Date(clock), new Date(clock));
      clock += 11 * 60_000;
      await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, `v${n}`) });
    }
    const backups = await files.listBackups(WS);
    expect(backups).toHaveLength(5);
    expect(backups.every((backup) => backup.kind === 'recent')).toBe(true);
    expect(backups.map((backup) => backup.savedAt)).toEqual([...backups.map((backup) => backup.savedAt)].sort((a, b) => b - a));
    // The newest backup holds the save before the last one.
    expect(await textOf(await files.readBackup(WS, backups[0]!.id))).toBe('v7');
    expect(await textOf(await files.readBackup(WS, backups[4]!.id))).toBe('v3');
    expect(await textOf(await readFile(saved.path))).toBe('v8');
  });

  it('makes no new backup within ten minutes of the last one (autosave writes every few seconds)', async () => {
    const files = service();
    const saved = await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'v0') });
    for (let n = 1; n <= 4; n += 1) {
      await utimes(saved.path, new Date(clock), new Date(clock));
      clock += 60_000;
      await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, `v${n}`) });
    }
    const backups = await files.listBackups(WS);
    expect(backups).toHaveLength(1);
    expect(await textOf(await files.readBackup(WS, backups[0]!.id))).toBe('v0');
  });

  it('keeps one backup per older day', async () => {
    const files = service();
    const dir = path.join(folder, '.backups', WS);
    await mkdir(dir, { recursive: true });
    const day = 24 * 60 * 60 * 1000;
    for (let d = 1; d <= 40; d += 1) {
      for (const hour of [1, 2]) {
        const time = clock - d * day - hour * 3_600_000;
        await writeFile(path.join(dir, `${new Date(time).toISOString().replace(/[:.]/g, '-')}.accord`), await accordFile(WS, `d${d}h${hour}`));
      }
    }
    const saved = await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'first') });
    await files.saveWorkspace({ workspaceId: WS, name: 'Board', bytes: await accordFile(WS, 'second') });
    const backups = await files.listBackups(WS);
    expect(backups.filter((backup) => backup.kind === 'recent')).toHaveLength(5);
    // The recent five cover today and days 1–2; days 3–29 keep one each (the day's newest).
    expect(backups.filter((backup) => backup.kind === 'daily')).toHaveLength(27);
    expect(await readdir(dir)).toHaveLength(32);
    const daily = backups.filter((backup) => backup.kind === 'daily');
    expect(await textOf(await files.readBackup(WS, daily[0]!.id))).toBe('d3h1');
    expect(saved.path).toBe(path.join(folder, 'Board.accord'));
  });

  it('refuses backup ids that are not backup names', async () => {
    const files = service();
    await expect(files.readBackup(WS, '..')).rejects.toMatchObject({ code: 'not-found' });
    await expect(files.readBackup('../etc', '2026-11-21T04-40-00-123Z')).rejects.toMatchObject({ code: 'not-found' });
    await expect(files.readBackup(WS, '2026-11-21T04-40-00-123Z')).rejects.toMatchObject({ code: 'not-found' });
    expect(await files.listBackups(OTHER)).toEqual([]);
  });
});

describe('reading files and the recent list', () => {
  it('lists the .accord files of the folder, newest first', async () => {
    const files = service();
    expect(await files.list()).toEqual([]);
    await files.saveWorkspace({ workspaceId: WS, name: 'Alpha', bytes: await accordFile(WS, 'a') });
    await files.saveWorkspace({ workspaceId: OTHER, name: 'Beta', bytes: await accordFile(OTHER, 'b') });
    await utimes(path.join(folder, 'Alpha.accord'), new Date(clock - 10_000), new Date(clock - 10_000));
    await utimes(path.join(folder, 'Beta.accord'), new Date(clock), new Date(clock));
    await writeFile(path.join(folder, 'notes.txt'), 'x');
    const listed = await files.list();
    expect(listed.map((file) => file.name)).toEqual(['Beta.accord', 'Alpha.accord']);
    expect(listed[0]).toMatchObject({ path: path.join(folder, 'Beta.accord'), size: expect.any(Number) });
  });

  it('gives paths relative to the folder in the browser shell', async () => {
    const files = service({ relativePaths: true });
    const saved = await files.saveWorkspace({ workspaceId: WS, name: 'Alpha', bytes: await accordFile(WS, 'a') });
    expect(saved.path).toBe('Alpha.accord');
    expect((await files.list())[0]!.path).toBe('Alpha.accord');
    expect((await files.read('Alpha.accord')).name).toBe('Alpha.accord');
    expect((await files.getFolder()).recent.map((file) => file.path)).toEqual(['Alpha.accord']);
  });

  it('reads files in the folder, on the recent list or allowed, and nothing else', async () => {
    const files = service();
    const saved = await files.saveWorkspace({ workspaceId: WS, name: 'Alpha', bytes: await accordFile(WS, 'a') });
    expect(await textOf((await files.read(saved.path)).bytes)).toBe('a');

    const outside = path.join(root, 'Downloads', 'from-colleague.accord');
    await mkdir(path.dirname(outside), { recursive: true });
    await writeFile(outside, await accordFile(WS, 'theirs'));
    await expect(files.read(outside)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(files.read(path.join(folder, '..', '..', 'Downloads', 'from-colleague.accord'))).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(files.read('../../Downloads/from-colleague.accord')).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(files.read('/etc/passwd')).rejects.toMatchObject({ code: 'not-allowed' });

    // A link inside the folder pointing outside does not open the way.
    await symlink(outside, path.join(folder, 'link.accord'));
    await expect(files.read(path.join(folder, 'link.accord'))).rejects.toMatchObject({ code: 'not-allowed' });

    files.allow(outside);
    expect(await textOf((await files.read(outside)).bytes)).toBe('theirs');
    // Once opened it is on the recent list, which a later session may open again.
    const later = service();
    expect((await later.getFolder()).recent.map((file) => file.path)).toEqual([outside, saved.path]);
    expect(await textOf((await later.read(outside)).bytes)).toBe('theirs');
  });

  it('answers not-found and too-large', async () => {
    const files = service();
    await mkdir(folder, { recursive: true });
    await expect(files.read(path.join(folder, 'missing.accord'))).rejects.toMatchObject({ code: 'not-found' });
    const big = path.join(folder, 'big.accord');
    await writeFile(big, '');
    await (await import('node:fs/promises')).truncate(big, MAX_WORKSPACE_FILE_BYTES + 1);
    await expect(files.read(big)).rejects.toMatchObject({ code: 'too-large' });
    await expect(files.saveCopy(path.join(root, 'copy.accord'), new Uint8Array(MAX_WORKSPACE_FILE_BYTES + 1))).rejects.toMatchObject({ code: 'too-large' });
  });

  it('keeps the last ten files, most recent first, and drops missing ones', async () => {
    const files = service();
    const paths: string[] = [];
    for (let n = 0; n < 12; n += 1) {
      const saved = await files.saveCopy(path.join(root, 'copies', `copy ${n}`), await accordFile(WS, `c${n}`));
      paths.push(saved.path);
    }
    expect(paths[0]).toBe(path.join(root, 'copies', 'copy 0.accord'));
    let recent = (await files.getFolder()).recent.map((file) => file.path);
    expect(recent).toEqual(paths.slice(2).reverse());
    await rm(paths[11]!);
    recent = (await files.getFolder()).recent.map((file) => file.path);
    expect(recent).toEqual(paths.slice(2, 11).reverse());
    // A copy the user saved may be read again.
    expect(await textOf((await files.read(paths[5]!)).bytes)).toBe('c5');
  });
});
