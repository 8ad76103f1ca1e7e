/**
 * How a workspace's Y.Docs map to relay rooms. A workspace is one "space" on the relay
 * (invite tokens are granted per space); each of its Y.Docs — the workspace doc, the
 * people doc, every document — is one room `<space>/<docId>`. Ids are URL-safe.
 */
import { PROTOCOL_EXTENSION } from './relay-protocol';

export function roomName(space: string, docId: string): string {
  return `${space}/${docId}`;
}

/** Splits `<space>/<doc>` (or a bare name, its own space, as unmodified clients use). */
export function parseRoomName(room: string): { space: string; doc: string } {
  const slash = room.indexOf('/');
  return slash < 0 ? { space: room, doc: room } : { space: room.slice(0, slash), doc: room.slice(slash + 1) };
}

export type RoomMode = 'sealed' | 'plain';

/** URL parameters an Accord client sends (y-websocket appends them to the room URL). */
export function connectionParams(token: string, mode: RoomMode): Record<string, string> {
  return { token, proto: PROTOCOL_EXTENSION, mode };
}

/** Normalises what a user typed as a relay address; null when it is not ws(s)://host[:port][/path]. */
export function normaliseRelayUrl(input: string): string | null {
  let text = input.trim();
  if (!/^[a-z]+:\/\//i.test(text)) text = `wss://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
  if (!url.hostname || url.username || url.password || url.search || url.hash) return null;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}
