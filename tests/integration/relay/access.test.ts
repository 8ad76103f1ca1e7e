// Access by invite token (`access: 'tokens'`): first-use claim, grants and revocations by ACL frames,
// persisted across restarts, enforced on live connections, in plain and sealed rooms.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { startRelay, type Relay } from '../../../electron/relay/relay';
import { CloseCode, encodeAclUpdate, encodeSealedUpdate } from '../../../shared/sync/relay-protocol';
import { randomBytes, tokenHash } from '../../../shared/sync/sealing';
import { accord, rawClient, type RawClient } from './accord-client';
import { destroy, peer, synced, tempDir, waitFor, type Peer } from './helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const TOKENS = { owner: 'owner-tok-5c1e', editor: 'editor-tok-9a2b', reader: 'reader-tok-77d0', stranger: 'stranger-tok-0f3e' };
const ROOM = 'ws_acl/doc_1';

function raw(url: string, path: string, params: Record<string, string>): RawClient {
  const client = rawClient(url, path, params);
  cleanups.push(() => client.ws.terminate());
  return client;
}

function yPeer(url: string, token: string): Peer & { closes: Array<{ code: number; reason: string }> } {
  const p = Object.assign(peer(url, ROOM, { token }), { closes: [] as Array<{ code: number; reason: string }> });
  p.provider.on('closed', (event: { code: number; reason: string }) => p.closes.push({ code: event.code, reason: event.reason }));
  cleanups.push(() => destroy(p));
  return p;
}

async function closeReason(client: RawClient): Promise<string> {
  const { code, reason } = await client.closed;
  return `${code} ${reason}`;
}

