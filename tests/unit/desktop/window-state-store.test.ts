import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWindowStateStore,
  DEFAULT_WINDOW_STATE,
  parseWindowState,
} from '../../../electron/services/window-state-store';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'accord-window-state-'));
  file = path.join(dir, 'window-state.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('window state store', () => {
  it('starts from the defaults when there is no file', () => {
    expect(createWindowStateStore(file).load()).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('remembers bounds and the maximized state', () => {
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    createWindowStateStore(file).save(state);
    expect(createWindowStateStore(file).load()).toEqual(state);
  });

  it('writes atomically: no temporary file is left behind', async () => {
    const store = createWindowStateStore(file);
    store.save({ bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: false });
    store.save({ bounds: { x: 3, y: 4, width: 900, height: 650 }, maximized: false });
    expect(await readdir(dir)).toEqual(['window-state.json']);
    expect(JSON.parse(await readFile(file, 'utf8')).bounds).toEqual({ x: 3, y: 4, width: 900, height: 650 });
  });

  it('creates the folder when it does not exist yet', () => {
    const nested = path.join(dir, 'not', 'yet', 'window-state.json');
    createWindowStateStore(nested).save({ bounds: null, maximized: false });
    expect(createWindowStateStore(nested).load()).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['', 'empty'],
    ['{"version":1,"bounds":', 'truncated'],
    ['null', 'null'],
    ['[1,2,3]', 'an array'],
    ['{"version":99,"bounds":{"x":0,"y":0,"width":800,"height":600},"maximized":true}', 'from a future version'],
  ])('falls back to the defaults when the file is %s (%s)', async (text) => {
    await writeFile(file, text);
    expect(createWindowStateStore(file).load()).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps what is valid and drops what is not', () => {
    expect(parseWindowState('{"version":1,"bounds":{"x":"0","y":0,"width":800,"height":600},"maximized":true}')).toEqual({
      bounds: null,
      maximized: true,
    });
    expect(parseWindowState('{"version":1,"bounds":{"x":0,"y":0,"width":800,"height":600},"maximized":"yes"}')).toEqual({
      bounds: { x: 0, y: 0, width: 800, height: 600 },
      maximized: false,
    });
  });
});
