// Replacing a file so that a crash leaves either the old or the new content, never a mix:
// write a temp file, fsync it, rename it over the target, fsync the folder (so the rename
// itself survives a power loss).
import fs from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: Uint8Array): void {
  const temp = file + '.tmp';
  try {
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      let written = 0;
      while (written < content.length) written += fs.writeSync(fd, content, written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(path.dirname(file));
}

export function syncDirectory(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}
