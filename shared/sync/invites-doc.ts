/**
 * The invites of a shared workspace, kept in the workspace's Y.Doc so every editing member
 * sees them and can revoke one. Only the hash of each invite's token is kept (the relay
 * stores the same hash); whoever holds the invite itself holds the token.
 */
import * as Y from 'yjs';
import type { InviteAccess } from './invite';
import type { AclUpdate } from './relay-protocol';

export interface InviteRecord {
  id: string;
  label: string;
  access: InviteAccess;
  tokenHash: string;
  createdAt: number;
  revokedAt: number | null;
}

const INVITES = 'invites';

function invitesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(INVITES);
}

export function addInviteRecord(doc: Y.Doc, record: InviteRecord): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(record)) entry.set(key, value);
    invitesMap(doc).set(record.id, entry);
  });
}

export function revokeInviteRecord(doc: Y.Doc, id: string, at: number): void {
  const entry = invitesMap(doc).get(id);
  if (entry && entry.get('revokedAt') == null) entry.set('revokedAt', at);
}

/** Forgets every invite: for a copy of the workspace, which is shared with nobody yet. */
export function clearInviteRecords(doc: Y.Doc): void {
  const invites = invitesMap(doc);
  doc.transact(() => {
    for (const id of [...invites.keys()]) invites.delete(id);
  });
}

export function listInviteRecords(doc: Y.Doc): InviteRecord[] {
  const out: InviteRecord[] = [];
  for (const [id, entry] of invitesMap(doc)) {
    if (!(entry instanceof Y.Map)) continue;
    const tokenHash = entry.get('tokenHash');
    const access = entry.get('access');
    if (typeof tokenHash !== 'string' || !/^[0-9a-f]{64}$/.test(tokenHash) || (access !== 'edit' && access !== 'read')) continue;
    const label = entry.get('label');
    const createdAt = entry.get('createdAt');
    const revokedAt = entry.get('revokedAt');
    out.push({
      id,
      label: typeof label === 'string' ? label : '',
      access,
      tokenHash,
      createdAt: typeof createdAt === 'number' ? createdAt : 0,
      revokedAt: typeof revokedAt === 'number' ? revokedAt : null,
    });
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}

/** What the relay must know: every live invite granted, every revoked one revoked. */
export function aclFromInvites(records: readonly InviteRecord[]): AclUpdate {
  return {
    grant: records.filter((record) => record.revokedAt === null).map(({ tokenHash, access }) => ({ hash: tokenHash, access })),
    revoke: records.filter((record) => record.revokedAt !== null).map((record) => record.tokenHash),
  };
}

export function observeInvites(doc: Y.Doc, listener: () => void): () => void {
  const map = invitesMap(doc);
  map.observeDeep(listener);
  return () => map.unobserveDeep(listener);
}
