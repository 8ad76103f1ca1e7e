import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { encodeAccordFile } from '../../../shared/files/accord-file';
import type { Handlers } from '../../../shared/ipc/contract';
import { BridgeRefusal, dispatch, type DispatchOptions } from '../../../shared/ipc/dispatch';
import { DESKTOP_APP_ORIGIN } from '../../../shared/security/trusted-urls';
import { createAppHandlers, type FileDialogs } from '../../../electron/services/app-handlers';
import { accordPathFromArgv, createOpenRequestQueue } from '../../../electron/services/open-requests';
import { createRelayHost, type RelayHost } from '../../../electron/services/relay-host';
import { openSettingsStore, type SettingsStore } from '../../../electron/services/settings-store';
import { createWorkspaceFiles, type WorkspaceFiles } from '../../../electron/services/workspace-files';
import { filesDirFrom } from '../../../electron/web/cli-config';

const fromApp = { url: 'app://accord/index.html' };
const WS = 'ws_aaaaaaaaaaaaaaaaaaaaaaaa';

async function accordFile(workspaceId = WS): Promise<Uint8Array> {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'hello');
  return encodeAccordFile({
    workspaceId,
    name: 'Board',
    savedAt: '2026-11-21T05:00:00.000Z',
    appVersion: '0.1.0',
    parts: [{ docId: workspaceId, kind: 'workspace', update: Y.encodeStateAsUpdate(doc) }],
  });
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

let dir: string;
let settings: SettingsStore;
let relayHost: RelayHost;
let files: WorkspaceFiles;

function options(extra: { files?: WorkspaceFiles; dialogs?: FileDialogs } = {}): DispatchOptions {
  return {
    handlers: createAppHandlers({ shell: 'desktop', version: '1.0.0', platform: 'linux', settings, openExternal: async () => false, relayHost, ...extra }),
    appOrigins: [DESKTOP_APP_ORIGIN],
    logError: () => {},
  };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'accord-files-handlers-'));
  settings = await openSettingsStore(path.join(dir, 'data'), { logError: () => {} });
  relayHost = createRelayHost({ dataDir: path.join(dir, 'data'), settings, bindAddress: '127.0.0.1' });
  files = createWorkspaceFiles({ dataDir: path.join(dir, 'data'), settings, defaultFolder: path.join(dir, 'Accord'), log: () => {} });
});
afterEach(async () => {
  await relayHost.close();
  await rm(dir, { recursive: true, force: true });
});

