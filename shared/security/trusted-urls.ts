/**
 * Which URLs the app trusts. One pure function per question, table-tested, so the
 * Electron main process and the browser-shell host agree on every answer.
 */

/** The renderer's origin in the desktop shell (served by the `app://` protocol). */
export const DESKTOP_APP_ORIGIN = 'app://accord';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to one of the app's own origins. Compares parsed
 * origins, never prefixes, so `app://accord.evil` or `http://127.0.0.1:4317@evil`
 * do not pass.
 */
export function isAppUrl(url: string, appOrigins: readonly string[]): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.username || parsed.password) return false;
  const origin = parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin;
  return appOrigins.includes(origin);
}

/** Links a user may open in their own browser or mail program: https and mailto only. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username || parsed.password) return false;
  return parsed.hostname.length > 0;
}

/** The loopback origin of the browser shell on `port`. */
export function browserShellOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * The Host header a browser-shell request must carry. Refusing other hosts defeats
 * DNS-rebinding pages that would otherwise reach the loopback server as same-origin.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}
