/**
 * What one doc's connection to the relay looks like to a user: online or not (and since
 * when), and how many local changes the relay has not yet confirmed storing.
 *
 * Counting: every local change (a transaction that neither the network nor storage
 * applied) bumps `local`. The relay acknowledges each stored update in order; an
 * acknowledgement confirms every change made before its frame was sent — but only once
 * the reconnect handshake (which carries everything the relay lacked) is confirmed too.
 */
import type { RelaySocketHooks } from './relay-socket';

export type LinkState =
  | { kind: 'connecting' }
  | { kind: 'online' }
  | { kind: 'offline'; since: number }
  | { kind: 'refused'; code: number; reason: string };

interface InFlight {
  /** Local changes made before this frame was sent (null: confirms nothing, e.g. a snapshot). */
  covers: number | null;
  handshake: boolean;
  /** Nothing was sent (an empty handshake): confirmed once what went before is. */
  virtual: boolean;
}

/** Close codes after which reconnecting cannot help: the relay refused this member. */
export function isRefusal(code: number): boolean {
  return code >= 4400 && code < 4500 && code !== 4429;
}

export class SyncTracker implements RelaySocketHooks {
  private local: number;
  private confirmed = 0;
  private inFlight: InFlight[] = [];
  private handshakeConfirmed = false;
  private state: LinkState = { kind: 'connecting' };
  private skipped = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    /** Changes not yet confirmed when the app last ran (persisted by the caller). */
    pendingAtStart: number,
    private readonly isRemote: (origin: unknown) => boolean,
    private readonly onAclApplied: () => void = () => {},
  ) {
    this.local = pendingAtStart;
  }

  get pending(): number {
    return this.local - this.confirmed;
  }

  get link(): LinkState {
    return this.state;
  }

  get undecryptableCount(): number {
    return this.skipped;
  }

  /** Attach with `doc.on('update', tracker.onUpdate)`. */
  readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (this.isRemote(origin)) return;
    this.local++;
    this.changed();
  };

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  opened(): void {
    this.inFlight = [];
    this.handshakeConfirmed = false;
    this.state = { kind: 'online' };
    this.changed();
  }

  sent(kind: 'handshake' | 'live' | 'snapshot', empty = false): void {
    const entry: InFlight = { covers: kind === 'snapshot' ? null : this.local, handshake: kind === 'handshake', virtual: empty };
    this.inFlight.push(entry);
    this.settleVirtual();
  }

  acked(): void {
    // Virtual entries never get an ack of their own; skip past them to the real frame.
    while (this.inFlight[0]?.virtual) this.confirm(this.inFlight.shift()!);
    const entry = this.inFlight.shift();
    if (entry) this.confirm(entry);
    this.settleVirtual();
    this.changed();
  }

  closed(code: number, reason: string): void {
    this.inFlight = [];
    this.handshakeConfirmed = false;
    if (isRefusal(code)) this.state = { kind: 'refused', code, reason };
    else if (this.state.kind !== 'offline') this.state = { kind: 'offline', since: Date.now() };
    this.changed();
  }

  undecryptable(): void {
    this.skipped++;
    this.changed();
  }

  aclApplied(): void {
    this.onAclApplied();
  }

  /** Marks the link offline without a socket event (sharing turned off, app offline). */
  markOffline(): void {
    if (this.state.kind === 'offline' || this.state.kind === 'refused') return;
    this.state = { kind: 'offline', since: Date.now() };
    this.changed();
  }

  private settleVirtual(): void {
    while (this.inFlight[0]?.virtual) this.confirm(this.inFlight.shift()!);
  }

  private confirm(entry: InFlight): void {
    if (entry.handshake) this.handshakeConfirmed = true;
    if (entry.covers !== null && this.handshakeConfirmed) this.confirmed = Math.max(this.confirmed, entry.covers);
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
