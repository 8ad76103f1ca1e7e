/**
 * The Content-Security-Policy both shells send with the renderer's HTML. Pure, so
 * the Electron `app://` handler and the browser-shell host emit the same policy.
 */

export interface ContentSecurityPolicyOptions {
  /**
   * Extra sources the renderer may connect to (the relay, the browser shell's
   * bridge socket), e.g. `ws://127.0.0.1:4317`. The app's own origin is always allowed.
   */
  connectSrc: readonly string[];
}

/** Quoted keywords a caller may pass; anything else must be a plain scheme or host source. */
const KEYWORD_SOURCES = new Set(["'self'", "'none'"]);

/**
 * A source is interpolated into a header, so anything that could end the directive
 * (`;`, `,`), start another token (whitespace) or smuggle a keyword (quotes) is refused.
 */
function assertSafeSource(source: string): void {
  if (KEYWORD_SOURCES.has(source)) return;
  if (source.length === 0 || /[\s;,'"]/.test(source)) {
    throw new Error(`Unsafe Content-Security-Policy source: ${JSON.stringify(source)}`);
  }
}

export function contentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  options.connectSrc.forEach(assertSafeSource);
  const connectSrc = ["'self'", ...options.connectSrc.filter((source) => source !== "'self'" && source !== "'none'")];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // Lexical writes inline `style` attributes (alignment, indentation, table widths).
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['connect-src', [...new Set(connectSrc)]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
