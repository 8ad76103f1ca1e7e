import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MemberDraft } from '../../../shared/model/members';
import {
  addMember,
  draftOf,
  eraseMember,
  getMember,
  listPeople,
  newPeopleDoc,
  peopleDocId,
  setMemberFields,
  updateMember,
  watchRemoteErasures,
} from '../../../shared/sync/people-doc';
import { moveLegacyMembers } from '../../../shared/sync/workspace-members';

const KARIM: MemberDraft = {
  kind: 'individual',
  name: 'Karim Saleh',
  role: 'member',
  voting: true,
  representationOf: 'jisr',
  representationRole: 'delegate',
  joinedOn: '2023-03-01',
  notes: 'Speaks Arabic and German',
  contacts: {
    email: { value: 'karim@jisr.example.org', visibility: 'members', consent: true, consentOn: '2025-02-24' },
    phone: { value: '+49 151 5550 2201', visibility: 'secretary', consent: false },
  },
};

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const utf8 = (text: string) => new TextEncoder().encode(text);
function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe('people doc', () => {
  it('is its own garbage-collected doc per workspace', () => {
    const doc = newPeopleDoc('ws_1');
    expect(doc.guid).toBe('ws_1.people');
    expect(peopleDocId('ws_1')).toBe('ws_1.people');
    expect(doc.gc).toBe(true);
  });

  it('stores a member and reads it back the same', () => {
    const doc = newPeopleDoc('ws');
    addMember(doc, 'm1', KARIM);
    expect(getMember(doc, 'm1')).toEqual({ id: 'm1', ...KARIM });
    expect(draftOf(getMember(doc, 'm1')!)).toEqual(KARIM);
  });

  it('merges two people editing the same member at once, field by field', () => {
    const a = newPeopleDoc('ws');
    const b = newPeopleDoc('ws');
    addMember(a, 'm1', KARIM);
    sync(a, b);

    // Offline on both sides: A changes the phone and its mark, B the role and the notes.
    const base = draftOf(getMember(a, 'm1')!);
    updateMember(a, 'm1', base, {
      ...base,
      contacts: { ...base.contacts, phone: { value: '+49 151 5550 9999', visibility: 'members', consent: true, consentOn: '2025-03-01' } },
    });
    updateMember(b, 'm1', base, { ...base, role: 'treasurer', notes: undefined });
    sync(a, b);

    for (const doc of [a, b]) {
      const merged = getMember(doc, 'm1')!;
      expect(merged.role).toBe('treasurer');
      expect(merged.notes).toBeUndefined();
      expect(merged.contacts.phone).toEqual({ value: '+49 151 5550 9999', visibility: 'members', consent: true, consentOn: '2025-03-01' });
      expect(merged.contacts.email).toEqual(KARIM.contacts.email);
    }
  });

  it('writes only the fields that changed', () => {
    const doc = newPeopleDoc('ws');
    addMember(doc, 'm1', KARIM);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const base = draftOf(getMember(doc, 'm1')!);
    updateMember(doc, 'm1', base, base);
    expect(updates).toHaveLength(0);
    updateMember(doc, 'm1', base, { ...base, role: 'chair' });
    expect(updates).toHaveLength(1);
    expect(containsBytes(updates[0]!, utf8('Karim Saleh'))).toBe(false);
  });

  it('marks a member as left and keeps them in the register', () => {
    const doc = newPeopleDoc('ws');
    addMember(doc, 'm1', KARIM);
    expect(setMemberFields(doc, 'm1', { leftOn: '2025-05-31' })).toBe(true);
    expect(getMember(doc, 'm1')?.leftOn).toBe('2025-05-31');
    expect(listPeople(doc)).toHaveLength(1);
  });

  it('erases personal data from the doc state, keeping the id as a placeholder', () => {
    const doc = newPeopleDoc('ws');
    addMember(doc, 'm1', KARIM);
    // An earlier phone number, overwritten, is personal data too.
    const base = draftOf(getMember(doc, 'm1')!);
    updateMember(doc, 'm1', base, { ...base, contacts: { ...base.contacts, phone: { value: '+49 30 5550 0000', visibility: 'secretary', consent: false } } });

    expect(eraseMember(doc, 'm1', { placeholder: 'Erased member', erasedOn: '2025-06-01' })).toBe(true);
    expect(getMember(doc, 'm1')).toEqual({
      id: 'm1',
      kind: 'individual',
      name: 'Erased member',
      role: 'member',
      voting: false,
      erasedOn: '2025-06-01',
      contacts: {},
    });

    const state = Y.encodeStateAsUpdate(doc);
    for (const secret of ['Karim', 'karim@jisr.example.org', '5550 2201', '5550 0000', 'Speaks Arabic', 'jisr', '2023-03-01']) {
      expect(containsBytes(state, utf8(secret)), secret).toBe(false);
    }
    expect(containsBytes(state, utf8('m1'))).toBe(true);
    // Erased records cannot be edited back into life by a stale form.
    expect(updateMember(doc, 'm1', KARIM, { ...KARIM, name: 'Karim again' })).toBe(false);
  });

  it('skips malformed records instead of failing', () => {
    const doc = newPeopleDoc('ws');
    addMember(doc, 'ok', KARIM);
    const members = doc.getMap<unknown>('members');
    members.set('not-a-map', 'oops');
    const noKind = new Y.Map<unknown>();
    members.set('no-kind', noKind);
    noKind.set('name', 'Nameless');
    expect(listPeople(doc).map((member) => member.id)).toEqual(['ok']);
  });

  it('moves members an older version kept in the workspace doc, once', () => {
    const workspace = new Y.Doc();
    const legacy = workspace.getMap<Y.Map<unknown>>('members');
    workspace.transact(() => {
      for (const [id, name, kind, role] of [
        ['jisr', 'Jisr', 'organisation', 'chair'],
        ['riverside', 'Riverside', 'organisation', 'observer'],
        ['layla', 'Layla Mansour', 'individual', 'secretary'],
      ] as const) {
        const item = new Y.Map<unknown>();
        legacy.set(id, item);
        item.set('name', name);
        item.set('kind', kind);
        item.set('role', role);
        item.set('country', 'NL');
      }
    });
    const people = newPeopleDoc('ws');
    expect(moveLegacyMembers(workspace, people)).toBe(3);
    expect(legacy.size).toBe(0);
    expect(listPeople(people).map(({ id, role, voting, country }) => ({ id, role, voting, country }))).toEqual([
      { id: 'jisr', role: 'chair', voting: true, country: 'NL' },
      { id: 'layla', role: 'secretary', voting: false, country: 'NL' },
      { id: 'riverside', role: 'observer', voting: false, country: 'NL' },
    ]);
    expect(moveLegacyMembers(workspace, people)).toBe(0);
  });

  it('tells when an erasure made on another computer arrives, not when one is made here', () => {
    const here = newPeopleDoc('ws');
    const there = newPeopleDoc('ws');
    addMember(here, 'm1', KARIM);
    addMember(here, 'm2', { ...KARIM, name: 'Hana Yousef', representationRole: 'alternate' });
    sync(here, there);
    const seen: string[][] = [];
    const stop = watchRemoteErasures(here, (ids) => seen.push(ids));

    eraseMember(here, 'm1', { placeholder: 'Erased member', erasedOn: '2025-06-01' });
    expect(seen).toEqual([]);
    eraseMember(there, 'm2', { placeholder: 'Erased member', erasedOn: '2025-06-02' });
    sync(here, there);
    expect(seen).toEqual([['m2']]);
    stop();
  });
});

