/**
 * Remembers the main window's size, position and maximized state between
 * launches, as a small JSON file in the user-data folder. Any problem reading it
 * (missing, corrupt, from a future version) means "first launch": window
 * placement is never worth an error message.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomicSync } from './atomic-file';
import type { Rect } from './window-bounds';

export interface WindowState {
  /** The normal (not maximized, not full-screen) bounds; null until the window was first shown. */
  bounds: Rect | null;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: null, maximized: false };

const FILE_VERSION = 1;

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const rect = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((key) => typeof rect[key] === 'number' && Number.isFinite(rect[key]));
}

/** Reads what a previous launch saved; anything unexpected yields the defaults. */
export function parseWindowState(text: string): WindowState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (typeof data !== 'object' || data === null) return { ...DEFAULT_WINDOW_STATE };
  const record = data as Record<string, unknown>;
  if (record.version !== FILE_VERSION) return { ...DEFAULT_WINDOW_STATE };
  return {
    bounds: isRect(record.bounds) ? record.bounds : null,
    maximized: record.maximized === true,
  };
}

export interface WindowStateStore {
  load(): WindowState;
  save(state: WindowState): void;
}

export function createWindowStateStore(filePath: string): WindowStateStore {
  return {
    load() {
      try {
        return parseWindowState(readFileSync(filePath, 'utf8'));
      } catch {
        return { ...DEFAULT_WINDOW_STATE };
      }
    },
    save(state) {
      const { bounds, maximized } = state;
      writeFileAtomicSync(filePath, `${JSON.stringify({ version: FILE_VERSION, bounds, maximized }, null, 2)}\n`);
    },
  };
}
