// Two computers (each its own IndexedDB, registry and sync engine) sharing a workspace through
// a real relay on a loopback port: the joiner receives everything, edits travel both ways,
// offline edits merge, the pending count reaches zero, and a sealed relay never sees text.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { startRelay, type Relay } from '../../../electron/relay/relay';
import { listDocumentEntries, readProfile } from '../../../shared/sync/workspace-doc';
import { listPeople, peopleDocId } from '../../../shared/sync/people-doc';
import { randomBytes, SALT_BYTES, SECRET_BYTES } from '../../../shared/sync/sealing';
import { newInviteToken } from '../../../shared/sync/invite';
import { DOCUMENT_ROOT_NAME } from '../../../shared/sync/document-doc';
import { exampleWorkspace } from '../../../shared/model/example-workspace';
import { templateFor } from '../../../shared/model/templates';
import { DocRegistry } from '../../../renderer/collab/doc-registry';
import { SaveStatusHub } from '../../../renderer/collab/save-status-hub';
import { WorkspaceSync } from '../../../renderer/collab/network/workspace-sync';
import type { AccordDb, SharingRow } from '../../../renderer/storage/db';
import { createWorkspace } from '../../../renderer/features/workspaces/workspace-actions';
import { freshDb } from '../../unit/storage/storage-test-helpers';
import { tempDir, waitFor } from '../relay/helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Computer {
  db: AccordDb;
  registry: DocRegistry;
  sync: WorkspaceSync;
}

function computer(sharing: SharingRow, name: string, db = freshDb()): Computer {
  const registry = new DocRegistry(db, new SaveStatusHub());
  const sync = new WorkspaceSync(sharing, {
    db,
    registry,
    WebSocketImpl: WebSocket as unknown as new (url: string) => globalThis.WebSocket,
    identity: () => ({ name, color: '#2563eb' }),
  });
  cleanups.push(() => sync.stop());
  return { db, registry, sync };
}

function sharingFor(workspaceId: string, relay: Relay, sealed: boolean, token = newInviteToken((bytes) => crypto.getRandomValues(bytes))): SharingRow {
  return {
    workspaceId,
    relayUrl: relay.url,
    token,
    access: 'edit',
    sealed,
    secret: randomBytes(SECRET_BYTES),
    salt: randomBytes(SALT_BYTES),
    enabled: true,
    hosting: false,
  };
}

async function exampleOn(db: AccordDb): Promise<string> {
  const example = exampleWorkspace('en');
  const { name, purpose, form, ...details } = example.profile;
  return createWorkspace({ db }, { name, purpose, form, details, rules: example.rules, members: example.members }, [
    { kind: 'terms-of-reference', title: 'Terms of Reference', blocks: templateFor('terms-of-reference', 'en') },
  ]);
}

function textOf(computer: Computer, docId: string): string {
  const doc = computer.registry.peek(docId);
  return doc ? doc.get(DOCUMENT_ROOT_NAME, Y.XmlText).toString() : '';
}

function filesUnder(dir: string): Buffer[] {
  return fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name)));
}

describe.each([false, true])('workspace sync (sealed: %s)', (sealed) => {
  it('a joiner receives the whole workspace, edits travel both ways and offline edits merge', async () => {
    const dataDir = tempDir('sync-');
    const relay = await startRelay({ port: 0, dataDir });
    cleanups.push(() => relay.close());

    const dbA = freshDb();
    const workspaceId = await exampleOn(dbA);
    const sharing = sharingFor(workspaceId, relay, sealed);
    const a = computer(sharing, 'Amina', dbA);
    await a.sync.start();
    // B starts from nothing but the sharing settings an invite carries.
    const b = computer({ ...sharing }, 'Bruno');
    await b.sync.start();

    await waitFor(() => {
      const doc = b.registry.peek(workspaceId);
      return !!doc && readProfile(doc)?.name === 'Horizon Diaspora Network' && listDocumentEntries(doc).length === 1;
    }, 'B receives the workspace doc');
    const documentId = listDocumentEntries(b.registry.peek(workspaceId)!)[0].id;
    await waitFor(() => textOf(b, documentId).length > 100 && textOf(b, documentId) === textOf(a, documentId), 'B receives the document');
    await waitFor(() => {
      const people = b.registry.peek(peopleDocId(workspaceId));
      return !!people && listPeople(people).length === exampleWorkspace('en').members.length;
    }, 'B receives the register');

    // Live edits both ways.
    const rootA = a.registry.peek(documentId)!.get(DOCUMENT_ROOT_NAME, Y.XmlText);
    rootA.insert(0, 'ZEBRA-FROM-A ');
    await waitFor(() => textOf(b, documentId).includes('ZEBRA-FROM-A'), 'A → B');

    await waitFor(() => a.sync.snapshot().pending === 0 && a.sync.snapshot().link.kind === 'online', 'A confirmed by the relay');

    // B goes offline; both edit; B comes back; both hold both edits.
    await b.sync.stop();
    rootA.insert(0, 'OFFLINE-A ');
    const b2 = computer({ ...sharing }, 'Bruno', b.db);
    const rootB = b2.registry.acquire(documentId, { workspaceId });
    await rootB.ready;
    rootB.doc.get(DOCUMENT_ROOT_NAME, Y.XmlText).insert(0, 'OFFLINE-B ');
    await b2.sync.start();
    await waitFor(() => {
      const textB = textOf(b2, documentId);
      return textB.includes('OFFLINE-A') && textB.includes('OFFLINE-B') && textB === textOf(a, documentId);
    }, 'offline edits merge');
    await waitFor(() => b2.sync.snapshot().pending === 0, 'B confirmed by the relay');
    await rootB.release();

    const presence = a.sync.presence().map((entry) => entry.name).sort();
    expect(presence).toContain('Amina');
    await waitFor(() => a.sync.presence().some((entry) => entry.name === 'Bruno'), 'A sees Bruno present');
    // Bruno closes the app: he leaves A's presence list.
    await b2.sync.stop();
    await waitFor(() => !a.sync.presence().some((entry) => entry.name === 'Bruno'), 'Bruno gone from A’s presence');

    if (sealed) {
      // What the relay stored never contains the text typed or the names in the register.
      for (const bytes of filesUnder(dataDir)) {
        for (const secret of ['ZEBRA-FROM-A', 'OFFLINE-A', 'Horizon Diaspora', 'Amina', 'Bruno']) {
          expect(bytes.includes(Buffer.from(secret))).toBe(false);
        }
      }
    }
  });
});
