/**
 * A `.accord` file the operating system asks the desktop app to open: on the command
 * line at start (Windows, Linux), in a second launch's command line (handed to the
 * running instance), or through macOS's `open-file`. Pure parts of that, for tests.
 */
import path from 'node:path';
import { ACCORD_FILE_EXTENSION } from '../../shared/files/accord-file';

/**
 * The `.accord` file named on a command line (the last one, if several), resolved
 * against `workingDirectory`; null when there is none. Flags (`--…`, Chromium's
 * switches) and the executable itself are skipped.
 */
export function accordPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const arg = argv[index]!;
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(ACCORD_FILE_EXTENSION)) return path.resolve(workingDirectory, arg);
  }
  return null;
}

/**
 * Holds open requests until the renderer can take them, then hands each over once.
 * `deliver` returns false when it could not (no window yet): the request waits.
 */
export interface OpenRequestQueue {
  push(filePath: string): void;
  /** Tries again to deliver what waits (call when the window has loaded). */
  flush(): void;
}

export function createOpenRequestQueue(deliver: (filePath: string) => boolean): OpenRequestQueue {
  const waiting: string[] = [];
  function flush(): void {
    while (waiting.length > 0) {
      if (!deliver(waiting[0]!)) return;
      waiting.shift();
    }
  }
  return {
    push(filePath) {
      if (!waiting.includes(filePath)) waiting.push(filePath);
      flush();
    },
    flush,
  };
}
