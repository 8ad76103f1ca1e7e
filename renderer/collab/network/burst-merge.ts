/**
 * Merging what arrives in one burst from the relay before the provider sees it: document
 * updates into one update, presence (awareness) messages into one message that leaves every
 * client in the state the last of them gave it. Applying the merged message has the same
 * result as applying each in turn; the editor and the presence list change once.
 */
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type Received = { kind: 'update' | 'awareness'; bytes: Uint8Array };

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text; 'null' when the client left. */
  state: string;
}

/** The entries of one awareness message (y-protocols' encoding: a count, then client, clock and state JSON each). */
export function awarenessEntries(payload: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(payload);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let index = 0; index < count; index++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) });
  }
  return entries;
}

export function encodeAwarenessEntries(entries: Iterable<AwarenessEntry>): Uint8Array {
  const list = [...entries];
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, list.length);
  for (const { clientId, clock, state } of list) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

/** One awareness message with, per client, its entry of highest clock (the later of equal ones). */
export function mergeAwarenessPayloads(payloads: readonly Uint8Array[]): Uint8Array {
  const latest = new Map<number, AwarenessEntry>();
  for (const payload of payloads) {
    for (const entry of awarenessEntries(payload)) {
      const known = latest.get(entry.clientId);
      if (!known || entry.clock >= known.clock) latest.set(entry.clientId, entry);
    }
  }
  return encodeAwarenessEntries(latest.values());
}

/**
 * The burst as the messages to hand over, in order: each run of updates merged into one, each
 * run of presence messages into one. A run that does not parse is handed over as it came, so
 * only its damaged message fails, as it would have alone.
 */
export function mergeBurst(received: readonly Received[]): Received[] {
  const out: Received[] = [];
  let start = 0;
  while (start < received.length) {
    const kind = received[start]!.kind;
    let end = start;
    while (end < received.length && received[end]!.kind === kind) end++;
    const run = received.slice(start, end);
    if (run.length === 1) out.push(run[0]!);
    else {
      try {
        const parts = run.map((item) => item.bytes);
        out.push({ kind, bytes: kind === 'update' ? Y.mergeUpdates(parts) : mergeAwarenessPayloads(parts) });
      } catch {
        out.push(...run);
      }
    }
    start = end;
  }
  return out;
}
