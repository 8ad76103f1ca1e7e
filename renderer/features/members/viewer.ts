import type { ViewerRole } from '../../../shared/model/members';

/** Who is looking at the register on this computer (from "who am I"), which decides the contact fields shown. */
export interface Viewer {
  role: ViewerRole;
  memberId: string | null;
}

/** The secretary edits anyone's contact details; a member edits their own. */
export function canEditContacts(viewer: Viewer, memberId: string): boolean {
  return viewer.role === 'secretary' || viewer.memberId === memberId;
}
