// A small relay for y-websocket clients: authenticates, forwards, stores and replays update
// frames per room. See electron/relay/README.md for the close codes and the file format.
import http from 'node:http';
import fs from 'node:fs';
import { WebSocket, WebSocketServer } from 'ws';
import { CloseCode, FrameError } from './protocol';
import { TokenBucket } from './rate-limit';
import { Room, type Access, type RoomConnection } from './room';
import { RoomLog, StorageError, type StorageHooks } from './room-store';

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
  /** A connection whose unsent data exceeds this is closed (4508). Default 8 MiB. */
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
   * Default: everyone may edit — only for a relay on a trusted network.
   */
  authorize?: (room: string, token: string | null, request: http.IncomingMessage) => Access | null;
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
const MAX_ROOM_NAME = 256;

export async function startRelay(options: RelayOptions): Promise<Relay> {
  const host = options.host ?? '127.0.0.1';
  const limits: RelayLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? (() => {});
  const authorize = options.authorize ?? (() => 'edit');
  fs.mkdirSync(options.dataDir, { recursive: true });

  const rooms = new Map<string, Room>();
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
    response.end('Accord relay: connect with a WebSocket to /<room>\n');
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

  function loadRoom(name: string): Room {
    const existing = rooms.get(name);
    if (existing) return existing;
    const { log: roomLog, records, droppedBytes } = RoomLog.open(options.dataDir, name, options.storageHooks);
    if (droppedBytes > 0) log({ event: 'log-recovered', room: name, droppedBytes });
    const room = new Room(name, roomLog, records, options.compactBytes ?? 1024 * 1024, (error) =>
      log({ event: 'error', room: name, error: `compaction failed: ${error.message}` }),
    );
    rooms.set(name, room);
    return room;
  }

  function unloadRoom(room: Room): void {
    if (room.connections.size > 0 || rooms.get(room.name) !== room) return;
    rooms.delete(room.name);
    try {
      room.close();
    } catch (error) {
      log({ event: 'error', room: room.name, error: `closing room log: ${(error as Error).message}` });
    }
  }

  function onConnection(ws: WebSocket, request: http.IncomingMessage): void {
    const id = nextId++;
    const remote = request.socket.remoteAddress;
    sockets.add(ws);
    ws.on('error', (error) => log({ event: 'error', conn: id, error: error.message }));

    const parsed = parseTarget(request.url ?? '/');
    if (!parsed) {
      log({ event: 'open', conn: id, remote, refused: 'bad room' });
      trackClose(ws, id, null);
      return shut(ws, CloseCode.malformed, 'bad room name');
    }
    const { room: roomName, token } = parsed;
    let access: Access | null = null;
    try {
      access = authorize(roomName, token, request);
    } catch (error) {
      log({ event: 'error', conn: id, room: roomName, error: `authorize threw: ${(error as Error).message}` });
    }
    if (access !== 'edit' && access !== 'read') {
      log({ event: 'open', conn: id, room: roomName, remote, refused: 'unauthorized' });
      trackClose(ws, id, roomName);
      return shut(ws, CloseCode.unauthorized, 'unauthorized');
    }
    if (!rooms.has(roomName) && rooms.size >= limits.maxRooms) {
      log({ event: 'open', conn: id, room: roomName, remote, refused: 'too many rooms' });
      trackClose(ws, id, roomName);
      return shut(ws, CloseCode.busy, 'too many rooms');
    }
    let room: Room;
    try {
      room = loadRoom(roomName);
    } catch (error) {
      log({ event: 'error', conn: id, room: roomName, error: `loading room: ${(error as Error).message}` });
      trackClose(ws, id, roomName);
      return shut(ws, CloseCode.storageFailure, 'storage unavailable');
    }
    if (room.connections.size >= limits.maxConnectionsPerRoom) {
      log({ event: 'open', conn: id, room: roomName, remote, refused: 'room full' });
      trackClose(ws, id, roomName);
      unloadRoom(room);
      return shut(ws, CloseCode.busy, 'room full');
    }

    const bucket = new TokenBucket(limits.messagesPerSecond, limits.burst);
    let done = false;
    const fail = (code: number, reason: string) => {
      if (done) return;
      done = true;
      shut(ws, code, reason);
    };
    const connection: RoomConnection = {
      id,
      access,
      awareness: null,
      send(frame) {
        if (done || ws.readyState !== WebSocket.OPEN) return;
        if (ws.bufferedAmount > limits.maxBufferedBytes) {
          log({ event: 'slow-consumer', conn: id, room: roomName, bufferedBytes: ws.bufferedAmount });
          return fail(CloseCode.slowConsumer, 'too slow to receive');
        }
        ws.send(frame);
      },
    };

    log({ event: 'open', conn: id, room: roomName, access, remote });
    ws.on('message', (data, isBinary) => {
      if (done || closing) return;
      stats.framesIn++;
      if (!bucket.take()) return fail(CloseCode.rateLimited, 'rate limit exceeded');
      if (!isBinary) return fail(CloseCode.malformed, 'text frames are not supported');
      const bytes = toBytes(data);
      try {
        room.handle(connection, bytes);
      } catch (error) {
        if (error instanceof FrameError) return fail(error.code, error.message);
        if (error instanceof StorageError) {
          log({ event: 'error', conn: id, room: roomName, error: `write refused: ${error.message}` });
          return fail(CloseCode.storageFailure, 'relay storage failure');
        }
        log({ event: 'error', conn: id, room: roomName, error: (error as Error).message });
        return fail(CloseCode.malformed, 'unprocessable frame');
      }
    });
    trackClose(ws, id, roomName, () => {
      done = true;
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

function parseTarget(rawUrl: string): { room: string; token: string | null } | null {
  let url: URL;
  try {
    url = new URL(rawUrl, 'http://relay');
  } catch {
    return null;
  }
  const segment = url.pathname.split('/').filter(Boolean).pop();
  if (!segment) return null;
  let room: string;
  try {
    room = decodeURIComponent(segment);
  } catch {
    return null;
  }
  if (room.length === 0 || room.length > MAX_ROOM_NAME) return null;
  return { room, token: url.searchParams.get('token') };
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
