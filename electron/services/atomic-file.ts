/**
 * Whole-file writes that never leave a half-written file behind: the data goes to
 * a temporary file beside the target, is flushed, then renamed over it (a rename
 * within one folder is atomic on every platform we ship to).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

function temporaryPathFor(filePath: string): string {
  return `${filePath}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

export interface AtomicWriteOptions {
  /** Permissions of a new file; 0o600 (only this user) by default. */
  mode?: number;
  /** Also flush the folder after the rename, so the new name survives a power cut (POSIX; ignored where unsupported). */
  syncFolder?: boolean;
}

/** Text is written as UTF-8. */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  const temporary = temporaryPathFor(filePath);
  try {
    const handle = await open(temporary, 'w', options.mode ?? 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  if (options.syncFolder) await syncFolder(path.dirname(filePath));
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for flushing; its rename is already durable enough.
  }
}

/** The synchronous twin, for tiny files written while the app is closing. */
export function writeFileAtomicSync(filePath: string, data: string): void {
  mkdirSync(path.dirname(filePath), { recursive: true });
  const temporary = temporaryPathFor(filePath);
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, data, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, filePath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
