// A small relay for y-websocket clients: authenticates, forwards, stores and replays update
// frames per room (plain rooms), or opaque encrypted records (sealed rooms). See
// electron/relay/README.md for the protocol, the close codes and the file formats.
import http from 'node:http';
import fs from 'node:fs';
import { WebSocket, WebSocketServer } from 'ws';
import { CloseCode, FrameError, decodeFrame, encodeAclApplied, type AclUpdate, type Frame } from '../../shared/sync/relay-protocol';
import { AccessControl, AclStorageError, hashToken } from './access-control';
import { TokenBucket } from './rate-limit';
import { PlainRoom, type Access, type LoadedRoom, type RoomConnection } from './room';
import { RoomLog, StorageError, type RoomMode, type StorageHooks } from './room-store';
import { SealedRoom } from './sealed-room';
import { parseTarget } from './target';

export type { Access } from './room';

export interface RelayLimits {
  /** Largest accepted frame; larger ones close the connection with 1009. Default 1 MiB. */
  maxFrameBytes: number;
  /** Token bucket per connection: refill rate and capacity. Defaults 200 / 400. */
  messagesPerSecond: number;
  burst: number;
  /** Default 256. */
  maxConnectionsPerRoom: number;
  /** Rooms loaded at once (a room is unloaded when its last connection leaves). Default 1000. */
  maxRooms: number;
  /**
   * A connection whose unsent data exceeds this is closed (4508). Default 8 MiB. A sealed
   * room's join replay is paced to a quarter of it instead, so it never trips the limit.
   */
  maxBufferedBytes: number;
  /** A connection that does not answer a close within this time is cut off. Default 5000 ms. */
  closeGraceMs: number;
}

export interface RelayOptions {
  host?: string;
  port: number;
  dataDir: string;
  limits?: Partial<RelayLimits>;
  /**
   * Decides what a connection may do from its room and its `?token=` parameter: 'edit',
   * 'read' (receives everything, its updates are refused) or null (closed with 4401).
   * When given, it decides instead of `access`.
   */
  authorize?: (room: string, token: string | null, request: http.IncomingMessage) => Access | null;
  /**
   * Without `authorize`: 'open' lets every client edit (a trusted network, the tests);
   * 'tokens' admits only tokens in the space's ACL, the first token claiming an unclaimed
   * space (electron/relay/access-control.ts). Default 'open'.
   */
  access?: 'open' | 'tokens';
  /** One structured line per connection open/close and per error. Default: silent. */
  log?: (line: Record<string, unknown>) => void;
  /** Compact a room's log once it exceeds this many bytes (and twice its last compacted size). Default 1 MiB. */
  compactBytes?: number;
  /** How often written records are fdatasync'ed. Default 50 ms. */
  fsyncIntervalMs?: number;
  /** Internal: lets tests inject a failing disk. */
  storageHooks?: StorageHooks;
}

export interface RelayStats {
  rooms: number;
  connections: number;
  framesIn: number;
  closedByCode: Record<number, number>;
}

export interface Relay {
  port: number;
  url: string;
  close(): Promise<void>;
  stats(): RelayStats;
}

const DEFAULT_LIMITS: RelayLimits = {
  maxFrameBytes: 1024 * 1024,
  messagesPerSecond: 200,
  burst: 400,
  maxConnectionsPerRoom: 256,
  maxRooms: 1000,
  maxBufferedBytes: 8 * 1024 * 1024,
  closeGraceMs: 5000,
};
/** Frames every client may send; the others are Accord's extension (proto=accord1 only). */
const PLAIN_KINDS = new Set<Frame['kind']>(['sync-step1', 'sync-step2', 'sync-update', 'awareness', 'query-awareness']);

/** A connection as the ACL sees it: revoking its token closes it. */
interface LiveConnection {
  connection: RoomConnection;
  tokenHash: string | null;
  fail(code: number, reason: string): void;
}

/** Enough of a token hash to correlate log lines; never the token. */
const shortHash = (hash: string | null) => (hash ? { tokenHash: hash.slice(0, 8) } : {});

