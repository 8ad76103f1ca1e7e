/**
 * The browser shell: serves the built renderer on a loopback port and carries the
 * bridge over a WebSocket, running the same services as the desktop shell. The
 * port is fixed by default because the page's origin, and with it the IndexedDB
 * data, depends on it.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { BRIDGE_META_NAME, BRIDGE_PATH, BRIDGE_SECRET_PARAM } from '../../shared/ipc/wire';
import { isLoopbackHost } from '../../shared/security/trusted-urls';
import { createAppHandlers } from '../services/app-handlers';
import { createChromiumPrinter } from '../services/pdf-printer';
import { createRelayHost } from '../services/relay-host';
import { openSettingsStore } from '../services/settings-store';
import { createWorkspaceFiles, defaultFilesFolder } from '../services/workspace-files';
import { createBridgeServer, type BridgeServer } from './bridge-server';
import { createHostLog, type HostLog } from './host-log';
import { securityHeaders } from './security-headers';
import { mimeTypeFor } from '../services/mime-types';
import { injectBridgeMeta, isIndexHtml, looksLikeAppRoute, resolveStaticPath } from './static-files';

export const LOOPBACK_ADDRESS = '127.0.0.1';
/** What `GET /healthz` answers; the CLI recognises a running Accord by it. */
export const HEALTH_APP_NAME = 'accord';

export interface BrowserShellOptions {
  /** 0 picks a free port (tests); the CLI uses a fixed one. */
  port: number;
  dataDir: string;
  /** The built renderer (`dist/renderer`). */
  rendererDir: string;
  version: string;
  /** Where "Host on this computer" binds its relay; default every interface (`ACCORD_RELAY_HOST_BIND`). */
  relayBindAddress?: string;
  /** The Accord folder (`ACCORD_FILES_DIR` / `--files-dir`), whatever the settings say; default `<Documents>/Accord`. */
  filesDir?: string;
  log?: (line: object) => void;
}

export interface BrowserShell {
  url: string;
  port: number;
  /** The per-launch secret the page must present to open the bridge. */
  secret: string;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  readonly code = 'EADDRINUSE';
  constructor(readonly port: number) {
    super(`Port ${port} on ${LOOPBACK_ADDRESS} is already in use.`);
    this.name = 'PortInUseError';
  }
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host: LOOPBACK_ADDRESS, exclusive: true });
  });
}

function isInside(root: string, candidate: string): boolean {
  return candidate.startsWith(root + path.sep);
}

interface StaticSiteOptions {
  port: number;
  rendererDir: string;
  version: string;
  secret: string;
  log: HostLog;
}

