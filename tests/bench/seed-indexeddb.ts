/**
 * (Functions passed to page.evaluate declare no named inner functions: tsx's
 * esbuild would wrap them in a `__name` helper that does not exist in the page.)
 *
 * Writes fixtures straight into the app's IndexedDB ("accord", Dexie schema in
 * renderer/storage/db.ts) with the raw IndexedDB API inside the page, and reads
 * update rows back. Used by the benchmarks and reusable by end-to-end specs: the
 * rows are exactly what the app itself would have stored (Y.Doc snapshots built with
 * the same helpers), so nothing in the app is mocked.
 *
 * The app must have opened (and so created) the database first: visit it once.
 */
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import type { BlockList } from '../../shared/model/template';
import type { CollaborationForm } from '../../shared/model/workspace';
import type { DocumentKind } from '../../shared/model/document';
import { addDocumentEntry, writeProfile } from '../../shared/sync/workspace-doc';
import { writeBlocksToYDoc } from '../../renderer/editor/blocks/blocks-to-ydoc';
import type { DocMetaRow, UpdateKind, WorkspaceIndexRow } from '../../renderer/storage/db';

export const APP_DATABASE = 'accord';

export interface SeedDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  blocks: BlockList;
}

export interface SeedWorkspace {
  id: string;
  name: string;
  purpose: string;
  form: CollaborationForm;
  documents: SeedDocument[];
}

/** An `updates` row with its bytes as base64, so it crosses into the page cheaply. */
interface EncodedUpdateRow {
  docId: string;
  base64: string;
  kind: UpdateKind;
  createdAt: number;
}

export interface SeedRows {
  updates: EncodedUpdateRow[];
  workspaces: WorkspaceIndexRow[];
  docMeta: DocMetaRow[];
}

export interface StoredUpdate {
  id: number;
  kind: string;
  createdAt: number;
  bytes: Uint8Array;
}

/** Builds the rows the app would hold for `workspace`: one snapshot per Y.Doc plus the derived index rows. */
export function buildWorkspaceRows(workspace: SeedWorkspace, now = Date.now()): SeedRows {
  const workspaceDoc = new Y.Doc({ guid: workspace.id });
  writeProfile(workspaceDoc, { name: workspace.name, purpose: workspace.purpose, form: workspace.form, createdAt: now });
  const updates: EncodedUpdateRow[] = [];
  const docMeta: DocMetaRow[] = [];
  for (const document of workspace.documents) {
    addDocumentEntry(workspaceDoc, { id: document.id, title: document.title, kind: document.kind, createdAt: now });
    const content = new Y.Doc({ guid: document.id });
    writeBlocksToYDoc(content, document.blocks);
    const snapshot = Y.encodeStateAsUpdate(content);
    content.destroy();
    updates.push({ docId: document.id, base64: Buffer.from(snapshot).toString('base64'), kind: 'snapshot', createdAt: now });
    docMeta.push({ docId: document.id, workspaceId: workspace.id, lastEditAt: now, snapshotBytes: snapshot.byteLength, updatedAt: now });
  }
  const workspaceSnapshot = Y.encodeStateAsUpdate(workspaceDoc);
  workspaceDoc.destroy();
  updates.push({ docId: workspace.id, base64: Buffer.from(workspaceSnapshot).toString('base64'), kind: 'snapshot', createdAt: now });
  docMeta.push({ docId: workspace.id, workspaceId: workspace.id, lastEditAt: now, snapshotBytes: workspaceSnapshot.byteLength, updatedAt: now });
  const workspaces: WorkspaceIndexRow[] = [
    { id: workspace.id, name: workspace.name, purpose: workspace.purpose, form: workspace.form, createdAt: now, updatedAt: now, isExample: false },
  ];
  return { updates, workspaces, docMeta };
}

/** Waits until the app has created its database with the stores these helpers write to. */
export async function waitForAppDatabase(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(
    async (name) => {
      const known = await indexedDB.databases();
      if (!known.some((entry) => entry.name === name)) return false;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const ready = ['updates', 'workspaces', 'docMeta'].every((store) => db.objectStoreNames.contains(store));
      db.close();
      return ready;
    },
    APP_DATABASE,
    { timeout: timeoutMs, polling: 100 },
  );
}

/** Adds the rows in one read-write transaction (all or nothing). */
export async function writeRows(page: Page, rows: SeedRows): Promise<void> {
  await page.evaluate(
    async ({ name, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(['updates', 'workspaces', 'docMeta'], 'readwrite');
          for (const row of rows.updates) {
            const bytes = Uint8Array.from(atob(row.base64), (char) => char.charCodeAt(0));
            transaction.objectStore('updates').add({ docId: row.docId, bytes, kind: row.kind, createdAt: row.createdAt });
          }
          for (const row of rows.workspaces) transaction.objectStore('workspaces').put(row);
          for (const row of rows.docMeta) transaction.objectStore('docMeta').put(row);
          transaction.oncomplete = () => resolve();
          transaction.onabort = () => reject(transaction.error ?? new Error('seed transaction aborted'));
        });
      } finally {
        db.close();
      }
    },
    { name: APP_DATABASE, rows },
  );
}

/** Builds and writes a whole workspace; returns the rows' sizes for the record. */
export async function seedWorkspace(page: Page, workspace: SeedWorkspace): Promise<{ snapshotBytes: Record<string, number> }> {
  const rows = buildWorkspaceRows(workspace);
  await writeRows(page, rows);
  const snapshotBytes: Record<string, number> = {};
  for (const row of rows.updates) snapshotBytes[row.docId] = Buffer.from(row.base64, 'base64').byteLength;
  return { snapshotBytes };
}

/** Every `updates` row of one document, oldest first. */
export async function readUpdateRows(page: Page, docId: string): Promise<StoredUpdate[]> {
  const rows = await page.evaluate(
    async ({ name, docId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const found = await new Promise<{ id: number; kind: string; createdAt: number; bytes: unknown }[]>((resolve, reject) => {
          const request = db.transaction('updates').objectStore('updates').index('docId').getAll(IDBKeyRange.only(docId));
          request.onsuccess = () => resolve(request.result as { id: number; kind: string; createdAt: number; bytes: unknown }[]);
          request.onerror = () => reject(request.error);
        });
        return found.map((row) => ({
          id: row.id,
          kind: row.kind,
          createdAt: row.createdAt,
          bytes: row.bytes instanceof Uint8Array ? Array.from(row.bytes) : [],
        }));
      } finally {
        db.close();
      }
    },
    { name: APP_DATABASE, docId },
  );
  return rows
    .map((row) => ({ id: row.id, kind: row.kind, createdAt: row.createdAt, bytes: Uint8Array.from(row.bytes) }))
    .sort((a, b) => a.id - b.id);
}
