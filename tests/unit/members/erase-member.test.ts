/**
 * Erasure reaches storage: after a member is erased and the people doc's rows are
 * rewritten, no stored byte sequence holds their name, email or phone (nor an
 * earlier phone they replaced), while the member id is still there.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MemberDraft } from '../../../shared/model/members';
import { addMember, draftOf, getMember, newPeopleDoc, peopleDocId, updateMember } from '../../../shared/sync/people-doc';
import { buildMemberExport } from '../../../shared/model/member-export';
import { openPersistedDoc } from '../../../renderer/collab/persisted-doc';
import { SaveStatusHub } from '../../../renderer/collab/save-status-hub';
import { eraseMemberAndStorage, rewriteDocStorage } from '../../../renderer/features/members/erase-member';
import type { AccordDb } from '../../../renderer/storage/db';
import { freshDb } from '../storage/storage-test-helpers';

const NAME = 'Mariam Diallo';
const EMAIL = 'mariam@passerelles.example.org';
const PHONE = '+33 6 55 50 22 02';
const OLD_PHONE = '+33 6 55 50 11 11';
const SECRETS = [NAME, 'Mariam', EMAIL, PHONE, OLD_PHONE, 'Lyon office'];

const MARIAM: MemberDraft = {
  kind: 'individual',
  name: NAME,
  role: 'co-chair',
  voting: true,
  notes: 'Lyon office, Tuesdays',
  contacts: {
    email: { value: EMAIL, visibility: 'members', consent: true, consentOn: '2025-02-25' },
    phone: { value: OLD_PHONE, visibility: 'secretary', consent: false },
  },
};

const utf8 = (text: string) => new TextEncoder().encode(text);
function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Every stored byte of the doc: update rows and rows set aside as damaged. */
async function storedBytes(db: AccordDb, docId: string): Promise<Uint8Array[]> {
  const updates = await db.updates.where('docId').equals(docId).toArray();
  const quarantined = await db.quarantine.where('docId').equals(docId).toArray();
  return [...updates.map((row) => row.bytes), ...quarantined.map((row) => row.bytes as Uint8Array)];
}

async function storedContains(db: AccordDb, docId: string, text: string): Promise<boolean> {
  return (await storedBytes(db, docId)).some((bytes) => containsBytes(bytes, utf8(text)));
}

async function openPeople(db: AccordDb) {
  return openPersistedDoc(db, peopleDocId('ws_test'), { workspaceId: 'ws_test', hub: new SaveStatusHub(), doc: newPeopleDoc('ws_test') });
}

describe('erasing a member', () => {
  it('leaves no personal data in the stored updates, keeps the id, and survives a reload', async () => {
    const db = freshDb();
    const docId = peopleDocId('ws_test');
    const people = await openPeople(db);
    addMember(people.doc, 'person-07', MARIAM);
    addMember(people.doc, 'person-08', { ...MARIAM, name: 'Julien Moreau', notes: undefined, contacts: {} });
    await people.persistence.flush();
    // A later edit: the old phone now sits in an earlier stored row.
    const before = draftOf(getMember(people.doc, 'person-07')!);
    updateMember(people.doc, 'person-07', before, { ...before, contacts: { ...before.contacts, phone: { value: PHONE, visibility: 'secretary', consent: false } } });
    await people.persistence.flush();
    // A damaged row set aside holding the name, as quarantine would keep it.
    await db.quarantine.add({ docId, bytes: utf8(`broken ${NAME}`), reason: 'test', movedAt: 0 });

    for (const secret of SECRETS) expect(await storedContains(db, docId, secret), `stored before erasure: ${secret}`).toBe(true);

    const erased = await eraseMemberAndStorage(db, people, 'person-07', { placeholder: 'Erased member', erasedOn: '2025-06-01' });
    expect(erased).toBe(true);

    for (const secret of SECRETS) expect(await storedContains(db, docId, secret), `stored after erasure: ${secret}`).toBe(false);
    expect(await storedContains(db, docId, 'person-07')).toBe(true);
    expect(await storedContains(db, docId, 'Julien Moreau'), 'other members are kept').toBe(true);
    expect(await db.updates.where('docId').equals(docId).count()).toBe(1);
    await people.close();

    // Closing writes nothing that brings the data back; reopening shows the placeholder.
    for (const secret of SECRETS) expect(await storedContains(db, docId, secret), `stored after close: ${secret}`).toBe(false);
    const reopened = await openPeople(db);
    expect(reopened.report.corruptRows).toBe(0);
    expect(getMember(reopened.doc, 'person-07')).toMatchObject({ id: 'person-07', name: 'Erased member', erasedOn: '2025-06-01', contacts: {} });
    expect(getMember(reopened.doc, 'person-08')?.name).toBe('Julien Moreau');

    // Nor does any export.
    const exported = buildMemberExport([getMember(reopened.doc, 'person-07')!, getMember(reopened.doc, 'person-08')!], {
      audience: 'members',
      format: 'csv',
      labels: {
        title: 'Members',
        note: '',
        columns: { name: 'Name', kind: 'Kind', role: 'Role', represents: 'Represents', voting: 'Voting', country: 'Country', joinedOn: 'Joined', email: 'Email', phone: 'Phone', address: 'Address' },
        kinds: { organisation: 'Organisation', individual: 'Individual' },
        roles: { chair: 'Chair', 'co-chair': 'Co-chair', secretary: 'Secretary', treasurer: 'Treasurer', member: 'Member', observer: 'Observer' },
        represents: () => '',
        yes: 'Yes',
        no: 'No',
        country: (code) => code,
        date: (date) => date,
      },
      today: '2025-06-01',
      locale: 'en',
    });
    for (const secret of SECRETS) expect(exported).not.toContain(secret);
    await reopened.close();
  });

  it('without the rewrite the stored rows would still hold the data (why the rewrite exists)', async () => {
    const db = freshDb();
    const docId = peopleDocId('ws_test');
    const people = await openPeople(db);
    addMember(people.doc, 'person-07', MARIAM);
    await people.persistence.flush();
    const doc = people.doc;
    doc.transact(() => {
      const item = doc.getMap<Y.Map<unknown>>('members').get('person-07')!;
      for (const key of [...item.keys()]) item.delete(key);
    });
    await people.persistence.flush();
    expect(await storedContains(db, docId, EMAIL)).toBe(true);
    await rewriteDocStorage(db, docId, doc);
    expect(await storedContains(db, docId, EMAIL)).toBe(false);
    await people.close();
  });

  it('returns false for a member that does not exist, and changes nothing', async () => {
    const db = freshDb();
    const people = await openPeople(db);
    addMember(people.doc, 'person-07', MARIAM);
    await people.persistence.flush();
    const rows = await db.updates.count();
    expect(await eraseMemberAndStorage(db, people, 'nobody', { placeholder: 'Erased member', erasedOn: '2025-06-01' })).toBe(false);
    expect(await db.updates.count()).toBe(rows);
    await people.close();
  });
});
