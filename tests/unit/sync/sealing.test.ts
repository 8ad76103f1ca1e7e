import { describe, expect, it } from 'vitest';
import { deriveRoomKey, randomBytes, SALT_BYTES, SealError, SECRET_BYTES, seal, tokenHash, unseal } from '../../../shared/sync/sealing';

const text = (s: string) => new TextEncoder().encode(s);

describe('sealing', () => {
  it('opens with the same room key only, never as another kind, and never twice the same bytes', async () => {
    const secret = randomBytes(SECRET_BYTES);
    const salt = randomBytes(SALT_BYTES);
    const key = await deriveRoomKey(secret, salt, 'ws_a/doc_1');
    const plaintext = text('Article 4: decisions by consent');
    const a = await seal(key, 'update', plaintext);
    const b = await seal(key, 'update', plaintext);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false); // a fresh IV each time
    expect(Buffer.from(a).includes(Buffer.from('consent'))).toBe(false);
    expect(await unseal(key, 'update', a)).toEqual(plaintext);

    await expect(unseal(key, 'awareness', a)).rejects.toBeInstanceOf(SealError);
    await expect(unseal(await deriveRoomKey(secret, salt, 'ws_a/doc_2'), 'update', a)).rejects.toBeInstanceOf(SealError);
    await expect(unseal(await deriveRoomKey(secret, randomBytes(SALT_BYTES), 'ws_a/doc_1'), 'update', a)).rejects.toBeInstanceOf(SealError);
    const tampered = a.slice();
    tampered[tampered.length - 1] ^= 1;
    await expect(unseal(key, 'update', tampered)).rejects.toBeInstanceOf(SealError);
    await expect(unseal(key, 'update', a.subarray(0, 10))).rejects.toBeInstanceOf(SealError);
  });

  it('hashes tokens as the relay does (hex SHA-256 of the UTF-8)', async () => {
    expect(await tokenHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
