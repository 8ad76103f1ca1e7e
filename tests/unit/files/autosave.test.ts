/**
 * Autosave against real storage (fake-indexeddb), the real doc registry and a fake
 * bridge: start-up catch-up, saving after changes (debounced, with a ceiling under
 * continuous typing), and retrying a failed save (disk full) until it succeeds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AccordBridge, BridgeResult } from '../../../shared/ipc/contract';
import { decodeAccordFile } from '../../../shared/files/accord-file';
import { listDocumentEntries } from '../../../shared/sync/workspace-doc';
import { DocRegistry } from '../../../renderer/collab/doc-registry';
import { SaveStatusHub } from '../../../renderer/collab/save-status-hub';
import { WorkspaceAutosave, type AutosaveStatus } from '../../../renderer/features/files/autosave';
import { base64ToBytes } from '../../../renderer/features/files/base64';
import { createWorkspace } from '../../../renderer/features/workspaces/workspace-actions';
import { freshDb } from '../storage/storage-test-helpers';

interface Saved {
  workspaceId: string;
  name: string;
  bytes: Uint8Array;
  at: number;
}

function fakeBridge() {
  const saves: Saved[] = [];
  const state = { failWith: null as null | string };
  const bridge: AccordBridge = {
    async invoke(channel, args) {
      if (channel === 'app:get-info') return { ok: true, value: { name: 'Accord', version: '9.9.9', shell: 'browser', platform: 'test' } } as BridgeResult<never>;
      if (channel === 'files:save-workspace') {
        if (state.failWith) return { ok: false, error: { code: state.failWith, message: state.failWith } } as unknown as BridgeResult<never>;
        const { workspaceId, name, bytes } = args as { workspaceId: string; name: string; bytes: string };
        const at = Date.now();
        saves.push({ workspaceId, name, bytes: base64ToBytes(bytes), at });
        return { ok: true, value: { path: `/accord/${name}.accord`, savedAt: at } } as BridgeResult<never>;
      }
      return { ok: false, error: { code: 'not-supported', message: channel } };
    },
    on: () => () => {},
  };
  return { bridge, saves, state };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) };
}

function until(autosave: WorkspaceAutosave, workspaceId: string, predicate: (status: AutosaveStatus) => boolean, timeoutMs = 5_000): Promise<AutosaveStatus> {
  const now = autosave.status(workspaceId);
  if (predicate(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`status never matched; last ${JSON.stringify(autosave.status(workspaceId))}`)), timeoutMs);
    const stop = autosave.subscribe((id, status) => {
      if (id !== workspaceId || !predicate(status)) return;
      clearTimeout(timer);
      stop();
      resolve(status);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function setUp(options: { quietMs?: number; maxWaitMs?: number } = {}) {
  const db = freshDb();
  await db.open();
  const hub = new SaveStatusHub();
  const docs = new DocRegistry(db, hub);
  const fake = fakeBridge();
  const workspaceId = await createWorkspace({ db }, { name: 'Riverside Tenants', purpose: '', form: 'network' }, [
    { kind: 'note', title: 'Notes', blocks: [{ type: 'paragraph', text: 'Hello' }] },
  ]);
  const autosave = new WorkspaceAutosave({ db, docs, hub, bridge: fake.bridge }, { quietMs: options.quietMs ?? 60, maxWaitMs: options.maxWaitMs ?? 10_000, retryDelaysMs: [40, 80], startupDelayMs: 0, storage: memoryStorage() });
  stops.push(autosave.start());
  return { db, docs, autosave, workspaceId, ...fake };
}

describe('autosave', () => {
  it('saves a workspace never saved at start-up, with every doc in the file', async () => {
    const { autosave, workspaceId, saves } = await setUp();
    const status = await until(autosave, workspaceId, (value) => value.state === 'idle' && value.last !== null);
    expect(status.last?.path).toBe('/accord/Riverside Tenants.accord');
    expect(saves).toHaveLength(1);
    const decoded = await decodeAccordFile(saves[0]!.bytes);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.content.workspaceId).toBe(workspaceId);
    expect(decoded.content.appVersion).toBe('9.9.9');
    const workspace = new Y.Doc();
    Y.applyUpdate(workspace, decoded.content.parts.find((part) => part.kind === 'workspace')!.update);
    const [notes] = listDocumentEntries(workspace);
    expect(decoded.content.parts.map((part) => part.docId)).toContain(notes!.id);
  });

  it('saves once changes have been quiet a moment, and includes what is only in memory', async () => {
    const { autosave, workspaceId, saves, docs } = await setUp({ quietMs: 400 });
    await until(autosave, workspaceId, (value) => value.state === 'idle' && value.last !== null);
    const lease = docs.acquire(workspaceId, { workspaceId });
    const doc = (await lease.ready).doc;
    for (let n = 0; n < 3; n++) {
      doc.getMap('profile').set('purpose', `edit ${n}`);
      await sleep(10);
    }
    expect(autosave.status(workspaceId).state).toBe('pending');
    await until(autosave, workspaceId, (value) => value.state === 'idle' && saves.length === 2);
    expect(saves).toHaveLength(2); // three quick edits, one save
    const decoded = await decodeAccordFile(saves[1]!.bytes);
    if (!decoded.ok) throw new Error(decoded.problem);
    const saved = new Y.Doc();
    Y.applyUpdate(saved, decoded.content.parts.find((part) => part.kind === 'workspace')!.update);
    expect(saved.getMap('profile').get('purpose')).toBe('edit 2');
    await lease.release();
  });

  it('still saves under continuous typing, at the latest after the longest wait', async () => {
    const { autosave, workspaceId, saves, docs } = await setUp({ quietMs: 200, maxWaitMs: 150 });
    await until(autosave, workspaceId, (value) => value.state === 'idle' && value.last !== null);
    const lease = docs.acquire(workspaceId, { workspaceId });
    const doc = (await lease.ready).doc;
    const started = Date.now();
    while (Date.now() - started < 600) {
      doc.getMap('profile').set('purpose', `typing ${Date.now()}`);
      await sleep(20);
    }
    expect(saves.length).toBeGreaterThanOrEqual(2); // never quiet for 200 ms, saved anyway
    await lease.release();
  });

  it('retries a failed save (disk full) until it succeeds, showing why meanwhile', async () => {
    const { autosave, workspaceId, saves, state } = await setUp();
    state.failWith = 'disk-full';
    const failed = await until(autosave, workspaceId, (value) => value.state === 'failed');
    expect(failed.state === 'failed' && failed.reason).toBe('disk-full');
    await sleep(60); // one retry fails too
    expect(autosave.status(workspaceId).state).toBe('failed');
    state.failWith = null;
    await until(autosave, workspaceId, (value) => value.state === 'idle' && value.last !== null);
    expect(saves).toHaveLength(1);
  });
});
