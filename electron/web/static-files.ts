/**
 * How the browser shell maps a request path onto the built renderer: which file,
 * which type, and whether the path is refused. Pure, so each rule is unit-testable.
 */
import path from 'node:path';


export type StaticPath = { kind: 'file'; filePath: string; relative: string } | { kind: 'refused' };

/**
 * Resolves the raw (still percent-encoded) path of a request inside `rootDir`.
 * Refuses, rather than normalises, anything that tries to leave the folder or to
 * reach hidden files: `..` segments (also encoded or with backslashes), NUL
 * bytes, drive letters, badly encoded text.
 */
export function resolveStaticPath(rootDir: string, rawPathname: string): StaticPath {
  if (!rawPathname.startsWith('/')) return { kind: 'refused' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0')) return { kind: 'refused' };
  const segments = decoded.split(/[/\\]/).filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment.startsWith('.') || segment.includes(':'))) return { kind: 'refused' };
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  if (!filePath.startsWith(root + path.sep)) return { kind: 'refused' };
  return { kind: 'file', filePath, relative };
}

/** `/documents/abc` is a client-side route; `/assets/app.js` or `/favicon.ico` is a file. */
export function looksLikeAppRoute(relative: string): boolean {
  const last = relative.split('/').pop() ?? '';
  return !relative.startsWith('assets/') && !last.includes('.');
}

export function isIndexHtml(relative: string): boolean {
  return relative === 'index.html';
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Hands the renderer its bridge endpoint through a `<meta>` element: the CSP
 * forbids inline scripts, and a meta tag needs none.
 */
export function injectBridgeMeta(html: string, metaName: string, content: string): string {
  const meta = `<meta name="${escapeAttribute(metaName)}" content="${escapeAttribute(content)}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return meta + html;
  const end = head.index + head[0].length;
  return html.slice(0, end) + meta + html.slice(end);
}
