/**
 * The people doc: a workspace's member register, in a Y.Doc of its own
 * (guid `<workspaceId>.people`). It holds personal data, so unlike documents that
 * keep history for named versions it garbage-collects deleted content: once a
 * value is overwritten or erased, the doc's own state no longer contains it.
 *
 * Each member is a Y.Map with one key per field (contact fields flattened as
 * `email`, `email.visibility`, `email.consent`, `email.consentOn`…), so two people
 * editing different fields of the same member at the same time both keep theirs.
 */
import * as Y from 'yjs';
import {
  CONTACT_FIELDS,
  isMemberKind,
  isMemberRole,
  isRepresentationRole,
  isVisibility,
  type ContactDetail,
  type Contacts,
  type Member,
  type MemberDraft,
} from '../model/members';

const MEMBERS = 'members';

export function peopleDocId(workspaceId: string): string {
  return `${workspaceId}.people`;
}

/** gc on: deleted personal data must not survive in the doc's state (Yjs' default, made explicit). */
export function newPeopleDoc(workspaceId: string): Y.Doc {
  return new Y.Doc({ guid: peopleDocId(workspaceId), gc: true });
}

function membersMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(MEMBERS);
}

type FieldValue = string | boolean;

/** A draft as the flat key → value pairs it is stored as; absent optional fields have no key. */
export function memberFields(draft: MemberDraft): Map<string, FieldValue> {
  const fields = new Map<string, FieldValue>();
  fields.set('kind', draft.kind);
  fields.set('name', draft.name);
  fields.set('role', draft.role);
  fields.set('voting', draft.voting);
  const optional = ['representationOf', 'representationRole', 'country', 'joinedOn', 'leftOn', 'notes'] as const;
  for (const key of optional) {
    const value = draft[key];
    if (value !== undefined) fields.set(key, value);
  }
  for (const field of CONTACT_FIELDS) {
    const detail = draft.contacts[field];
    if (!detail) continue;
    fields.set(field, detail.value);
    fields.set(`${field}.visibility`, detail.visibility);
    fields.set(`${field}.consent`, detail.consent);
    if (detail.consentOn !== undefined) fields.set(`${field}.consentOn`, detail.consentOn);
  }
  return fields;
}

export function addMember(doc: Y.Doc, id: string, draft: MemberDraft): void {
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    for (const [key, value] of memberFields(draft)) item.set(key, value);
    membersMap(doc).set(id, item);
  });
}

/**
 * Writes what changed between `before` (what the form started from) and `after`
 * (what the person saved), key by key; fields someone else changed meanwhile are
 * left as they are. Returns false for an unknown or erased member.
 */
export function updateMember(doc: Y.Doc, id: string, before: MemberDraft, after: MemberDraft): boolean {
  const item = membersMap(doc).get(id);
  if (!(item instanceof Y.Map) || item.has('erasedOn')) return false;
  const old = memberFields(before);
  const next = memberFields(after);
  doc.transact(() => {
    for (const [key, value] of next) if (old.get(key) !== value) item.set(key, value);
    for (const key of old.keys()) if (!next.has(key) && item.has(key)) item.delete(key);
  });
  return true;
}

/** Sets (or, with undefined, removes) single fields, e.g. marking a member as left. */
export function setMemberFields(doc: Y.Doc, id: string, fields: Partial<Record<'leftOn' | 'voting', FieldValue | undefined>>): boolean {
  const item = membersMap(doc).get(id);
  if (!(item instanceof Y.Map) || item.has('erasedOn')) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) item.delete(key);
      else if (item.get(key) !== value) item.set(key, value);
    }
  });
  return true;
}

export interface ErasureOptions {
  /** A neutral name in the interface language, e.g. "Erased member". */
  placeholder: string;
  erasedOn: string;
}

/**
 * Erases a member's personal data on request (GDPR): every field goes except the
 * id and the kind; the record stays, named `placeholder`, so decisions the member
 * took part in still point to someone. With gc on, the removed values leave the
 * doc's state at once; the stored updates must then be rewritten from that state
 * (the renderer's `rewriteDocStorage`). Returns false for an unknown member.
 */
