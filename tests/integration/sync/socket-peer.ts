// A Node peer that talks to the relay as the app does: y-websocket's provider over the app's
// RelaySocket (plain with acks, or sealed), with a SyncTracker counting unconfirmed changes.
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { relaySocketClass } from '../../../renderer/collab/network/relay-socket';
import { SyncTracker } from '../../../renderer/collab/network/sync-tracker';
import { connectionParams, type RoomMode } from '../../../shared/sync/rooms';
import type { Peer } from '../relay/helpers';

/** Also counts the snapshots the socket sent, so a test can tell compaction really ran. */
export class CountingTracker extends SyncTracker {
  snapshots = 0;

  constructor() {
    super(0, (origin) => origin instanceof WebsocketProvider);
  }

  /** The socket's reports, oldest first, for failure messages. */
  readonly events: string[] = [];

  override sent(kind: 'handshake' | 'live' | 'snapshot', empty?: boolean): void {
    if (kind === 'snapshot') this.snapshots++;
    super.sent(kind, empty);
    this.note(`sent ${kind}${empty ? ' (empty)' : ''}`);
  }

  override opened(): void {
    super.opened();
    this.note('opened');
  }

  override acked(): void {
    super.acked();
    this.note('acked');
  }

  override closed(code: number, reason: string): void {
    super.closed(code, reason);
    this.note(`closed ${code} ${reason}`);
  }

  private note(event: string): void {
    this.events.push(`${event} → pending ${this.pending}`);
  }
}

export interface SocketPeer extends Peer {
  tracker: CountingTracker;
}

export interface SocketPeerOptions {
  mode: RoomMode;
  key: Promise<CryptoKey> | null;
  compactAfterRecords?: number;
  token?: string;
}

export function socketPeer(url: string, room: string, options: SocketPeerOptions): SocketPeer {
  const doc = new Y.Doc();
  const tracker = new CountingTracker();
  // Registered before the provider's own listener, as the app does, so a change is counted before it is sent.
  doc.on('update', tracker.onUpdate);
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: relaySocketClass({
      mode: options.mode,
      readOnly: false,
      key: options.key,
      hooks: tracker,
      WebSocketImpl: WebSocket as unknown as new (url: string) => globalThis.WebSocket,
      compactAfterRecords: options.compactAfterRecords,
    }) as never,
    params: connectionParams(options.token ?? 'convergence-token', options.mode),
    disableBc: true,
    maxBackoffTime: 100,
  });
  return { doc, provider, text: doc.getText('t'), tracker };
}