describe('relay access by invite token', () => {
  it('claims on first use, grants and revokes by ACL frames, persists, and never stores or logs a token', async () => {
    const dataDir = tempDir();
    const lines: Array<Record<string, unknown>> = [];
    const start = () => startRelay({ port: 0, dataDir, access: 'tokens', log: (line) => lines.push(line) });
    let relay: Relay = await start();
    cleanups.push(() => relay.close());
    const hashes = Object.fromEntries(await Promise.all(Object.entries(TOKENS).map(async ([k, t]) => [k, await tokenHash(t)])));

    expect(await closeReason(raw(relay.url, ROOM, {}))).toBe('4401 no token');
    expect(await closeReason(raw(relay.url, ROOM, { token: '' }))).toBe('4401 no token');
    const owner = yPeer(relay.url, TOKENS.owner);
    await synced(owner);
    expect(await closeReason(raw(relay.url, ROOM, { token: TOKENS.stranger }))).toBe('4401 unknown invite');
    // The claim covers the whole space, not only this doc.
    expect(await closeReason(raw(relay.url, 'ws_acl/other_doc', { token: TOKENS.stranger }))).toBe('4401 unknown invite');

    const control = raw(relay.url, ROOM, accord(TOKENS.owner, 'plain'));
    await control.opened;
    control.send(encodeAclUpdate({ grant: [{ hash: hashes.editor, access: 'edit' }, { hash: hashes.reader, access: 'read' }] }));
    await waitFor(() => control.count('acl-applied') === 1, 'ACL applied');

    const editor = yPeer(relay.url, TOKENS.editor);
    const reader = yPeer(relay.url, TOKENS.reader);
    await Promise.all([synced(editor), synced(reader)]);
    owner.text.insert(0, 'owner ');
    editor.text.insert(0, 'editor ');
    await waitFor(() => reader.text.length === 13 && owner.text.toString() === editor.text.toString(), 'owner, editor and reader converge');
    reader.text.insert(0, 'FORGED ');
    await waitFor(() => reader.closes.length === 1, 'reader refused');
    expect(reader.closes[0].code).toBe(CloseCode.readOnly);

    // A reader may not change the ACL either.
    const readerControl = raw(relay.url, ROOM, accord(TOKENS.reader, 'plain'));
    await readerControl.opened;
    readerControl.send(encodeAclUpdate({ grant: [{ hash: hashes.stranger, access: 'edit' }] }));
    expect((await readerControl.closed).code).toBe(CloseCode.readOnly);

    // Revoking closes the editor's open connection, and it cannot come back.
    control.send(encodeAclUpdate({ revoke: [hashes.editor] }));
    await waitFor(() => editor.closes.length === 1, 'editor closed');
    expect(editor.closes[0]).toEqual({ code: CloseCode.unauthorized, reason: 'revoked' });
    expect(control.count('acl-applied')).toBe(2);
    expect(owner.provider.wsconnected).toBe(true);
    expect(await closeReason(raw(relay.url, ROOM, { token: TOKENS.editor }))).toBe('4401 revoked');

    // After a restart on the same folder, the same decisions.
    destroy(owner);
    await relay.close();
    relay = await start();
    const owner2 = yPeer(relay.url, TOKENS.owner);
    await synced(owner2);
    await waitFor(() => owner2.text.toString() === 'editor owner ' || owner2.text.toString() === 'owner editor ', 'owner still edits');
    expect(await closeReason(raw(relay.url, ROOM, { token: TOKENS.editor }))).toBe('4401 revoked');
    expect(await closeReason(raw(relay.url, ROOM, { token: TOKENS.stranger }))).toBe('4401 unknown invite');

    // Sealed rooms of the space follow the same ACL: a reader's sealed update is refused.
    const sealedReader = raw(relay.url, 'ws_acl/sealed_doc', accord(TOKENS.reader, 'sealed'));
    await waitFor(() => sealedReader.count('replay-done') === 1, 'reader joins the sealed room');
    sealedReader.send(encodeSealedUpdate(randomBytes(64)));
    expect((await sealedReader.closed).code).toBe(CloseCode.readOnly);
    const sealedOwner = raw(relay.url, 'ws_acl/sealed_doc', accord(TOKENS.owner, 'sealed'));
    await sealedOwner.opened;
    sealedOwner.send(encodeSealedUpdate(randomBytes(64)));
    await waitFor(() => sealedOwner.count('ack') === 1, 'owner writes the sealed room');

    // Only hashes are stored, and logs carry at most 8 hex of a hash.
    const stored = fs.readdirSync(dataDir).map((file) => fs.readFileSync(`${dataDir}/${file}`, 'latin1')).join('\n');
    const logged = JSON.stringify(lines);
    for (const token of Object.values(TOKENS)) {
      expect(stored).not.toContain(token);
      expect(logged).not.toContain(token);
    }
    expect(stored).toContain(hashes.owner);
    for (const hash of Object.values(hashes)) expect(logged).not.toContain(hash);
    const refusals = lines.filter((l) => l.event === 'open' && l.refused);
    expect(refusals.map((l) => l.refused)).toEqual(
      expect.arrayContaining(['no token', 'unknown invite', 'revoked']),
    );
    expect(refusals.find((l) => l.refused === 'revoked')?.tokenHash).toBe(hashes.editor.slice(0, 8));
    expect(lines.some((l) => l.event === 'revoked' && l.tokenHash === hashes.editor.slice(0, 8))).toBe(true);
    expect(lines.some((l) => l.event === 'space-claimed' && l.tokenHash === hashes.owner.slice(0, 8))).toBe(true);
  });

  it('changes the access of open connections when a grant changes it', async () => {
    const relay = await startRelay({ port: 0, dataDir: tempDir(), access: 'tokens' });
    cleanups.push(() => relay.close());
    const control = raw(relay.url, ROOM, accord(TOKENS.owner, 'sealed'));
    await control.opened;
    const editorHash = await tokenHash(TOKENS.editor);
    control.send(encodeAclUpdate({ grant: [{ hash: editorHash, access: 'edit' }] }));
    await waitFor(() => control.count('acl-applied') === 1, 'granted');
    const editor = raw(relay.url, ROOM, accord(TOKENS.editor, 'sealed'));
    await editor.opened;
    editor.send(encodeSealedUpdate(randomBytes(64)));
    await waitFor(() => editor.count('ack') === 1, 'editor writes');
    control.send(encodeAclUpdate({ grant: [{ hash: editorHash, access: 'read' }] }));
    await waitFor(() => control.count('acl-applied') === 2, 'downgraded');
    editor.send(encodeSealedUpdate(randomBytes(64)));
    expect((await editor.closed).code).toBe(CloseCode.readOnly);
  });

  it('lets an `authorize` callback decide instead of the ACL', async () => {
    const dataDir = tempDir();
    const relay = await startRelay({ port: 0, dataDir, access: 'tokens', authorize: (_room, token) => (token === 'let-me' ? 'edit' : null) });
    cleanups.push(() => relay.close());
    const p = yPeer(relay.url, 'let-me');
    await synced(p);
    expect(await closeReason(raw(relay.url, ROOM, { token: TOKENS.owner }))).toBe('4401 unauthorized');
    expect(fs.readdirSync(dataDir).some((f) => f.endsWith('.acl.json'))).toBe(false);
  });

  it("'open' admits everyone as an editor and claims nothing", async () => {
    const dataDir = tempDir();
    const relay = await startRelay({ port: 0, dataDir, access: 'open' });
    cleanups.push(() => relay.close());
    const a = yPeer(relay.url, TOKENS.owner);
    const b = peer(relay.url, ROOM);
    cleanups.push(() => destroy(b));
    await Promise.all([synced(a), synced(b)]);
    b.text.insert(0, 'no token needed');
    await waitFor(() => a.text.toString() === 'no token needed', 'synced without tokens');
    expect(fs.readdirSync(dataDir).some((f) => f.endsWith('.acl.json'))).toBe(false);
  });
});