export function eraseMember(doc: Y.Doc, id: string, options: ErasureOptions): boolean {
  const item = membersMap(doc).get(id);
  if (!(item instanceof Y.Map)) return false;
  doc.transact(() => {
    for (const key of [...item.keys()]) if (key !== 'kind') item.delete(key);
    item.set('name', options.placeholder);
    item.set('role', 'member');
    item.set('voting', false);
    item.set('erasedOn', options.erasedOn);
  });
  return true;
}

function readContact(item: Y.Map<unknown>, field: (typeof CONTACT_FIELDS)[number]): ContactDetail | undefined {
  const value = item.get(field);
  if (typeof value !== 'string' || value === '') return undefined;
  const visibility = item.get(`${field}.visibility`);
  const consent = item.get(`${field}.consent`) === true;
  const consentOn = item.get(`${field}.consentOn`);
  return {
    value,
    // Unknown or missing marks fall back to the most private one.
    visibility: isVisibility(visibility) ? visibility : 'secretary',
    consent,
    ...(typeof consentOn === 'string' ? { consentOn } : {}),
  };
}

/** One member from its map; malformed records (e.g. from a newer version) are skipped, not thrown on. */
export function readMember(id: string, item: unknown): Member | null {
  if (!(item instanceof Y.Map)) return null;
  const kind = item.get('kind');
  const name = item.get('name');
  if (!isMemberKind(kind) || typeof name !== 'string') return null;
  const role = item.get('role');
  const contacts: Contacts = {};
  for (const field of CONTACT_FIELDS) {
    const detail = readContact(item, field);
    if (detail) contacts[field] = detail;
  }
  const member: Member = { id, kind, name, role: isMemberRole(role) ? role : 'member', voting: item.get('voting') === true, contacts };
  const text = (key: string) => {
    const value = item.get(key);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const representationOf = text('representationOf');
  const representationRole = item.get('representationRole');
  if (representationOf !== undefined) {
    member.representationOf = representationOf;
    if (isRepresentationRole(representationRole)) member.representationRole = representationRole;
  }
  for (const key of ['country', 'joinedOn', 'leftOn', 'notes', 'erasedOn'] as const) {
    const value = text(key);
    if (value !== undefined) member[key] = value;
  }
  return member;
}

export function getMember(doc: Y.Doc, id: string): Member | null {
  return readMember(id, membersMap(doc).get(id));
}

export function listPeople(doc: Y.Doc): Member[] {
  const out: Member[] = [];
  membersMap(doc).forEach((item, id) => {
    const member = readMember(id, item);
    if (member) out.push(member);
  });
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** What a form edits: the member without its id and erasure mark. */
export function draftOf(member: Member): MemberDraft {
  const { id: _id, erasedOn: _erasedOn, ...draft } = member;
  return { ...draft, contacts: Object.fromEntries(Object.entries(draft.contacts).map(([field, detail]) => [field, { ...detail }])) };
}

export function observePeople(doc: Y.Doc, listener: () => void): () => void {
  const members = membersMap(doc);
  members.observeDeep(listener);
  return () => members.unobserveDeep(listener);
}

function erasedIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  membersMap(doc).forEach((item, id) => {
    if (item instanceof Y.Map && item.has('erasedOn')) ids.add(id);
  });
  return ids;
}

/**
 * Calls `onErasure` when an erasure made elsewhere (another computer, through
 * sync) arrives, so this computer rewrites its stored updates too: erasing on one
 * computer must not leave the data in the others' storage. Erasures made here are
 * left to the code that made them.
 */
export function watchRemoteErasures(doc: Y.Doc, onErasure: (memberIds: string[]) => void): () => void {
  let known = erasedIds(doc);
  const afterTransaction = (transaction: Y.Transaction) => {
    const now = erasedIds(doc);
    const fresh = [...now].filter((id) => !known.has(id));
    known = now;
    if (fresh.length > 0 && !transaction.local) onErasure(fresh);
  };
  doc.on('afterTransaction', afterTransaction);
  return () => doc.off('afterTransaction', afterTransaction);
}
