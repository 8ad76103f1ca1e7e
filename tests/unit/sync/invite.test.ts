import { describe, expect, it } from 'vitest';
import { encodeInviteCode, encodeInviteLink, InviteError, newInviteToken, parseInvite, type Invite } from '../../../shared/sync/invite';
import { seededRandom } from '../../../shared/model/seeded-random';

const random = seededRandom(7);
const fill = (bytes: Uint8Array) => {
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
};

function invite(overrides: Partial<Invite> = {}): Invite {
  return {
    relayUrl: 'wss://relay.example.org',
    workspaceId: 'ws_0123456789abcdef01234567',
    workspaceName: 'شبكة الأفق · Horizon',
    secret: fill(new Uint8Array(32)),
    salt: fill(new Uint8Array(16)),
    token: newInviteToken(fill),
    access: 'edit',
    sealed: true,
    ...overrides,
  };
}

function problemOf(text: string): string {
  try {
    parseInvite(text);
    return 'parsed';
  } catch (error) {
    return error instanceof InviteError ? error.problem : `threw ${String(error)}`;
  }
}

describe('invites', () => {
  it('round-trips through the link and the code, read-only and unsealed included', () => {
    for (const original of [invite(), invite({ access: 'read', sealed: false, relayUrl: 'ws://192.168.1.20:4455' })]) {
      for (const text of [encodeInviteLink(original), encodeInviteCode(original)]) expect(parseInvite(text)).toEqual(original);
    }
  });

  it('accepts what a chat or an e-mail does to a pasted invite: surrounding words, line breaks, lower case, O for 0', () => {
    const original = invite();
    const link = encodeInviteLink(original);
    expect(parseInvite(`Here is your invite: ${link} — see you Tuesday`)).toEqual(original);
    const code = encodeInviteCode(original);
    const mangled = code.toLowerCase().replace(/-/g, ' ').replace(/(.{30})/g, '$1\n').replace(/0/g, 'o');
    expect(parseInvite(mangled)).toEqual(original);
  });

  it('refuses empty input, foreign text, a changed or cut character, and a newer version, each with its reason', () => {
    const code = encodeInviteCode(invite());
    expect(problemOf('   ')).toBe('empty');
    expect(problemOf('https://example.org/join')).toBe('not-an-invite');
    expect(problemOf('ACCORD-!!!!')).toBe('not-an-invite');
    const at = 30;
    const changed = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    expect(problemOf(changed)).toBe('damaged');
    expect(problemOf(code.slice(0, code.length - 7))).toBe('damaged');
    expect(problemOf('accord://join#')).toBe('damaged');
  });

  it('refuses an invite whose relay address is not ws:// or wss://', () => {
    expect(problemOf(encodeInviteLink(invite({ relayUrl: 'https://relay.example.org' })))).toBe('bad-relay');
  });
});
