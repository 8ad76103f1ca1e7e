/**
 * The pure half of the `app://` protocol: which file a URL names and which
 * headers its response carries. No `electron` import, so it is unit-tested in Node.
 */
import path from 'node:path';
import { DESKTOP_APP_ORIGIN, isAppUrl } from '../../shared/security/trusted-urls';

export const APP_SCHEME = 'app';
export const APP_ENTRY_URL = `${DESKTOP_APP_ORIGIN}/index.html`;

type PathApi = Pick<typeof path, 'join' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * A segment that could step out of the renderer folder or name something else on
 * some platform: dot segments (the URL parser resolves literal and `%2e` ones, but
 * `%2f` hides a separator from it), backslashes (a separator on Windows), drive
 * letters and alternate data streams (`:`), NUL.
 */
function isUnsafeSegment(segment: string): boolean {
  return segment === '' || segment === '.' || segment === '..' || /[\\:\0]/.test(segment);
}

/**
 * Maps `app://accord/<path>` to a file inside `rootDir`, or null when the URL is
 * not the app's or its path is not a plain relative path. `pathApi` is `path` in
 * the app; tests pass `path.win32` to check the Windows rules too.
 */
export function resolveAppFilePath(url: string, rootDir: string, pathApi: PathApi = path): string | null {
  if (!isAppUrl(url, [DESKTOP_APP_ORIGIN])) return null;
  const { pathname } = new URL(url);
  if (pathname === '' || pathname === '/') return pathApi.join(rootDir, 'index.html');

  let segments: string[];
  try {
    segments = pathname.slice(1).split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return null; // malformed percent-encoding
  }
  // Decoding can reveal separators that were encoded, so split the decoded text again.
  segments = segments.flatMap((segment) => segment.split('/'));
  if (segments.some(isUnsafeSegment)) return null;

  const filePath = pathApi.join(rootDir, ...segments);
  const relative = pathApi.relative(rootDir, filePath);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) return null;
  return filePath;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.accord': 'application/x-accord-workspace',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export function isHtmlFile(filePath: string): boolean {
  return path.extname(filePath).toLowerCase() === '.html';
}

/** Headers for a file served from `app://`; HTML documents carry the CSP. */
export function appResponseHeaders(filePath: string, csp: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': mimeTypeFor(filePath),
    // The type above is the truth; never let the engine guess a script out of data.
    'X-Content-Type-Options': 'nosniff',
    // The bundle changes with every build; always revalidate.
    'Cache-Control': 'no-cache',
  };
  if (isHtmlFile(filePath)) {
    headers['Content-Security-Policy'] = csp;
    headers['Cross-Origin-Opener-Policy'] = 'same-origin';
    headers['Referrer-Policy'] = 'no-referrer';
  }
  return headers;
}

/**
 * Client-side routes (`app://accord/workspace/…`) have no file: a missing path
 * without an extension gets the app's entry page, anything else a 404.
 */
export function isClientRoute(filePath: string): boolean {
  return path.extname(filePath) === '';
}
