import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { AwarenessOwners, decodeAwarenessUpdate, encodeAwarenessRemoval } from '../../../electron/relay/awareness';
import { FrameError, decodeFrame } from '../../../shared/sync/relay-protocol';

describe('plain awareness tracking', () => {
  it('reads what y-protocols writes, and its removal frame removes the states in a real Awareness', () => {
    const a = new awarenessProtocol.Awareness(new Y.Doc());
    a.setLocalState({ user: 'a' });
    a.setLocalState({ user: 'a2' });
    const entries = decodeAwarenessUpdate(awarenessProtocol.encodeAwarenessUpdate(a, [a.clientID]));
    expect(entries).toEqual([{ clientID: a.clientID, clock: a.meta.get(a.clientID)!.clock, removed: false }]);

    const observer = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(observer, awarenessProtocol.encodeAwarenessUpdate(a, [a.clientID]), 'test');
    expect(observer.getStates().get(a.clientID)).toEqual({ user: 'a2' });

    const owners = new AwarenessOwners<string>();
    owners.update('conn-a', entries);
    const frame = decodeFrame(encodeAwarenessRemoval(owners.release('conn-a')));
    expect(frame.kind).toBe('awareness');
    awarenessProtocol.applyAwarenessUpdate(observer, (frame as { payload: Uint8Array }).payload, 'relay');
    expect(observer.getStates().has(a.clientID)).toBe(false);
    expect(owners.release('conn-a').size).toBe(0);

    a.setLocalState(null);
    expect(decodeAwarenessUpdate(awarenessProtocol.encodeAwarenessUpdate(a, [a.clientID]))[0].removed).toBe(true);
  });

  it('attributes a client to the connection that announced it first, not to one relaying a copy', () => {
    const owners = new AwarenessOwners<string>();
    owners.update('a', [{ clientID: 7, clock: 3, removed: false }]);
    owners.update('b', [{ clientID: 7, clock: 3, removed: false }]);
    expect([...owners.release('b')]).toEqual([]);
    owners.update('a', [{ clientID: 7, clock: 4, removed: true }]);
    expect([...owners.release('a')]).toEqual([]);
  });

  it('rejects truncated updates', () => {
    for (const bytes of [[], [1], [1, 5], [1, 5, 1], [1, 5, 1, 9, 0x6e], [0x80]]) {
      expect(() => decodeAwarenessUpdate(new Uint8Array(bytes)), JSON.stringify(bytes)).toThrow(FrameError);
    }
  });
});
