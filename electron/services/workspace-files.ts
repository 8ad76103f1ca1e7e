/**
 * The workspace files on this computer: the Accord folder where each workspace is
 * saved as a `.accord` file, its automatic backups, the recent-files list and which
 * paths the renderer may read. Plain Node: both shells and the tests use it.
 *
 * Layout of the Accord folder (docs/accord-file-format.md):
 *
 *   <folder>/<Workspace name>.accord             one per workspace (autosave)
 *   <folder>/.accord-index.json                  workspace id → file name, so a rename does not orphan the file
 *   <folder>/.backups/<workspaceId>/<time>.accord  rotating copies (backup-rotation.ts)
 *
 * Every write is atomic (temporary file, flush, rename). A file the service cannot
 * read as the workspace's own is never overwritten: the save goes to a new name.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { decodeAccordFile, readAccordManifest, ACCORD_FILE_EXTENSION } from '../../shared/files/accord-file';
import {
  MAX_WORKSPACE_FILE_BYTES,
  type BackupInfo,
  type FileErrorCode,
  type SavedFile,
  type WorkspaceFileInfo,
} from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import { backupDue, backupsToKeep, DEFAULT_BACKUP_POLICY, type BackupPolicy } from './backup-rotation';
import type { SettingsStore } from './settings-store';

export const INDEX_FILE_NAME = '.accord-index.json';
export const BACKUPS_FOLDER_NAME = '.backups';
export const RECENT_FILE_NAME = 'recent-files.json';
export const MAX_RECENT_FILES = 10;
export const ACCORD_FOLDER_NAME = 'Accord';
/** Longest file name stem we make from a workspace name (characters). */
const MAX_STEM_CHARS = 80;
const ID = /^[A-Za-z0-9_-]{1,80}$/;
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(-\d{1,4})?\.accord$/;

/** A failure the user can act on; the bridge answers it with its code. */
export class WorkspaceFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'WorkspaceFileError';
  }
}

/** The code for a system error: a full disk, a folder we may not write to… */
export function fileErrorCodeOf(error: unknown): FileErrorCode {
  if (error instanceof WorkspaceFileError) return error.code;
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'not-allowed';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EFBIG':
      return 'too-large';
    default:
      return 'failed';
  }
}

function asFileError(error: unknown, what: string): WorkspaceFileError {
  if (error instanceof WorkspaceFileError) return error;
  const code = fileErrorCodeOf(error);
  const system = (error as NodeJS.ErrnoException | null)?.code;
  return new WorkspaceFileError(code, system ? `${what} (${system})` : what);
}

/** `<home>/Documents/Accord` when a Documents folder exists, else `<home>/Accord`. */
export function defaultFilesFolder(homeDir: string, exists: (folder: string) => boolean = existsSync): string {
  const documents = path.join(homeDir, 'Documents');
  return path.join(exists(documents) ? documents : homeDir, ACCORD_FOLDER_NAME);
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name stem from a workspace name: letters and digits of any script kept,
 * characters no file system accepts (and invisible controls) dropped, spaces
 * collapsed, no leading dot, no Windows device names. Never empty.
 */
export function fileStemFor(name: string): string {
  let stem = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '');
  stem = [...stem].slice(0, MAX_STEM_CHARS).join('').replace(/[.\s]+$/u, '');
  if (!stem || WINDOWS_RESERVED.test(stem)) stem = stem ? `${stem} workspace` : 'Workspace';
  return stem;
}

interface IndexEntry {
  file: string;
  size: number;
  mtimeMs: number;
}

interface FolderIndex {
  version: 1;
  workspaces: Record<string, IndexEntry>;
}

function isPlainFileName(name: unknown): name is string {
  return typeof name === 'string' && name.length > 0 && name.length < 256 && !/[/\\\0]/.test(name) && name !== '.' && name !== '..' && name.toLowerCase().endsWith(ACCORD_FILE_EXTENSION);
}

function readIndexValue(value: unknown): FolderIndex {
  const index: FolderIndex = { version: 1, workspaces: {} };
  if (typeof value !== 'object' || value === null) return index;
  const workspaces = (value as { workspaces?: unknown }).workspaces;
  if (typeof workspaces !== 'object' || workspaces === null) return index;
  for (const [id, entry] of Object.entries(workspaces as Record<string, unknown>)) {
    if (!ID.test(id) || typeof entry !== 'object' || entry === null) continue;
    const { file, size, mtimeMs } = entry as Record<string, unknown>;
    if (!isPlainFileName(file)) continue;
    index.workspaces[id] = { file, size: typeof size === 'number' ? size : -1, mtimeMs: typeof mtimeMs === 'number' ? mtimeMs : -1 };
  }
  return index;
}

