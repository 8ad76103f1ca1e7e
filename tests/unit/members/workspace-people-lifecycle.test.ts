/** A workspace's people doc is created with the workspace and removed with it, "who am I" choice included. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exampleWorkspace } from '../../../shared/model/example-workspace';
import { listPeople, newPeopleDoc, peopleDocId } from '../../../shared/sync/people-doc';
import { readDecisionRules, readProfile } from '../../../shared/sync/workspace-doc';
import { SaveStatusHub } from '../../../renderer/collab/save-status-hub';
import { openPersistedDoc } from '../../../renderer/collab/persisted-doc';
import { DocRegistry } from '../../../renderer/collab/doc-registry';
import { createWorkspace, deleteWorkspace } from '../../../renderer/features/workspaces/workspace-actions';
import { meStorageKey } from '../../../renderer/features/members/who-am-i';
import { freshDb } from '../storage/storage-test-helpers';

/** The renderer's localStorage, for Node. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('a workspace and its people doc', () => {
  it('creates the example with its profile, rules and register, and deletes all of it', async () => {
    const db = freshDb();
    const hub = new SaveStatusHub();
    const example = exampleWorkspace('en');
    const { name, purpose, form, ...details } = example.profile;
    const id = await createWorkspace({ db }, { name, purpose, form, details, rules: example.rules, members: example.members });

    const workspace = await openPersistedDoc(db, id, { workspaceId: id, hub });
    expect(readProfile(workspace.doc)).toMatchObject({ name, structure: 2, membership: 2, basis: ['issue'], languages: ['English', 'French', 'Arabic'] });
    expect(readDecisionRules(workspace.doc)).toEqual(example.rules);
    // The register is not in the workspace doc: its personal data lives in the people doc.
    expect(workspace.doc.getMap('members').size).toBe(0);
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(workspace.doc))).not.toContain('Karim Saleh');
    await workspace.close();

    const people = await openPersistedDoc(db, peopleDocId(id), { workspaceId: id, hub, doc: newPeopleDoc(id) });
    expect(listPeople(people.doc)).toHaveLength(example.members.length);
    await people.close();

    localStorage.setItem(meStorageKey(id), 'person-01');
    await deleteWorkspace({ db, docs: new DocRegistry(db, hub) }, id);
    expect(await db.updates.where('docId').anyOf([id, peopleDocId(id)]).count()).toBe(0);
    expect(await db.docMeta.where('workspaceId').equals(id).count()).toBe(0);
    expect(await db.workspaces.get(id)).toBeUndefined();
    expect(localStorage.getItem(meStorageKey(id))).toBeNull();
  });
});