export async function startRelay(options: RelayOptions): Promise<Relay> {
  const host = options.host ?? '127.0.0.1';
  const limits: RelayLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? (() => {});
  const aclEnforced = !options.authorize && options.access === 'tokens';
  fs.mkdirSync(options.dataDir, { recursive: true });
  const acl = new AccessControl(options.dataDir);

  const rooms = new Map<string, LoadedRoom>();
  const liveBySpace = new Map<string, Set<LiveConnection>>();
  const sockets = new Set<WebSocket>();
  const stats: RelayStats = { rooms: 0, connections: 0, framesIn: 0, closedByCode: {} };
  let nextId = 1;
  let closing = false;

  const server = http.createServer((request, response) => {
    if (request.method === 'GET' && request.url?.split('?')[0] === '/healthz') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: true, rooms: rooms.size, connections: sockets.size }));
      return;
    }
    response.writeHead(426, { 'content-type': 'text/plain' });
    response.end('Accord relay: connect with a WebSocket to /<space>/<doc>\n');
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });
  wss.on('error', (error) => log({ event: 'error', error: error.message }));

  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (closing) return void socket.destroy();
    wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, request));
  });

  function shut(ws: WebSocket, code: number, reason: string): void {
    if (ws.readyState === WebSocket.OPEN) ws.close(code, reason);
    // A peer that never answers the close handshake is cut off.
    setTimeout(() => ws.terminate(), limits.closeGraceMs).unref();
  }

  function loadRoom(name: string, mode: RoomMode): LoadedRoom {
    const existing = rooms.get(name);
    if (existing) return existing;
    const opened = RoomLog.open(options.dataDir, name, options.storageHooks, mode);
    if (opened.droppedBytes > 0) log({ event: 'log-recovered', room: name, droppedBytes: opened.droppedBytes });
    const room: LoadedRoom =
      opened.mode === 'sealed'
        ? new SealedRoom(name, opened.log, opened.records, (error) => log({ event: 'error', room: name, error }))
        : new PlainRoom(name, opened.log, opened.records, options.compactBytes ?? 1024 * 1024, (error) =>
            log({ event: 'error', room: name, error: `compaction failed: ${error.message}` }),
          );
    rooms.set(name, room);
    return room;
  }

  function unloadRoom(room: LoadedRoom): void {
    if (room.connections.size > 0 || rooms.get(room.name) !== room) return;
    rooms.delete(room.name);
    try {
      room.close();
    } catch (error) {
      log({ event: 'error', room: room.name, error: `closing room log: ${(error as Error).message}` });
    }
  }

  /** The connection's access, or why it is refused (close code and reason). */
  function admit(space: string, room: string, token: string | null, tokenHash: string | null, request: http.IncomingMessage, id: number):
    | { access: Access }
    | { code: number; reason: string } {
    if (options.authorize) {
      let access: Access | null = null;
      try {
        access = options.authorize(room, token, request);
      } catch (error) {
        log({ event: 'error', conn: id, room, error: `authorize threw: ${(error as Error).message}` });
      }
      return access === 'edit' || access === 'read' ? { access } : { code: CloseCode.unauthorized, reason: 'unauthorized' };
    }
    if (!aclEnforced) return { access: 'edit' };
    try {
      const admission = acl.admit(space, tokenHash);
      if ('refused' in admission) return { code: CloseCode.unauthorized, reason: admission.refused };
      if (admission.claimed) log({ event: 'space-claimed', conn: id, space, ...shortHash(tokenHash) });
      return { access: admission.access };
    } catch (error) {
      log({ event: 'error', conn: id, room, error: `access list: ${(error as Error).message}` });
      return { code: CloseCode.storageFailure, reason: 'access list unavailable' };
    }
  }

  /** Stores an ACL update from an editor, confirms it, then applies it to the space's open connections. */
  function updateAcl(from: LiveConnection, space: string, update: AclUpdate): void {
    if (from.connection.access !== 'edit') throw new FrameError(CloseCode.readOnly, 'read-only connection');
    acl.apply(space, update);
    from.connection.send(encodeAclApplied());
    log({ event: 'acl-update', conn: from.connection.id, space, granted: update.grant?.length ?? 0, revoked: update.revoke?.length ?? 0 });
    const revoked = new Set(update.revoke ?? []);
    for (const live of liveBySpace.get(space) ?? []) {
      if (!live.tokenHash) continue;
      if (revoked.has(live.tokenHash)) {
        log({ event: 'revoked', conn: live.connection.id, space, ...shortHash(live.tokenHash) });
        live.fail(CloseCode.unauthorized, 'revoked');
      } else if (aclEnforced) {
        const access = acl.accessOf(space, live.tokenHash);
        if (access) live.connection.access = access;
      }
    }
  }

  function onConnection(ws: WebSocket, request: http.IncomingMessage): void {
    const id = nextId++;
    const remote = request.socket.remoteAddress;
    sockets.add(ws);
    ws.on('error', (error) => log({ event: 'error', conn: id, error: error.message }));

    const target = parseTarget(request.url ?? '/');
    if ('error' in target) {
      log({ event: 'open', conn: id, remote, refused: target.error });
      trackClose(ws, id, null);
      return shut(ws, CloseCode.malformed, target.error);
    }
    const { space, room: roomName, extended, mode } = target;
    // Only the hash outlives this function: the relay never keeps a token.
    const tokenHash = target.token ? hashToken(target.token) : null;
    const refuse = (code: number, reason: string) => {
      log({ event: 'open', conn: id, room: roomName, remote, refused: reason, ...shortHash(tokenHash) });
      trackClose(ws, id, roomName);
      shut(ws, code, reason);
    };
    const admission = admit(space, roomName, target.token, tokenHash, request, id);
    if ('code' in admission) return refuse(admission.code, admission.reason);
    if (!rooms.has(roomName) && rooms.size >= limits.maxRooms) return refuse(CloseCode.busy, 'too many rooms');
    let room: LoadedRoom;
    try {
      room = loadRoom(roomName, mode);
    } catch (error) {
      log({ event: 'error', conn: id, room: roomName, error: `loading room: ${(error as Error).message}` });
      return refuse(CloseCode.storageFailure, 'storage unavailable');
    }
    if (room.mode !== mode) {
      unloadRoom(room);
      return refuse(CloseCode.modeMismatch, 'room mode mismatch');
    }
    if (room.connections.size >= limits.maxConnectionsPerRoom) {
      unloadRoom(room);
      return refuse(CloseCode.busy, 'room full');
    }

    const bucket = new TokenBucket(limits.messagesPerSecond, limits.burst);
    const replayHighWater = Math.max(1, Math.floor(limits.maxBufferedBytes / 4));
    let done = false;
    const fail = (code: number, reason: string) => {
      if (done) return;
      done = true;
      shut(ws, code, reason);
    };
    const connection: RoomConnection = {
      id,
      access: admission.access,
      extended,
      awareness: null,
      send(frame) {
        if (done || ws.readyState !== WebSocket.OPEN) return;
        if (ws.bufferedAmount > limits.maxBufferedBytes) {
          log({ event: 'slow-consumer', conn: id, room: roomName, bufferedBytes: ws.bufferedAmount });
          return fail(CloseCode.slowConsumer, 'too slow to receive');
        }
        ws.send(frame);
      },
      sendPaced(frame, resume) {
        if (done || ws.readyState !== WebSocket.OPEN) return false;
        if (ws.bufferedAmount < replayHighWater) {
          ws.send(frame);
          return true;
        }
        // The callback runs once this frame has left the process's buffers.
        ws.send(frame, (error) => {
          if (!error) resume();
        });
        return false;
      },
    };
    const live: LiveConnection = { connection, tokenHash, fail };
    const spaceConnections = liveBySpace.get(space) ?? new Set<LiveConnection>();
    liveBySpace.set(space, spaceConnections);
    spaceConnections.add(live);

    log({ event: 'open', conn: id, room: roomName, access: admission.access, mode, extended, remote });
    ws.on('message', (data, isBinary) => {
      if (done || closing) return;
      stats.framesIn++;
      if (!bucket.take()) return fail(CloseCode.rateLimited, 'rate limit exceeded');
      if (!isBinary) return fail(CloseCode.malformed, 'text frames are not supported');
      const bytes = toBytes(data);
      try {
        const frame = decodeFrame(bytes);
        if (!extended && !PLAIN_KINDS.has(frame.kind)) throw new FrameError(CloseCode.malformed, 'extension frame without proto=accord1');
        if (frame.kind === 'acl-update') return updateAcl(live, space, frame.update);
        room.handle(connection, frame, bytes);
      } catch (error) {
        if (error instanceof FrameError) return fail(error.code, error.message);
        if (error instanceof StorageError || error instanceof AclStorageError) {
          log({ event: 'error', conn: id, room: roomName, error: `write refused: ${error.message}` });
          return fail(CloseCode.storageFailure, 'relay storage failure');
        }
        log({ event: 'error', conn: id, room: roomName, error: (error as Error).message });
        return fail(CloseCode.malformed, 'unprocessable frame');
      }
    });
    trackClose(ws, id, roomName, () => {
      done = true;
      spaceConnections.delete(live);
      if (spaceConnections.size === 0 && liveBySpace.get(space) === spaceConnections) liveBySpace.delete(space);
      room.leave(connection);
      unloadRoom(room);
    });
    room.join(connection);
  }

  function trackClose(ws: WebSocket, id: number, room: string | null, then?: () => void): void {
    ws.once('close', (code, reason) => {
      sockets.delete(ws);
      stats.closedByCode[code] = (stats.closedByCode[code] ?? 0) + 1;
      log({ event: 'close', conn: id, room, code, reason: reason.toString() });
      then?.();
    });
  }

  const flushTimer = setInterval(() => {
    for (const room of rooms.values()) {
      try {
        room.flush();
      } catch (error) {
        log({ event: 'error', room: room.name, error: `fsync failed: ${(error as Error).message}` });
      }
    }
  }, options.fsyncIntervalMs ?? 50);
  flushTimer.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => log({ event: 'error', error: error.message }));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    port,
    url: `ws://${urlHost}:${port}`,
    stats: () => ({ ...stats, rooms: rooms.size, connections: sockets.size, closedByCode: { ...stats.closedByCode } }),
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(flushTimer);
      const closed = [...sockets].map((ws) => new Promise<void>((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        ws.once('close', () => resolve());
        ws.close(CloseCode.goingAway, 'relay shutting down');
      }));
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 1000).unref());
      await Promise.race([Promise.all(closed), timeout]);
      for (const ws of sockets) ws.terminate();
      for (const room of [...rooms.values()]) {
        room.connections.clear();
        unloadRoom(room);
      }
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
