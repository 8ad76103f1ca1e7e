import { describe, expect, it } from 'vitest';
import { SyncTracker, isRefusal } from '../../../renderer/collab/network/sync-tracker';

const REMOTE = Symbol('remote');
const tracker = (pending = 0) => new SyncTracker(pending, (origin) => origin === REMOTE);
const local = (t: SyncTracker, times = 1) => {
  for (let i = 0; i < times; i++) t.onUpdate(new Uint8Array(), null);
};

describe('counting changes not yet on the relay', () => {
  it('counts local changes only, and confirms them once the handshake and their frame are acknowledged', () => {
    const t = tracker();
    local(t, 3);
    t.onUpdate(new Uint8Array(), REMOTE);
    expect(t.pending).toBe(3);
    t.opened();
    t.sent('live'); // sent before the handshake: its ack alone confirms nothing
    t.sent('handshake');
    t.acked();
    expect(t.pending).toBe(3);
    t.acked();
    expect(t.pending).toBe(0);
    local(t, 2);
    t.sent('live');
    expect(t.pending).toBe(2);
    t.acked();
    expect(t.pending).toBe(0);
  });

  it('keeps what was pending when the app last ran, and what was in flight when the connection dropped', () => {
    const t = tracker(5);
    t.opened();
    local(t);
    t.sent('handshake');
    t.closed(1006, '');
    expect(t.pending).toBe(6);
    expect(t.link.kind).toBe('offline');
    t.opened();
    t.sent('handshake');
    t.acked();
    expect(t.pending).toBe(0);
  });

  it('an empty handshake confirms once what was sent before it is acknowledged; snapshots confirm nothing', () => {
    const t = tracker();
    t.opened();
    local(t);
    t.sent('snapshot');
    t.sent('handshake', true);
    expect(t.pending).toBe(1);
    t.acked(); // the snapshot's
    expect(t.pending).toBe(0);
  });

  it('tells refusals (stop) from drops and rate limits (retry)', () => {
    expect(isRefusal(4401)).toBe(true);
    expect(isRefusal(4490)).toBe(true);
    expect(isRefusal(4429)).toBe(false);
    expect(isRefusal(1006)).toBe(false);
    const t = tracker();
    t.closed(4401, 'revoked');
    expect(t.link).toEqual({ kind: 'refused', code: 4401, reason: 'revoked' });
  });
});
