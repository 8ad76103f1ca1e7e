// Raw clients speaking Accord's extension (proto=accord1), and a sealed peer built on them:
// a Y.Doc whose updates travel sealed (shared/sync/sealing.ts) through the relay.
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  decodeFrame,
  encodeSealedAwareness,
  encodeSealedUpdate,
  encodeSnapshot,
  type Frame,
} from '../../../shared/sync/relay-protocol';
import { deriveRoomKey, randomBytes, seal, unseal, SALT_BYTES, SECRET_BYTES } from '../../../shared/sync/sealing';
import { waitFor } from './helpers';

export interface RawClient {
  ws: WebSocket;
  /** Every frame received, decoded (undecodable ones are kept as raw bytes only). */
  frames: Frame[];
  /** Every binary message received, byte for byte. */
  received: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  closeCode: number | null;
  opened: Promise<void>;
  send(bytes: Uint8Array): void;
  count(kind: Frame['kind']): number;
}

export function rawClient(url: string, path: string, params: Record<string, string> = {}): RawClient {
  const query = new URLSearchParams(params).toString();
  const ws = new WebSocket(`${url}/${path}${query ? `?${query}` : ''}`);
  const client: RawClient = {
    ws,
    frames: [],
    received: [],
    closeCode: null,
    closed: new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        client.closeCode = code;
        resolve({ code, reason: reason.toString() });
      });
    }),
    opened: new Promise((resolve) => ws.once('open', () => resolve())),
    send(bytes) {
      if (ws.readyState === WebSocket.OPEN) ws.send(bytes);
    },
    count: (kind) => client.frames.filter((f) => f.kind === kind).length,
  };
  ws.on('error', () => {});
  ws.on('message', (data) => {
    const bytes = new Uint8Array(data as Buffer);
    client.received.push(bytes);
    try {
      client.frames.push(decodeFrame(bytes));
    } catch {
      // kept in `received`
    }
  });
  return client;
}

export const accord = (token: string, mode: 'sealed' | 'plain') => ({ token, proto: 'accord1', mode });

export interface WorkspaceKeys {
  secret: Uint8Array;
  salt: Uint8Array;
}

export const newKeys = (): WorkspaceKeys => ({ secret: randomBytes(SECRET_BYTES), salt: randomBytes(SALT_BYTES) });

/** A Y.Doc synced through a sealed room: what it types leaves sealed, what arrives is unsealed. */
export interface SealedPeer {
  client: RawClient;
  doc: Y.Doc;
  text: Y.Text;
  /** Updates sealed and sent so far (each should get one ACK). */
  sent(): number;
  acks(): number;
  /** Highest seq received in a SEALED_RECORD. */
  lastSeq(): number;
  replayDone(): boolean;
  /** Seals the doc's whole state as a snapshot covering `coversSeq`. */
  snapshot(coversSeq: number): Promise<void>;
  awareness(state: unknown): Promise<void>;
  /** Peers' presence as last received, by connection id. */
  peers: Map<number, unknown>;
  idle(): Promise<void>;
}

export async function sealedPeer(url: string, room: string, token: string, keys: WorkspaceKeys, doc = new Y.Doc()): Promise<SealedPeer> {
  const key = await deriveRoomKey(keys.secret, keys.salt, room);
  const client = rawClient(url, room, accord(token, 'sealed'));
  let sent = 0;
  let lastSeq = 0;
  // Sealing is async: one queue keeps outgoing and incoming messages in order.
  let outgoing: Promise<unknown> = client.opened;
  let incoming: Promise<unknown> = Promise.resolve();
  const peers = new Map<number, unknown>();
  const enqueueOut = (step: () => Promise<void>) => (outgoing = outgoing.then(step));
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'relay') return;
    enqueueOut(async () => {
      client.send(encodeSealedUpdate(await seal(key, 'update', update)));
      sent++;
    });
  });
  // Whatever the doc held before connecting is sent once connected.
  if (doc.store.clients.size > 0) {
    const state = Y.encodeStateAsUpdate(doc);
    enqueueOut(async () => {
      client.send(encodeSealedUpdate(await seal(key, 'update', state)));
      sent++;
    });
  }
  client.ws.on('message', (data) => {
    let frame: Frame;
    try {
      frame = decodeFrame(new Uint8Array(data as Buffer));
    } catch {
      return;
    }
    if (frame.kind === 'sealed-record') {
      const { seq, blob } = frame;
      incoming = incoming.then(async () => {
        // A record is an update or, first after a compaction, a snapshot.
        const update = await unseal(key, 'update', blob).catch(() => unseal(key, 'snapshot', blob));
        Y.applyUpdate(doc, update, 'relay');
        lastSeq = Math.max(lastSeq, seq);
      });
    } else if (frame.kind === 'peer-awareness') {
      const { connection, blob } = frame;
      incoming = incoming.then(async () => {
        peers.set(connection, JSON.parse(new TextDecoder().decode(await unseal(key, 'awareness', blob))));
      });
    } else if (frame.kind === 'peer-left') {
      const { connection } = frame;
      incoming = incoming.then(() => void peers.delete(connection));
    }
  });
  await client.opened;
  return {
    client,
    doc,
    text: doc.getText('t'),
    sent: () => sent,
    acks: () => client.count('ack'),
    lastSeq: () => lastSeq,
    replayDone: () => client.count('replay-done') > 0,
    peers,
    snapshot: (coversSeq) =>
      enqueueOut(async () => {
        client.send(encodeSnapshot(coversSeq, await seal(key, 'snapshot', Y.encodeStateAsUpdate(doc))));
        sent++;
      }) as Promise<void>,
    awareness: (state) =>
      enqueueOut(async () => {
        client.send(encodeSealedAwareness(await seal(key, 'awareness', new TextEncoder().encode(JSON.stringify(state)))));
      }) as Promise<void>,
    idle: async () => {
      await outgoing;
      await waitFor(() => client.count('ack') >= sent, 'every sent update acknowledged');
      await incoming;
    },
  };
}
