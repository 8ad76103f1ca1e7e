/**
 * The `app://accord/` origin the renderer is served from: a stable origin for
 * IndexedDB and a place to attach the CSP header, without `file://`'s ambient
 * access to the disk.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_SCHEME, appResponseHeaders, isClientRoute, resolveAppFilePath } from './app-files';

/** Must run before `app` is ready: Electron only accepts privileges then. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origin + relative URLs; secure: a secure context (crypto.subtle, IndexedDB persistence).
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

async function readIfFile(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/** Serves the built renderer from `rendererDir`; call once the app is ready. */
export function handleAppProtocol(options: { rendererDir: string; csp: string; logError?: (error: unknown) => void }): void {
  const { rendererDir, csp } = options;
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
    const filePath = resolveAppFilePath(request.url, rendererDir);
    if (!filePath) return plainResponse(404, 'Not found');
    try {
      let servedPath = filePath;
      let body = await readIfFile(filePath);
      if (!body && isClientRoute(filePath)) {
        servedPath = path.join(rendererDir, 'index.html');
        body = await readIfFile(servedPath);
      }
      if (!body) return plainResponse(404, 'Not found');
      const headers = appResponseHeaders(servedPath, csp);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
    } catch (error) {
      options.logError?.(error);
      return plainResponse(500, 'Could not read the file');
    }
  });
}
