// Who may join a space when the relay runs with `access: 'tokens'`. One ACL file per space:
// `<dataDir>/<first 40 hex of sha256(space)>.acl.json` = {version:1, grants:{[hash]: access}, revoked:[hash]}.
// Only hashes (hex sha256 of the token's UTF-8) are stored: the relay never keeps a token.
// A space without a file is unclaimed; the first token that joins it becomes its editor
// (trust on first use: space ids are unguessable). Files are replaced atomically and cached.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { AclUpdate } from '../../shared/sync/relay-protocol';
import { writeFileAtomic } from './atomic-file';
import type { Access } from './room';

export interface Acl {
  version: 1;
  grants: Record<string, Access>;
  revoked: string[];
}

export type Admission =
  | { access: Access; claimed: boolean }
  | { refused: 'no token' | 'revoked' | 'unknown invite' };

/** Spaces whose ACL stays in memory; the file is the truth, so evicting is always safe. */
const CACHE_LIMIT = 4096;
const HASH = /^[0-9a-f]{64}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function aclFileName(space: string): string {
  return createHash('sha256').update(space, 'utf8').digest('hex').slice(0, 40) + '.acl.json';
}

/** Thrown when an ACL file cannot be read or written; the relay refuses rather than guessing. */
export class AclStorageError extends Error {}

export class AccessControl {
  private readonly cache = new Map<string, Acl | null>();

  constructor(private readonly dataDir: string) {}

  /** Decides on a joining token; claims an unclaimed space for it. */
  admit(space: string, tokenHash: string | null): Admission {
    if (!tokenHash) return { refused: 'no token' };
    const acl = this.read(space);
    if (!acl) {
      this.write(space, { version: 1, grants: { [tokenHash]: 'edit' }, revoked: [] });
      return { access: 'edit', claimed: true };
    }
    if (acl.revoked.includes(tokenHash)) return { refused: 'revoked' };
    const access = acl.grants[tokenHash];
    return access ? { access, claimed: false } : { refused: 'unknown invite' };
  }

  /** The access a token has now (null when revoked or unknown). */
  accessOf(space: string, tokenHash: string): Access | null {
    const acl = this.read(space);
    if (!acl || acl.revoked.includes(tokenHash)) return null;
    return acl.grants[tokenHash] ?? null;
  }

  /** Applies and persists grants, then revocations (a hash in both ends up revoked). Granting a revoked hash restores it. */
  apply(space: string, update: AclUpdate): Acl {
    const current = this.read(space) ?? { version: 1, grants: {}, revoked: [] };
    const grants = { ...current.grants };
    const revoked = new Set(current.revoked);
    for (const { hash, access } of update.grant ?? []) {
      grants[hash] = access;
      revoked.delete(hash);
    }
    for (const hash of update.revoke ?? []) {
      delete grants[hash];
      revoked.add(hash);
    }
    const next: Acl = { version: 1, grants, revoked: [...revoked] };
    this.write(space, next);
    return next;
  }

  private file(space: string): string {
    return path.join(this.dataDir, aclFileName(space));
  }

  private read(space: string): Acl | null {
    if (this.cache.has(space)) return this.cache.get(space)!;
    let text: string;
    try {
      text = fs.readFileSync(this.file(space), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new AclStorageError((error as Error).message);
      this.remember(space, null);
      return null;
    }
    const acl = parseAcl(text);
    // A damaged file must not turn the space back into an unclaimed one.
    if (!acl) throw new AclStorageError('ACL file is damaged');
    this.remember(space, acl);
    return acl;
  }

  private write(space: string, acl: Acl): void {
    try {
      writeFileAtomic(this.file(space), Buffer.from(JSON.stringify(acl), 'utf8'));
    } catch (error) {
      this.cache.delete(space);
      throw new AclStorageError((error as Error).message);
    }
    this.remember(space, acl);
  }

  private remember(space: string, acl: Acl | null): void {
    this.cache.delete(space);
    this.cache.set(space, acl);
    if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
  }
}

function parseAcl(text: string): Acl | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const { version, grants, revoked } = (value ?? {}) as Record<string, unknown>;
  if (version !== 1 || typeof grants !== 'object' || grants === null || !Array.isArray(revoked)) return null;
  const clean: Record<string, Access> = {};
  for (const [hash, access] of Object.entries(grants)) {
    if (!HASH.test(hash) || (access !== 'edit' && access !== 'read')) return null;
    clean[hash] = access;
  }
  if (!revoked.every((hash) => typeof hash === 'string' && HASH.test(hash))) return null;
  return { version: 1, grants: clean, revoked: revoked as string[] };
}
