/**
 * The first, minimal member register (name, kind, role, country) lived in the
 * workspace Y.Doc. Members are personal data and now live in the workspace's
 * people doc (`people-doc.ts`); this moves what an older workspace still holds.
 */
import * as Y from 'yjs';
import { isMemberKind, isMemberRole, type MemberDraft } from '../model/members';
import { addMember, getMember } from './people-doc';

const LEGACY_MEMBERS = 'members';

/**
 * Moves members found in the workspace doc to the people doc (those already there
 * are left alone) and removes them from the workspace doc. Returns how many moved.
 */
export function moveLegacyMembers(workspaceDoc: Y.Doc, peopleDoc: Y.Doc): number {
  const legacy = workspaceDoc.getMap<unknown>(LEGACY_MEMBERS);
  if (legacy.size === 0) return 0;
  let moved = 0;
  peopleDoc.transact(() => {
    legacy.forEach((item, id) => {
      if (!(item instanceof Y.Map) || getMember(peopleDoc, id)) return;
      const kind = item.get('kind');
      const name = item.get('name');
      const role = item.get('role');
      const country = item.get('country');
      if (!isMemberKind(kind) || typeof name !== 'string') return;
      const draft: MemberDraft = {
        kind,
        name,
        role: isMemberRole(role) ? role : 'member',
        voting: kind === 'organisation' && role !== 'observer',
        contacts: {},
        ...(typeof country === 'string' ? { country } : {}),
      };
      addMember(peopleDoc, id, draft);
      moved += 1;
    });
  });
  workspaceDoc.transact(() => {
    for (const id of [...legacy.keys()]) legacy.delete(id);
  });
  return moved;
}
