import type * as Y from 'yjs';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import type { Member } from '../../../shared/model/members';

/** What every page of a workspace's meetings, decisions and actions is given by the workspace screen. */
export interface WorkspacePageProps {
  workspaceId: string;
  /** The workspace's Y.Doc: meetings, proposals, the decision log and action items live in it. */
  doc: Y.Doc;
  /** The register, erased members already under their placeholder. */
  members: Member[];
  rules: DecisionRules;
  /** The current member this computer is ("who am I"), or null when nobody is chosen. */
  meId: string | null;
  /** An observer's workspace: everything shown, nothing changed. */
  readOnly: boolean;
}
