// Plain rooms: which awareness clients each connection announced, so that the relay can mark
// them removed when the connection closes — as y-websocket's own server does. The relay keeps
// no Awareness instance; it reads just the y-protocols awareness update layout:
//   varUint count, then per entry varUint clientID, varUint clock, varString stateJSON
// ("null" = the client removed itself).
import { CloseCode, FrameError, encodeAwareness } from '../../shared/sync/relay-protocol';

export interface AwarenessEntry {
  clientID: number;
  clock: number;
  removed: boolean;
}

const NULL_STATE = [0x6e, 0x75, 0x6c, 0x6c]; // "null"

export function decodeAwarenessUpdate(payload: Uint8Array): AwarenessEntry[] {
  let pos = 0;
  const varUint = (): number => {
    let value = 0;
    let multiplier = 1;
    for (let i = 0; i < 8; i++) {
      if (pos >= payload.length) break;
      const byte = payload[pos++];
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
    }
    throw new FrameError(CloseCode.malformed, 'malformed awareness update');
  };
  const count = varUint();
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientID = varUint();
    const clock = varUint();
    const length = varUint();
    if (length > payload.length - pos) throw new FrameError(CloseCode.malformed, 'malformed awareness update');
    const removed = length === 4 && NULL_STATE.every((byte, k) => payload[pos + k] === byte);
    pos += length;
    entries.push({ clientID, clock, removed });
  }
  return entries;
}

/** An awareness frame (type 1) marking `clients` (clientID → last clock) removed. */
export function encodeAwarenessRemoval(clients: Map<number, number>): Uint8Array {
  const bytes: number[] = [];
  const varUint = (value: number) => {
    while (value > 0x7f) {
      bytes.push((value % 128) | 0x80);
      value = Math.floor(value / 128);
    }
    bytes.push(value);
  };
  varUint(clients.size);
  for (const [clientID, clock] of clients) {
    varUint(clientID);
    varUint(clock + 1);
    varUint(NULL_STATE.length);
    bytes.push(...NULL_STATE);
  }
  return encodeAwareness(Uint8Array.from(bytes));
}

/** Which connection announced each awareness client last (with the newest clock seen). */
export class AwarenessOwners<Owner> {
  private readonly owners = new Map<number, { owner: Owner; clock: number }>();

  /** Records what `owner` announced; an entry not newer than the known clock is ignored (a relayed copy). */
  update(owner: Owner, entries: AwarenessEntry[]): void {
    for (const { clientID, clock, removed } of entries) {
      const known = this.owners.get(clientID);
      if (known && known.clock >= clock) continue;
      if (removed) this.owners.delete(clientID);
      else this.owners.set(clientID, { owner, clock });
    }
  }

  /** Forgets `owner`'s clients; returns them (clientID → last clock), empty when there were none. */
  release(owner: Owner): Map<number, number> {
    const released = new Map<number, number>();
    for (const [clientID, known] of this.owners) {
      if (known.owner !== owner) continue;
      released.set(clientID, known.clock);
      this.owners.delete(clientID);
    }
    return released;
  }
}