/** `2026-11-21T04-40-00-123Z`: an ISO time without the characters Windows refuses in file names. */
function timeStamp(time: number): string {
  return new Date(time).toISOString().replace(/[:.]/g, '-');
}

/** The time a backup's name carries, or null when the name is not a backup's. */
export function backupTime(fileName: string): number | null {
  const match = BACKUP_NAME.exec(fileName);
  if (!match) return null;
  const time = Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isFinite(time) ? time : null;
}

export interface WorkspaceFilesOptions {
  /** The app's data folder: the recent-files list lives there (it outlives a change of Accord folder). */
  dataDir: string;
  settings: Pick<SettingsStore, 'get' | 'update'>;
  /** Used while the user has not chosen a folder: see `defaultFilesFolder`. */
  defaultFolder: string;
  /** Browser shell started with ACCORD_FILES_DIR: this folder, whatever the settings say. */
  fixedFolder?: string;
  /** Browser shell: paths handed to the page inside the Accord folder are relative to it. */
  relativePaths?: boolean;
  backupPolicy?: BackupPolicy;
  now?: () => Date;
  /** The atomic write; injectable so tests can fill the disk. */
  writeFile?: (filePath: string, data: Uint8Array) => Promise<void>;
  log?: (message: string, error?: unknown) => void;
}

export interface SaveWorkspaceArgs {
  workspaceId: string;
  name: string;
  bytes: Uint8Array;
}

export interface WorkspaceFiles {
  /** The Accord folder now in use (absolute). */
  folder(): string;
  getFolder(): Promise<{ folder: string; recent: WorkspaceFileInfo[] }>;
  /** Makes `folder` the Accord folder (creates it); returns it. */
  setFolder(folder: string): Promise<string>;
  /** Autosave: the workspace's file in the Accord folder, atomically, after backing up the previous one. */
  saveWorkspace(args: SaveWorkspaceArgs): Promise<SavedFile>;
  /** The `.accord` files in the Accord folder, newest first. */
  list(): Promise<WorkspaceFileInfo[]>;
  /** A file inside the Accord folder, on the recent list, or allowed (chosen in a dialog, double-clicked). */
  read(filePath: string): Promise<{ name: string; bytes: Uint8Array }>;
  /** "Save a copy as…" to a path the user chose in a native dialog. */
  saveCopy(filePath: string, bytes: Uint8Array): Promise<SavedFile>;
  /** Lets `read` open this path this session (a native dialog's answer, a double-clicked file). */
  allow(filePath: string): void;
  listBackups(workspaceId: string): Promise<BackupInfo[]>;
  readBackup(workspaceId: string, backupId: string): Promise<Uint8Array>;
}

