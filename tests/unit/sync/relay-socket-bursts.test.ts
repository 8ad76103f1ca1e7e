/**
 * Live updates that arrive together reach the provider as one merged update (so the editor
 * changes once per burst, not once per record), presence messages as one message with the same
 * result, in order with the other messages, and nothing is lost: not when one of them does not
 * parse, not when the socket closes.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RelaySocket, type RelaySocketHooks } from '../../../renderer/collab/network/relay-socket';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { decodeFrame, encodeAwareness, encodeSyncUpdate } from '../../../shared/sync/relay-protocol';

/** A WebSocket the test feeds by hand. */
class FakeSocket {
  static last: FakeSocket;
  binaryType = 'arraybuffer';
  readyState = 1;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeSocket.last = this;
  }
  send(): void {}
  close(): void {}
  receive(bytes: Uint8Array): void {
    this.onmessage?.({ data: bytes.slice().buffer });
  }
}

const hooks: RelaySocketHooks = { opened() {}, sent() {}, acked() {}, closed() {}, undecryptable() {}, aclApplied() {} };

function plainSocket(): { socket: RelaySocket; fake: FakeSocket; received: Uint8Array[] } {
  const socket = new RelaySocket({ mode: 'plain', readOnly: false, key: null, hooks, WebSocketImpl: FakeSocket as unknown as typeof WebSocket }, 'ws://relay.test/room');
  const received: Uint8Array[] = [];
  socket.onmessage = ((event: { data: ArrayBuffer }) => received.push(new Uint8Array(event.data))) as never;
  return { socket, fake: FakeSocket.last, received };
}

/** The updates of `count` keystrokes typed on another computer, one update each. */
function typedUpdates(count: number): { updates: Uint8Array[]; text: string } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let index = 0; index < count; index++) doc.getText('t').insert(index, String.fromCharCode(97 + (index % 26)));
  return { updates, text: doc.getText('t').toString() };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 5));

function applied(frames: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const bytes of frames) {
    const frame = decodeFrame(bytes);
    if (frame.kind === 'sync-update') Y.applyUpdate(doc, frame.update);
  }
  return doc.getText('t').toString();
}

describe('a burst of live updates', () => {
  it('reaches the provider as one merged update with every keystroke in it', async () => {
    const { fake, received } = plainSocket();
    const { updates, text } = typedUpdates(40);
    for (const update of updates) fake.receive(encodeSyncUpdate(update));
    expect(received).toHaveLength(0);
    await nextTask();
    expect(received).toHaveLength(1);
    expect(applied(received)).toBe(text);
  });

  it('comes before a message that arrived after it', async () => {
    const { fake, received } = plainSocket();
    const { updates } = typedUpdates(3);
    fake.receive(encodeSyncUpdate(updates[0]!));
    fake.receive(encodeSyncUpdate(updates[1]!));
    fake.receive(encodeAwareness(new Uint8Array([0])));
    fake.receive(encodeSyncUpdate(updates[2]!));
    await nextTask();
    expect(received.map((bytes) => decodeFrame(bytes).kind)).toEqual(['sync-update', 'awareness', 'sync-update']);
    expect(applied(received)).toBe('abc');
  });

  it('loses none of its good updates when one does not parse', async () => {
    const { fake, received } = plainSocket();
    const { updates } = typedUpdates(2);
    fake.receive(encodeSyncUpdate(updates[0]!));
    fake.receive(encodeSyncUpdate(new Uint8Array([9, 9, 9, 9])));
    fake.receive(encodeSyncUpdate(updates[1]!));
    await nextTask();
    expect(received).toHaveLength(3);
    const doc = new Y.Doc();
    for (const bytes of received) {
      try {
        Y.applyUpdate(doc, (decodeFrame(bytes) as { update: Uint8Array }).update);
      } catch {
        // the damaged one, alone
      }
    }
    expect(doc.getText('t').toString()).toBe('ab');
  });

  it('is handed over when the socket closes before the burst ends', () => {
    const { fake, received } = plainSocket();
    const { updates, text } = typedUpdates(5);
    for (const update of updates) fake.receive(encodeSyncUpdate(update));
    fake.onclose?.({ code: 1006, reason: '' });
    expect(applied(received)).toBe(text);
  });

  it('hands presence from many members over as one message that leaves everyone as the last message did', async () => {
    const { fake, received } = plainSocket();
    const members = [0, 1, 2].map(() => new Awareness(new Y.Doc()));
    const messages: Uint8Array[] = [];
    for (let round = 0; round < 4; round++) {
      members.forEach((member, index) => {
        member.setLocalState({ user: { name: `Member ${index}` }, cursor: round });
        messages.push(encodeAwarenessUpdate(member, [member.clientID]));
      });
    }
    members[2]!.setLocalState(null); // one leaves
    messages.push(encodeAwarenessUpdate(members[2]!, [members[2]!.clientID]));
    for (const message of messages) fake.receive(encodeAwareness(message));
    await nextTask();
    expect(received).toHaveLength(1);
    const oneByOne = new Awareness(new Y.Doc());
    for (const message of messages) applyAwarenessUpdate(oneByOne, message, 'relay');
    const merged = new Awareness(new Y.Doc());
    const frame = decodeFrame(received[0]!);
    if (frame.kind !== 'awareness') throw new Error(`expected presence, got ${frame.kind}`);
    applyAwarenessUpdate(merged, frame.payload, 'relay');
    const states = (awareness: Awareness) => [...awareness.getStates()].filter(([id]) => id !== awareness.clientID);
    expect(states(merged)).toEqual(states(oneByOne));
    expect(states(merged).map(([, state]) => state['cursor'])).toEqual([3, 3]);
  });
});
