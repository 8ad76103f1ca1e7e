// What a connection asks for, from its URL: `/[prefix/]<space>/<doc>?token=…&proto=accord1&mode=sealed|plain`.
// The last two path segments are the space and the doc (room `space/doc`); a single segment
// (an unmodified y-websocket client) is a room that is its own space.
import { PROTOCOL_EXTENSION } from '../../shared/sync/relay-protocol';
import type { RoomMode } from './room-store';

export interface Target {
  space: string;
  /** The room key: `space/doc`, or the single segment. */
  room: string;
  token: string | null;
  /** Asked for Accord's extension frames. */
  extended: boolean;
  mode: RoomMode;
}

const MAX_SEGMENT = 256;

/** What the connection asks for, or why the relay cannot serve it (closed with 4400). */
export function parseTarget(rawUrl: string): Target | { error: string } {
  let url: URL;
  try {
    url = new URL(rawUrl, 'http://relay');
  } catch {
    return { error: 'bad room name' };
  }
  const segments: string[] = [];
  for (const raw of url.pathname.split('/').filter(Boolean).slice(-2)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { error: 'bad room name' };
    }
    // An encoded "/" would let `a%2Fb` (space "a/b") reach room "a/b" of space "a".
    if (segment.length === 0 || segment.length > MAX_SEGMENT || segment.includes('/')) return { error: 'bad room name' };
    segments.push(segment);
  }
  if (segments.length === 0) return { error: 'bad room name' };
  const extended = url.searchParams.get('proto') === PROTOCOL_EXTENSION;
  const modeParam = url.searchParams.get('mode');
  if (modeParam !== null && modeParam !== 'plain' && modeParam !== 'sealed') return { error: 'bad mode' };
  const mode: RoomMode = modeParam ?? 'plain';
  // Sealed rooms speak only extension frames.
  if (mode === 'sealed' && !extended) return { error: `sealed mode needs proto=${PROTOCOL_EXTENSION}` };
  const token = url.searchParams.get('token');
  return {
    space: segments[0],
    room: segments.join('/'),
    token: token === '' ? null : token,
    extended,
    mode,
  };
}
