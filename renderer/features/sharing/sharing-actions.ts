/**
 * What turning sharing on and off, inviting, revoking and joining do. UI code calls these;
 * the sync engine and the relay do the rest.
 */
import type * as Y from 'yjs';
import type { AccordBridge, RelayHostStatus } from '../../../shared/ipc/contract';
import { encodeInviteCode, encodeInviteLink, newInviteToken, type Invite, type InviteAccess } from '../../../shared/sync/invite';
import { addInviteRecord, revokeInviteRecord } from '../../../shared/sync/invites-doc';
import { randomBytes, SALT_BYTES, SECRET_BYTES, tokenHash } from '../../../shared/sync/sealing';
import { newId } from '../../../shared/model/ids';
import type { AccordDb, SharingRow } from '../../storage/db';
import type { SyncManager } from '../../collab/network/sync-manager';
import type { WorkspaceSync } from '../../collab/network/workspace-sync';

interface Deps {
  db: AccordDb;
  bridge: AccordBridge;
  sync: SyncManager;
}

export type ShareOptions = { mode: 'host'; port: number; sealed: boolean } | { mode: 'relay'; relayUrl: string; sealed: boolean };

export type ShareResult = { ok: true } | { ok: false; host: RelayHostStatus | null };

const fillRandom = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

/** How long creating an invite waits for the relay to confirm it knows the new token. */
const INVITE_CONFIRM_MS = 5000;

export async function startSharing({ db, bridge, sync }: Deps, workspaceId: string, options: ShareOptions): Promise<ShareResult> {
  let relayUrl: string;
  if (options.mode === 'host') {
    const started = await bridge.invoke('relay:start-host', { port: options.port });
    if (!started.ok) return { ok: false, host: null };
    if (!started.value.running || started.value.addresses.length === 0) return { ok: false, host: started.value };
    relayUrl = started.value.addresses[0]!;
  } else {
    relayUrl = options.relayUrl;
  }
  // Turning sharing on again keeps the workspace's key and this computer's token: the
  // relay and the members who joined know them. A new relay gets the same space.
  const previous = await db.sharing.get(workspaceId);
  const row: SharingRow = previous
    ? { ...previous, relayUrl, hosting: options.mode === 'host', enabled: true }
    : {
        workspaceId,
        relayUrl,
        token: newInviteToken(fillRandom),
        access: 'edit',
        sealed: options.sealed,
        secret: randomBytes(SECRET_BYTES),
        salt: randomBytes(SALT_BYTES),
        enabled: true,
        hosting: options.mode === 'host',
      };
  await sync.enable(row);
  return { ok: true };
}

export async function stopSharing({ bridge, sync }: Deps, workspaceId: string): Promise<void> {
  const hosting = sync.get(workspaceId)?.sharing.hosting ?? false;
  await sync.disable(workspaceId);
  // The hosted relay serves every workspace this computer shares through it.
  if (hosting && !(await anotherWorkspaceHosts(sync, workspaceId))) await bridge.invoke('relay:stop-host', undefined);
}

async function anotherWorkspaceHosts(sync: SyncManager, except: string): Promise<boolean> {
  return sync.running().some((running) => running.workspaceId !== except && running.sharing.hosting);
}

export interface CreatedInvite {
  invite: Invite;
  link: string;
  code: string;
  /** Whether the relay confirmed it knows the invite (false: it will once this computer is online). */
  registered: boolean;
}

export async function createInvite(
  workspaceSync: WorkspaceSync,
  workspaceDoc: Y.Doc,
  input: { label: string; access: InviteAccess; workspaceName: string },
): Promise<CreatedInvite> {
  const { sharing } = workspaceSync;
  const token = newInviteToken(fillRandom);
  addInviteRecord(workspaceDoc, {
    id: newId('inv', fillRandom),
    label: input.label.trim(),
    access: input.access,
    tokenHash: await tokenHash(token),
    createdAt: Date.now(),
    revokedAt: null,
  });
  const invite: Invite = {
    relayUrl: sharing.relayUrl,
    workspaceId: sharing.workspaceId,
    workspaceName: input.workspaceName,
    secret: sharing.secret,
    salt: sharing.salt,
    token,
    access: input.access,
    sealed: sharing.sealed,
  };
  const registered = await Promise.race([
    workspaceSync.pushAcl().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), INVITE_CONFIRM_MS)),
  ]);
  return { invite, link: encodeInviteLink(invite), code: encodeInviteCode(invite), registered };
}

/** The invite stops working at once on the relay; its holder's computer keeps what it has. */
export function revokeInvite(workspaceDoc: Y.Doc, inviteId: string): void {
  revokeInviteRecord(workspaceDoc, inviteId, Date.now());
}

/** Adds the invite's workspace to this computer (or updates its sharing) and starts syncing it. */
export async function joinWorkspace({ db, sync }: Deps, invite: Invite): Promise<{ already: boolean }> {
  const now = Date.now();
  const existing = await db.workspaces.get(invite.workspaceId);
  if (!existing) {
    await db.workspaces.put({
      id: invite.workspaceId,
      name: invite.workspaceName,
      purpose: '',
      form: 'network',
      createdAt: now,
      updatedAt: now,
      isExample: false,
    });
  }
  await sync.enable({
    workspaceId: invite.workspaceId,
    relayUrl: invite.relayUrl,
    token: invite.token,
    access: invite.access,
    sealed: invite.sealed,
    secret: invite.secret,
    salt: invite.salt,
    enabled: true,
    hosting: false,
  });
  return { already: !!existing };
}
