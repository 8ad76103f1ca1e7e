/**
 * The pure half of the `app://` protocol: which file a URL names and which
 * headers its response carries. No `electron` import, so it is unit-tested in Node.
 */
import path from 'node:path';
import { DESKTOP_APP_ORIGIN, isAppUrl } from '../../shared/security/trusted-urls';
import { mimeTypeFor } from '../services/mime-types';

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
