import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { CloseCode, FrameError, decodeFrame, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from '../../../shared/sync/relay-protocol';
import { TokenBucket } from '../../../electron/relay/rate-limit';

function clientFrame(write: (encoder: encoding.Encoder, doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'hello');
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder, doc);
  return encoding.toUint8Array(encoder);
}

describe('relay protocol', () => {
  it('decodes what y-protocols writes', () => {
    const step1 = decodeFrame(clientFrame((e, d) => syncProtocol.writeSyncStep1(e, d)));
    expect(step1.kind).toBe('sync-step1');
    const step2 = decodeFrame(clientFrame((e, d) => syncProtocol.writeSyncStep2(e, d)));
    expect(step2.kind).toBe('sync-step2');
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    const update = Y.encodeStateAsUpdate(doc);
    const frame = decodeFrame(clientFrame((e) => syncProtocol.writeUpdate(e, update)));
    expect(frame).toEqual({ kind: 'sync-update', update });
    expect(decodeFrame(new Uint8Array([1, 2, 7, 7]))).toEqual({ kind: 'awareness', payload: new Uint8Array([7, 7]) });
    expect(decodeFrame(new Uint8Array([3]))).toEqual({ kind: 'query-awareness' });
  });

  it('encodes frames y-protocols reads', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'abc');
    const big = new Uint8Array(300).fill(1);
    expect(decodeFrame(encodeSyncStep2(big))).toEqual({ kind: 'sync-step2', update: big });
    const sv = Y.encodeStateVector(doc);
    expect(decodeFrame(encodeSyncStep1(sv))).toEqual({ kind: 'sync-step1', stateVector: sv });
    const target = new Y.Doc();
    const update = Y.encodeStateAsUpdate(doc);
    const decoder = { arr: encodeSyncUpdate(update), pos: 1 };
    syncProtocol.readSyncMessage(decoder as never, encoding.createEncoder(), target, null);
    expect(target.getText('t').toString()).toBe('abc');
  });

  it('rejects malformed frames with 4400', () => {
    const bad = [[], [9], [0], [0, 5, 0], [0, 2, 10, 1], [0x80], [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [1], [1, 3, 0]];
    for (const bytes of bad) {
      let error: unknown;
      try {
        decodeFrame(new Uint8Array(bytes));
      } catch (caught) {
        error = caught;
      }
      expect(error, JSON.stringify(bytes)).toBeInstanceOf(FrameError);
      expect((error as FrameError).code).toBe(CloseCode.malformed);
    }
  });
});

describe('token bucket', () => {
  it('allows a burst then the refill rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 5, () => now);
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 10_000;
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });
});