describe('files:* handlers', () => {
  it('saves, lists and reads a workspace file, in base64', async () => {
    const bytes = await accordFile();
    const opts = options({ files });
    const saved = await dispatch(opts, fromApp, 'files:save-workspace', { workspaceId: WS, name: 'Board', bytes: b64(bytes) });
    expect(saved).toMatchObject({ ok: true, value: { path: path.join(dir, 'Accord', 'Board.accord') } });
    expect(await dispatch(opts, fromApp, 'files:list', undefined)).toMatchObject({ ok: true, value: { files: [{ name: 'Board.accord' }] } });
    const read = await dispatch(opts, fromApp, 'files:read', { path: path.join(dir, 'Accord', 'Board.accord') });
    expect(read).toEqual({ ok: true, value: { name: 'Board.accord', bytes: b64(bytes) } });
    expect(await dispatch(opts, fromApp, 'files:get-folder', undefined)).toMatchObject({ ok: true, value: { folder: path.join(dir, 'Accord'), recent: [{ name: 'Board.accord' }] } });
    expect(await dispatch(opts, fromApp, 'files:list-backups', { workspaceId: WS })).toEqual({ ok: true, value: { backups: [] } });
  });

  it('answers a refusal with the file error code', async () => {
    const opts = options({ files });
    expect(await dispatch(opts, fromApp, 'files:read', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await dispatch(opts, fromApp, 'files:read-backup', { workspaceId: WS, backupId: '2026-11-21T04-40-00-123Z' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatch(opts, fromApp, 'files:save-workspace', { workspaceId: WS, name: 'x', bytes: b64(new Uint8Array([1])) })).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
  });

  it('answers not-supported without the service or without native dialogs', async () => {
    const none = options();
    for (const [channel, args] of [
      ['files:get-folder', undefined],
      ['files:list', undefined],
      ['files:read', { path: 'a.accord' }],
      ['files:choose-open', undefined],
    ] as const) {
      expect(await dispatch(none, fromApp, channel, args)).toMatchObject({ ok: false, error: { code: 'not-supported' } });
    }
    const noDialogs = options({ files });
    expect(await dispatch(noDialogs, fromApp, 'files:choose-open', undefined)).toMatchObject({ ok: false, error: { code: 'not-supported' } });
    expect(await dispatch(noDialogs, fromApp, 'files:save-copy', { suggestedName: 'Board', bytes: '' })).toMatchObject({ ok: false, error: { code: 'not-supported' } });
    expect(await dispatch(noDialogs, fromApp, 'files:choose-folder', undefined)).toMatchObject({ ok: false, error: { code: 'not-supported' } });
  });

  it('opens, saves a copy and changes folder through the dialogs', async () => {
    const outside = path.join(dir, 'Downloads', 'colleague.accord');
    const bytes = await accordFile();
    await rm(path.dirname(outside), { recursive: true, force: true });
    await (await import('node:fs/promises')).mkdir(path.dirname(outside), { recursive: true });
    await writeFile(outside, bytes);
    const dialogs = {
      chooseOpen: vi.fn(async () => outside),
      chooseSave: vi.fn(async (name: string) => path.join(dir, 'copies', name)),
      chooseFolder: vi.fn(async () => path.join(dir, 'Chosen')),
    };
    const opts = options({ files, dialogs });
    // Not readable before the user picked it.
    expect(await dispatch(opts, fromApp, 'files:read', { path: outside })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await dispatch(opts, fromApp, 'files:choose-open', undefined)).toEqual({ ok: true, value: { path: outside } });
    expect(await dispatch(opts, fromApp, 'files:read', { path: outside })).toMatchObject({ ok: true, value: { name: 'colleague.accord' } });

    const copy = await dispatch(opts, fromApp, 'files:save-copy', { suggestedName: 'Comité / 2026', bytes: b64(bytes) });
    expect(dialogs.chooseSave).toHaveBeenCalledWith('Comité 2026.accord');
    expect(copy).toMatchObject({ ok: true, value: { path: path.join(dir, 'copies', 'Comité 2026.accord') } });
    expect(Buffer.from(await readFile(path.join(dir, 'copies', 'Comité 2026.accord'))).equals(Buffer.from(bytes))).toBe(true);

    expect(await dispatch(opts, fromApp, 'files:choose-folder', undefined)).toEqual({ ok: true, value: { folder: path.join(dir, 'Chosen') } });
    expect(settings.get().filesFolder).toBe(path.join(dir, 'Chosen'));

    dialogs.chooseOpen.mockResolvedValueOnce(null as unknown as string);
    expect(await dispatch(opts, fromApp, 'files:choose-open', undefined)).toEqual({ ok: true, value: null });
  });
});

describe('dispatch() and refusals', () => {
  it('maps a BridgeRefusal to its code and keeps other failures internal', async () => {
    const logError = vi.fn();
    const base = options();
    const handlers: Handlers = {
      ...base.handlers,
      'files:choose-open': () => {
        throw new BridgeRefusal('not-supported', 'no dialogs here');
      },
      'files:list': () => {
        throw new Error('secret detail');
      },
    };
    const opts = { ...base, handlers, logError };
    expect(await dispatch(opts, fromApp, 'files:choose-open', undefined)).toEqual({ ok: false, error: { code: 'not-supported', message: 'no dialogs here' } });
    expect(logError).not.toHaveBeenCalled();
    const internal = await dispatch(opts, fromApp, 'files:list', undefined);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('secret detail');
    expect(logError).toHaveBeenCalledTimes(1);
  });
});

describe('open requests from the operating system', () => {
  it.each<[string[], string, string | null]>([
    [['/opt/Accord/accord'], '/home/a', null],
    [['/opt/Accord/accord', '/home/a/Board.accord'], '/', '/home/a/Board.accord'],
    [['/opt/Accord/accord', 'Board.ACCORD'], '/home/a', '/home/a/Board.ACCORD'],
    [['electron', '.', '--no-sandbox', 'x/Board.accord'], '/w', '/w/x/Board.accord'],
    [['accord.exe', '--allow-file-access-from-files', '--flag=a.accord'], '/w', null],
    [['accord', 'a.accord', 'b.accord'], '/w', '/w/b.accord'],
    [['accord', 'notes.txt'], '/w', null],
  ])('%j in %s → %s', (argv, cwd, expected) => {
    expect(accordPathFromArgv(argv, cwd)).toBe(expected);
  });

  it('waits until the renderer can take a request, and delivers each once', () => {
    const delivered: string[] = [];
    let ready = false;
    const queue = createOpenRequestQueue((filePath) => {
      if (!ready) return false;
      delivered.push(filePath);
      return true;
    });
    queue.push('/a.accord');
    queue.push('/a.accord');
    queue.push('/b.accord');
    expect(delivered).toEqual([]);
    ready = true;
    queue.flush();
    queue.flush();
    expect(delivered).toEqual(['/a.accord', '/b.accord']);
    queue.push('/c.accord');
    expect(delivered).toEqual(['/a.accord', '/b.accord', '/c.accord']);
  });
});

describe('the browser shell’s files folder option', () => {
  it.each<[Record<string, string>, string[], string | undefined]>([
    [{}, [], undefined],
    [{ ACCORD_FILES_DIR: '/tmp/files' }, [], '/tmp/files'],
    [{ ACCORD_FILES_DIR: '/tmp/env' }, ['--web', '--files-dir', '/tmp/arg'], '/tmp/arg'],
    [{}, ['--files-dir=/tmp/eq'], '/tmp/eq'],
  ])('%j %j → %s', (env, argv, expected) => {
    expect(filesDirFrom(env, argv)).toBe(expected);
  });

  it('refuses an empty folder', () => {
    expect(() => filesDirFrom({ ACCORD_FILES_DIR: ' ' }, [])).toThrow(/files-dir/);
  });
});
