/**
 * Members in the workspace Y.Doc. A first, minimal register (name, kind, role)
 * so the example network has its member organisations; the full register
 * (delegates, consent-marked contacts, erasure) builds on this layout.
 */
import * as Y from 'yjs';

export type MemberKind = 'organisation' | 'individual';

export interface MemberSeed {
  id: string;
  name: string;
  kind: MemberKind;
  role: string;
  country?: string;
}

const MEMBERS = 'members';

export function writeMembers(doc: Y.Doc, members: readonly MemberSeed[]): void {
  doc.transact(() => {
    const map = doc.getMap<Y.Map<unknown>>(MEMBERS);
    for (const member of members) {
      const item = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(member)) if (key !== 'id' && value !== undefined) item.set(key, value);
      map.set(member.id, item);
    }
  });
}

export function listMembers(doc: Y.Doc): MemberSeed[] {
  const out: MemberSeed[] = [];
  doc.getMap<Y.Map<unknown>>(MEMBERS).forEach((item, id) => {
    if (!(item instanceof Y.Map)) return;
    const name = item.get('name');
    const kind = item.get('kind');
    const role = item.get('role');
    const country = item.get('country');
    if (typeof name !== 'string' || (kind !== 'organisation' && kind !== 'individual')) return;
    out.push({ id, name, kind, role: typeof role === 'string' ? role : 'member', ...(typeof country === 'string' ? { country } : {}) });
  });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