export function createWorkspaceFiles(options: WorkspaceFilesOptions): WorkspaceFiles {
  const now = options.now ?? (() => new Date());
  const policy = options.backupPolicy ?? DEFAULT_BACKUP_POLICY;
  const log = options.log ?? ((message, error) => console.error(`[accord] ${message}`, error ?? ''));
  const write = options.writeFile ?? ((filePath, data) => writeFileAtomic(filePath, data, { syncFolder: true }));
  const recentPath = path.join(options.dataDir, RECENT_FILE_NAME);
  const allowed = new Set<string>();
  // Writes (files, index, recent list) run one after another.
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  function folder(): string {
    return path.resolve(options.fixedFolder ?? options.settings.get().filesFolder ?? options.defaultFolder);
  }

  function isInside(root: string, candidate: string): boolean {
    const relative = path.relative(root, candidate);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  }

  /** What the page sees: relative to the folder in the browser shell, absolute otherwise. */
  function shown(filePath: string): string {
    const root = folder();
    if (options.relativePaths && isInside(root, filePath)) return path.relative(root, filePath).split(path.sep).join('/');
    return filePath;
  }

  /** What the page sent: a path relative to the Accord folder, or absolute. */
  function resolveInput(filePath: string): string {
    return path.isAbsolute(filePath) ? path.resolve(filePath) : path.resolve(folder(), filePath);
  }

  async function readJson(filePath: string): Promise<unknown> {
    try {
      return JSON.parse(await readFile(filePath, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`Could not read ${filePath}; starting it afresh.`, error);
      return undefined;
    }
  }

  async function readIndex(root: string): Promise<FolderIndex> {
    return readIndexValue(await readJson(path.join(root, INDEX_FILE_NAME)));
  }

  async function writeIndex(root: string, index: FolderIndex): Promise<void> {
    await writeFileAtomic(path.join(root, INDEX_FILE_NAME), `${JSON.stringify(index, null, 2)}\n`);
  }

  async function readRecent(): Promise<string[]> {
    const value = await readJson(recentPath);
    const files = typeof value === 'object' && value !== null ? (value as { files?: unknown }).files : undefined;
    if (!Array.isArray(files)) return [];
    return files.filter((file): file is string => typeof file === 'string' && path.isAbsolute(file)).slice(0, MAX_RECENT_FILES);
  }

  /** Puts `filePath` first in the recent list (written only when the list changes). */
  async function touchRecent(filePath: string): Promise<void> {
    try {
      const recent = await readRecent();
      if (recent[0] === filePath) return;
      const next = [filePath, ...recent.filter((file) => file !== filePath)].slice(0, MAX_RECENT_FILES);
      await writeFileAtomic(recentPath, `${JSON.stringify({ version: 1, files: next }, null, 2)}\n`);
    } catch (error) {
      // The list is a convenience: failing to update it never fails a save or an open.
      log('Could not update the recent-files list.', error);
    }
  }

  async function info(filePath: string): Promise<WorkspaceFileInfo | null> {
    try {
      const stats = await stat(filePath);
      if (!stats.isFile()) return null;
      return { path: shown(filePath), name: path.basename(filePath), size: stats.size, modifiedAt: stats.mtimeMs };
    } catch {
      return null;
    }
  }

  /**
   * Whether the file at `target` is this workspace's own: absent (free to write),
   * ours (the index remembers writing exactly it, or it decodes as this workspace's
   * file) or foreign (damaged, unreadable, another workspace's, not a file).
   */
  async function ownership(target: string, workspaceId: string, entry: IndexEntry | undefined): Promise<'absent' | 'ours' | 'foreign'> {
    let stats;
    try {
      stats = await stat(target);
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'absent' : 'foreign';
    }
    if (!stats.isFile()) return 'foreign';
    if (entry && entry.size === stats.size && entry.mtimeMs === stats.mtimeMs) return 'ours';
    if (stats.size > MAX_WORKSPACE_FILE_BYTES) return 'foreign';
    try {
      const decoded = await decodeAccordFile(new Uint8Array(await readFile(target)));
      return decoded.ok && decoded.content.workspaceId === workspaceId ? 'ours' : 'foreign';
    } catch {
      return 'foreign';
    }
  }

  /** `<stem>.accord`, `<stem> (2).accord`…: the first that is free or already this workspace's. */
  async function chooseFileName(root: string, stem: string, workspaceId: string, index: FolderIndex, avoid: string | undefined): Promise<string> {
    const taken = new Set(
      Object.entries(index.workspaces)
        .filter(([id]) => id !== workspaceId)
        .map(([, entry]) => entry.file.toLowerCase()),
    );
    if (avoid) taken.add(avoid.toLowerCase());
    for (let n = 1; n < 1000; n += 1) {
      const name = `${stem}${n === 1 ? '' : ` (${n})`}${ACCORD_FILE_EXTENSION}`;
      if (taken.has(name.toLowerCase())) continue;
      const owner = await ownership(path.join(root, name), workspaceId, undefined);
      if (owner !== 'foreign') return name;
    }
    return `${stem} ${randomBytes(4).toString('hex')}${ACCORD_FILE_EXTENSION}`;
  }

  function backupsFolder(root: string, workspaceId: string): string {
    return path.join(root, BACKUPS_FOLDER_NAME, workspaceId);
  }

  async function backupFiles(root: string, workspaceId: string): Promise<Array<{ id: string; savedAt: number; file: string }>> {
    const dir = backupsFolder(root, workspaceId);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const out: Array<{ id: string; savedAt: number; file: string }> = [];
    for (const name of names) {
      const savedAt = backupTime(name);
      if (savedAt !== null) out.push({ id: name.slice(0, -ACCORD_FILE_EXTENSION.length), savedAt, file: path.join(dir, name) });
    }
    return out;
  }

  /** Copies the current file into the backups (atomically), then deletes what the policy no longer keeps. */
  async function backUp(root: string, workspaceId: string, target: string): Promise<void> {
    if (!backupDue(await backupFiles(root, workspaceId), now().getTime(), policy)) return;
    const stats = await stat(target);
    const dir = backupsFolder(root, workspaceId);
    await mkdir(dir, { recursive: true });
    const stamp = timeStamp(stats.mtimeMs);
    let name = `${stamp}${ACCORD_FILE_EXTENSION}`;
    for (let n = 2; existsSync(path.join(dir, name)) && n < 10_000; n += 1) name = `${stamp}-${n}${ACCORD_FILE_EXTENSION}`;
    const temporary = path.join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await copyFile(target, temporary);
      await rename(temporary, path.join(dir, name));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    const existing = await backupFiles(root, workspaceId);
    const keep = backupsToKeep(existing, now().getTime(), policy);
    for (const backup of existing) {
      if (!keep.has(backup.id)) await rm(backup.file, { force: true });
    }
  }

  async function saveWorkspace({ workspaceId, name, bytes }: SaveWorkspaceArgs): Promise<SavedFile> {
    if (!ID.test(workspaceId)) throw new WorkspaceFileError('failed', 'not a workspace id');
    if (bytes.byteLength > MAX_WORKSPACE_FILE_BYTES) throw new WorkspaceFileError('too-large', `${bytes.byteLength} bytes`);
    const manifest = readAccordManifest(bytes);
    if (!manifest.ok || manifest.manifest.workspaceId !== workspaceId) {
      throw new WorkspaceFileError('failed', `the bytes are not this workspace's .accord file (${manifest.ok ? 'another workspace' : manifest.problem})`);
    }
    return serial(async () => {
      const root = folder();
      try {
        await mkdir(root, { recursive: true });
      } catch (error) {
        throw asFileError(error, 'cannot create the Accord folder');
      }
      const index = await readIndex(root);
      const entry = index.workspaces[workspaceId];
      let fileName: string | undefined;
      let leftUntouched: string | undefined;
      let owner: 'absent' | 'ours' | 'foreign' = 'absent';
      if (entry) {
        owner = await ownership(path.join(root, entry.file), workspaceId, entry);
        if (owner === 'foreign') {
          leftUntouched = entry.file;
          log(`${path.join(root, entry.file)} is not this workspace's file any more; leaving it untouched and saving under a new name.`);
        } else {
          fileName = entry.file;
        }
      }
      if (!fileName) {
        fileName = await chooseFileName(root, fileStemFor(name), workspaceId, index, leftUntouched);
        owner = await ownership(path.join(root, fileName), workspaceId, undefined);
      }
      const target = path.join(root, fileName);
      try {
        if (owner === 'ours') await backUp(root, workspaceId, target);
      } catch (error) {
        const failure = asFileError(error, 'cannot back up the previous save');
        // A full disk will fail the save too: stop here with the old file intact.
        if (failure.code === 'disk-full') throw failure;
        log('Backing up the previous save failed; saving anyway.', error);
      }
      try {
        await write(target, bytes);
      } catch (error) {
        throw asFileError(error, 'cannot write the workspace file');
      }
      const savedAt = now().getTime();
      try {
        const stats = await stat(target);
        index.workspaces[workspaceId] = { file: fileName, size: stats.size, mtimeMs: stats.mtimeMs };
        await writeIndex(root, index);
      } catch (error) {
        // Without the index the next save finds the file again by decoding it.
        log('Could not update the Accord folder index.', error);
      }
      await touchRecent(target);
      const saved: SavedFile = { path: shown(target), savedAt };
      if (leftUntouched) saved.leftUntouched = leftUntouched;
      return saved;
    });
  }

  async function list(): Promise<WorkspaceFileInfo[]> {
    const root = folder();
    let names: string[];
    try {
      names = await readdir(root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw asFileError(error, 'cannot list the Accord folder');
    }
    const files = await Promise.all(
      names.filter((name) => !name.startsWith('.') && name.toLowerCase().endsWith(ACCORD_FILE_EXTENSION)).map((name) => info(path.join(root, name))),
    );
    return files.filter((file): file is WorkspaceFileInfo => file !== null).sort((a, b) => b.modifiedAt - a.modifiedAt || a.name.localeCompare(b.name));
  }

  async function mayRead(target: string): Promise<boolean> {
    if (allowed.has(target)) return true;
    if ((await readRecent()).includes(target)) return true;
    const root = folder();
    if (!isInside(root, target)) return false;
    // Inside by name; also inside once links are followed.
    try {
      const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
      return isInside(realRoot, realTarget);
    } catch {
      return true; // does not exist: reading reports 'not-found'
    }
  }

  async function readLimited(target: string): Promise<Uint8Array> {
    let stats;
    try {
      stats = await stat(target);
    } catch (error) {
      throw asFileError(error, 'cannot open the file');
    }
    if (!stats.isFile()) throw new WorkspaceFileError('not-found', 'not a file');
    if (stats.size > MAX_WORKSPACE_FILE_BYTES) throw new WorkspaceFileError('too-large', `${stats.size} bytes`);
    let bytes: Buffer;
    try {
      bytes = await readFile(target);
    } catch (error) {
      throw asFileError(error, 'cannot read the file');
    }
    // It may have grown since stat().
    if (bytes.byteLength > MAX_WORKSPACE_FILE_BYTES) throw new WorkspaceFileError('too-large', `${bytes.byteLength} bytes`);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async function read(filePath: string): Promise<{ name: string; bytes: Uint8Array }> {
    const target = resolveInput(filePath);
    if (!(await mayRead(target))) throw new WorkspaceFileError('not-allowed', 'only files in the Accord folder, recent files or files you chose can be opened');
    const bytes = await readLimited(target);
    await serial(() => touchRecent(target));
    return { name: path.basename(target), bytes };
  }

  async function saveCopy(filePath: string, bytes: Uint8Array): Promise<SavedFile> {
    if (bytes.byteLength > MAX_WORKSPACE_FILE_BYTES) throw new WorkspaceFileError('too-large', `${bytes.byteLength} bytes`);
    let target = path.resolve(filePath);
    if (!target.toLowerCase().endsWith(ACCORD_FILE_EXTENSION)) target += ACCORD_FILE_EXTENSION;
    return serial(async () => {
      try {
        await write(target, bytes);
      } catch (error) {
        throw asFileError(error, 'cannot write the copy');
      }
      allowed.add(target);
      await touchRecent(target);
      return { path: shown(target), savedAt: now().getTime() };
    });
  }

  async function getFolder(): Promise<{ folder: string; recent: WorkspaceFileInfo[] }> {
    const recent = await Promise.all((await readRecent()).map((file) => info(file)));
    return { folder: folder(), recent: recent.filter((file): file is WorkspaceFileInfo => file !== null) };
  }

  async function setFolder(chosen: string): Promise<string> {
    if (!path.isAbsolute(chosen)) throw new WorkspaceFileError('failed', 'the folder must be an absolute path');
    const resolved = path.resolve(chosen);
    try {
      await mkdir(resolved, { recursive: true });
    } catch (error) {
      throw asFileError(error, 'cannot create the folder');
    }
    await options.settings.update({ filesFolder: resolved });
    return resolved;
  }

  async function listBackups(workspaceId: string): Promise<BackupInfo[]> {
    if (!ID.test(workspaceId)) throw new WorkspaceFileError('not-found', 'no such workspace');
    const existing = await backupFiles(folder(), workspaceId).catch((error: unknown) => {
      throw asFileError(error, 'cannot list the backups');
    });
    const kinds = backupsToKeep(existing, now().getTime(), policy);
    const out: BackupInfo[] = [];
    for (const backup of existing) {
      try {
        const stats = await stat(backup.file);
        out.push({ id: backup.id, savedAt: backup.savedAt, size: stats.size, kind: kinds.get(backup.id) ?? 'daily' });
      } catch {
        // deleted meanwhile
      }
    }
    return out.sort((a, b) => b.savedAt - a.savedAt);
  }

  async function readBackup(workspaceId: string, backupId: string): Promise<Uint8Array> {
    if (!ID.test(workspaceId) || !ID.test(backupId) || backupTime(`${backupId}${ACCORD_FILE_EXTENSION}`) === null) {
      throw new WorkspaceFileError('not-found', 'no such backup');
    }
    return readLimited(path.join(backupsFolder(folder(), workspaceId), `${backupId}${ACCORD_FILE_EXTENSION}`));
  }

  return {
    folder,
    getFolder,
    setFolder,
    saveWorkspace,
    list,
    read,
    saveCopy,
    allow: (filePath) => {
      allowed.add(path.resolve(filePath));
    },
    listBackups,
    readBackup,
  };
}
