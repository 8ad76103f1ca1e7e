import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AccessControl, AclStorageError, aclFileName, hashToken } from '../../../electron/relay/access-control';
import { tokenHash } from '../../../shared/sync/sealing';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relay-acl-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('access control', () => {
  it('hashes tokens as the clients do', async () => {
    expect(hashToken('invité-🔑')).toBe(await tokenHash('invité-🔑'));
  });

  it('lets the first token claim a space, then admits only granted tokens', () => {
    const dir = tempDir();
    const acl = new AccessControl(dir);
    const [owner, reader, other] = ['owner-token', 'reader-token', 'other-token'].map(hashToken);
    expect(acl.admit('ws_1', null)).toEqual({ refused: 'no token' });
    expect(acl.admit('ws_1', owner)).toEqual({ access: 'edit', claimed: true });
    expect(acl.admit('ws_1', owner)).toEqual({ access: 'edit', claimed: false });
    expect(acl.admit('ws_1', other)).toEqual({ refused: 'unknown invite' });
    acl.apply('ws_1', { grant: [{ hash: reader, access: 'read' }, { hash: other, access: 'edit' }], revoke: [other] });
    expect(acl.admit('ws_1', reader)).toEqual({ access: 'read', claimed: false });
    expect(acl.admit('ws_1', other)).toEqual({ refused: 'revoked' });
    // Another space is claimed separately.
    expect(acl.admit('ws_2', other)).toEqual({ access: 'edit', claimed: true });

    // Persisted: a fresh instance (a restarted relay) reads the same decisions; the file holds hashes only.
    const again = new AccessControl(dir);
    expect(again.admit('ws_1', owner)).toEqual({ access: 'edit', claimed: false });
    expect(again.admit('ws_1', other)).toEqual({ refused: 'revoked' });
    expect(again.accessOf('ws_1', reader)).toBe('read');
    const text = fs.readFileSync(path.join(dir, aclFileName('ws_1')), 'utf8');
    expect(JSON.parse(text)).toEqual({ version: 1, grants: { [owner]: 'edit', [reader]: 'read' }, revoked: [other] });
    expect(text).not.toContain('token');
    expect(fs.readdirSync(dir).sort()).toEqual([aclFileName('ws_1'), aclFileName('ws_2')].sort());

    // Granting a revoked hash restores it.
    again.apply('ws_1', { grant: [{ hash: other, access: 'read' }] });
    expect(again.admit('ws_1', other)).toEqual({ access: 'read', claimed: false });
  });

  it('refuses rather than re-opening a space whose ACL file is damaged', () => {
    const dir = tempDir();
    new AccessControl(dir).admit('ws_1', hashToken('owner'));
    fs.writeFileSync(path.join(dir, aclFileName('ws_1')), '{"version":1,"grants":');
    expect(() => new AccessControl(dir).admit('ws_1', hashToken('intruder'))).toThrow(AclStorageError);
  });
});