function createRequestHandler(options: StaticSiteOptions) {
  const { port, rendererDir, version, secret, log } = options;
  const headers = securityHeaders();
  const bridgeEndpoint = `${BRIDGE_PATH}?${BRIDGE_SECRET_PARAM}=${secret}`;

  function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, extra: Record<string, string> = {}) {
    response.writeHead(status, {
      ...headers,
      'Content-Type': contentType,
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-cache',
      ...extra,
    });
    response.end(response.req.method === 'HEAD' ? undefined : body);
  }

  function sendText(response: ServerResponse, status: number, text: string, extra?: Record<string, string>) {
    send(response, status, 'text/plain; charset=utf-8', `${text}\n`, extra);
  }

  async function sendIndex(response: ServerResponse) {
    let html: string;
    try {
      html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');
    } catch {
      sendText(response, 503, 'The Accord app is not built yet. Run `npm run build`, then reload this page.');
      return;
    }
    send(response, 200, 'text/html; charset=utf-8', injectBridgeMeta(html, BRIDGE_META_NAME, bridgeEndpoint));
  }

  /** The real path of a regular file inside the renderer folder (symlinks included), or null. */
  async function existingFile(filePath: string): Promise<{ realPath: string; size: number } | null> {
    try {
      const [root, real] = await Promise.all([realpath(rendererDir), realpath(filePath)]);
      if (!isInside(root, real)) return null;
      const info = await stat(real);
      return info.isFile() ? { realPath: real, size: info.size } : null;
    } catch {
      return null;
    }
  }

  async function sendFile(response: ServerResponse, relative: string, file: { realPath: string; size: number }) {
    response.writeHead(200, {
      ...headers,
      'Content-Type': mimeTypeFor(file.realPath),
      'Content-Length': String(file.size),
      // Vite names everything under assets/ by content hash.
      'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (response.req.method === 'HEAD') {
      response.end();
      return;
    }
    try {
      await pipeline(createReadStream(file.realPath), response);
    } catch (error) {
      // A reader leaving mid-download (navigation, reload) is not an error of the host.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (!isLoopbackHost(request.headers.host, port)) {
      log({ level: 'warn', event: 'http-refused', reason: 'host', host: request.headers.host ?? null });
      sendText(response, 421, 'This server only answers to 127.0.0.1 and localhost.');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
      return;
    }
    const rawPath = (request.url ?? '').split(/[?#]/, 1)[0] ?? '';
    if (rawPath === '/healthz') {
      send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ app: HEALTH_APP_NAME, version }), { 'Cache-Control': 'no-store' });
      return;
    }
    const resolved = resolveStaticPath(rendererDir, rawPath);
    if (resolved.kind === 'refused') {
      log({ level: 'warn', event: 'http-refused', reason: 'path', path: rawPath.slice(0, 200) });
      sendText(response, 400, 'Bad request path.');
      return;
    }
    if (isIndexHtml(resolved.relative)) return sendIndex(response);
    const file = await existingFile(resolved.filePath);
    if (file) return sendFile(response, resolved.relative, file);
    if (looksLikeAppRoute(resolved.relative)) return sendIndex(response);
    sendText(response, 404, 'Not found.');
  }

  return (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      log({ level: 'error', event: 'http-error', path: (request.url ?? '').split('?', 1)[0], error: String(error) });
      if (!response.headersSent) sendText(response, 500, 'Internal error.');
      else response.destroy();
    });
  };
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const log = createHostLog(options.log);
  const settings = await openSettingsStore(options.dataDir, {
    logError: (message, error) => log({ level: 'error', event: 'settings-error', message, error: error === undefined ? null : String(error) }),
  });
  const relayHost = createRelayHost({
    dataDir: options.dataDir,
    settings,
    ...(options.relayBindAddress === undefined ? {} : { bindAddress: options.relayBindAddress }),
    log: (line) => log({ level: line.event === 'error' || line.event === 'host-start-failed' ? 'warn' : 'info', ...line, event: `relay-${String(line.event)}` }),
  });
  const printer = createChromiumPrinter();
  const handlers = createAppHandlers({
    shell: 'browser',
    version: options.version,
    platform: process.platform,
    settings,
    // In the browser shell the page opens external links itself.
    openExternal: async () => false,
    relayHost,
    printToPdf: printer,
    // No native dialogs here: the page has its own picker over the Accord folder, and downloads copies.
    files: createWorkspaceFiles({
      dataDir: options.dataDir,
      settings,
      defaultFolder: defaultFilesFolder(os.homedir()),
      ...(options.filesDir === undefined ? {} : { fixedFolder: options.filesDir }),
      relativePaths: true,
      log: (message, error) => log({ level: 'warn', event: 'files-warning', message, error: error === undefined ? null : String(error) }),
    }),
  });
  const secret = randomBytes(32).toString('base64url');

  // Handlers need the port (Host checks, origins), known only once listening.
  let onRequest: http.RequestListener = (_request, response) => {
    response.writeHead(503).end();
  };
  let bridge: BridgeServer | undefined;
  const server = http.createServer((request, response) => onRequest(request, response));
  server.on('upgrade', (request, socket, head) => {
    if (bridge) bridge.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  server.on('clientError', (error, socket) => {
    log({ level: 'warn', event: 'http-client-error', error: String(error) });
    socket.destroy();
  });

  const port = await listen(server, options.port);
  server.on('error', (error) => log({ level: 'error', event: 'http-server-error', error: String(error) }));
  const activeBridge = createBridgeServer({ port, secret, handlers, log });
  bridge = activeBridge;
  onRequest = createRequestHandler({ port, rendererDir: path.resolve(options.rendererDir), version: options.version, secret, log });
  const stopSettingsEvents = settings.onChange((payload) => activeBridge.broadcast({ t: 'event', event: 'settings:changed', payload }));
  const stopRelayEvents = relayHost.onChange((payload) => activeBridge.broadcast({ t: 'event', event: 'relay:host-status-changed', payload }));
  // Not awaited: a busy port must not keep the app from opening; the status event reports it.
  relayHost.resume().catch((error: unknown) => log({ level: 'error', event: 'relay-host-resume-failed', error: String(error) }));

  const url = `http://${LOOPBACK_ADDRESS}:${port}/`;
  log({ level: 'info', event: 'browser-shell-started', url, dataDir: options.dataDir });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    secret,
    close() {
      closing ??= (async () => {
        stopSettingsEvents();
        stopRelayEvents();
        printer.close();
        const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await Promise.all([activeBridge.close(), serverClosed, relayHost.close()]);
        log({ level: 'info', event: 'browser-shell-stopped', url });
      })();
      return closing;
    },
  };
}
