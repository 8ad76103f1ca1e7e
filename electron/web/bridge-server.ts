/**
 * The browser shell's end of the bridge: a WebSocket endpoint that only the page
 * this host served can open (per-launch secret + Origin + Host), and that runs
 * every call through the same `dispatch()` as the desktop shell.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { MAX_WORKSPACE_FILE_BYTES, type Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { BRIDGE_PATH, BRIDGE_SECRET_PARAM, parseClientFrame, type EventFrame, type ResultFrame } from '../../shared/ipc/wire';
import { browserShellOrigins, isLoopbackHost } from '../../shared/security/trusted-urls';
import type { HostLog } from './host-log';

/**
 * The largest bridge call is a workspace file of MAX_WORKSPACE_FILE_BYTES sent as
 * base64 inside JSON (`files:save-workspace`): 4/3 of it plus room for the rest of
 * the frame (≈ 85 MiB). Anything larger is refused; `ws` alone would accept 100 MiB.
 */
export const MAX_FRAME_BYTES = Math.ceil(MAX_WORKSPACE_FILE_BYTES / 3) * 4 + 64 * 1024;

export interface BridgeServerOptions {
  port: number;
  secret: string;
  handlers: Handlers;
  log: HostLog;
}

export interface BridgeServer {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  broadcast(frame: EventFrame): void;
  close(): Promise<void>;
}

/** Constant-time, so the secret cannot be guessed one character at a time. */
export function secretMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

const STATUS_TEXT: Readonly<Record<number, string>> = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' };

function refuseUpgrade(socket: Duplex, status: 401 | 403 | 404, message: string): void {
  const body = `${message}\n`;
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
      body,
  );
}

function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function createBridgeServer(options: BridgeServerOptions): BridgeServer {
  const { port, secret, handlers, log } = options;
  const appOrigins = browserShellOrigins(port);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  let nextConnectionId = 1;

  function onConnection(ws: WebSocket, origin: string): void {
    const connection = nextConnectionId++;
    const sender = { url: `${origin}/` };
    log({ level: 'info', event: 'bridge-connected', connection, origin });

    // Without this listener a bad frame (oversized, invalid UTF-8) would crash the host.
    ws.on('error', (error) => log({ level: 'warn', event: 'bridge-socket-error', connection, error: describeError(error) }));

    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        log({ level: 'warn', event: 'bridge-malformed-frame', connection, reason: 'binary frame' });
        ws.close(1003, 'Text frames only');
        return;
      }
      const frame = parseClientFrame(textOf(data));
      if (!frame) {
        log({ level: 'warn', event: 'bridge-malformed-frame', connection, reason: 'not a call frame' });
        ws.close(1008, 'Malformed frame');
        return;
      }
      const logError = (channel: string, error: unknown) =>
        log({ level: 'error', event: 'bridge-handler-failed', connection, channel, error: describeError(error) });
      void dispatch({ handlers, appOrigins, logError }, sender, frame.channel, frame.args).then((result) => {
        if (ws.readyState !== ws.OPEN) return;
        let text: string;
        try {
          text = JSON.stringify({ t: 'result', id: frame.id, result } satisfies ResultFrame);
        } catch (error) {
          logError(frame.channel, error);
          const failed: ResultFrame = { t: 'result', id: frame.id, result: { ok: false, error: { code: 'internal', message: 'The result could not be sent.' } } };
          text = JSON.stringify(failed);
        }
        ws.send(text);
      });
    });
  }

  function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', (error) => log({ level: 'warn', event: 'bridge-upgrade-socket-error', error: describeError(error) }));
    const url = new URL(request.url ?? '/', 'http://upgrade.invalid');
    const origin = request.headers.origin;
    const refuse = (status: 401 | 403 | 404, reason: string, message: string) => {
      // The path only, never the query: it holds the secret.
      log({ level: 'warn', event: 'bridge-upgrade-refused', status, reason, path: url.pathname, origin: origin ?? null });
      refuseUpgrade(socket, status, message);
    };
    if (url.pathname !== BRIDGE_PATH) return refuse(404, 'path', 'Not found.');
    if (!isLoopbackHost(request.headers.host, port)) return refuse(403, 'host', 'Wrong Host header.');
    if (typeof origin !== 'string' || !appOrigins.includes(origin)) return refuse(403, 'origin', 'Wrong Origin.');
    if (!secretMatches(url.searchParams.get(BRIDGE_SECRET_PARAM), secret)) return refuse(401, 'secret', 'Wrong or missing secret.');
    wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, origin));
  }

  function broadcast(frame: EventFrame): void {
    const text = JSON.stringify(frame);
    for (const client of wss.clients) {
      if (client.readyState === client.OPEN) client.send(text);
    }
  }

  function close(): Promise<void> {
    for (const client of wss.clients) client.terminate();
    return new Promise((resolve) => wss.close(() => resolve()));
  }

  return { handleUpgrade, broadcast, close };
}
