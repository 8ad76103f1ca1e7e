/**
 * A version's fingerprint: hex SHA-256 of a canonical JSON of its blocks. Endorsements name
 * the version they approve by this hash, so it must depend on the text and its formatting
 * only — not on how the Y.Doc was edited to get there (who typed what, in which order, how
 * Lexical split the runs).
 */
import type { Block, BlockList, Inline, InlineFormat } from './template';

const FORMAT_ORDER: readonly InlineFormat[] = ['bold', 'italic', 'underline'];

interface CanonicalRun {
  t: string;
  f?: string;
  h?: string;
}

/** Runs as one shape (strings and `{text}` alike), formats in a fixed order, neighbours of one style merged. */
export function canonicalRuns(value: Inline[] | string): CanonicalRun[] {
  const runs = typeof value === 'string' ? [value] : value;
  const out: CanonicalRun[] = [];
  for (const run of runs) {
    const text = typeof run === 'string' ? run : run.text;
    if (text.length === 0) continue;
    const formats = typeof run === 'string' ? '' : FORMAT_ORDER.filter((format) => run.formats?.includes(format)).join(',');
    const href = typeof run === 'string' ? undefined : run.href;
    const previous = out[out.length - 1];
    if (previous && (previous.f ?? '') === formats && previous.h === href) {
      previous.t += text;
      continue;
    }
    const canonical: CanonicalRun = { t: text };
    if (formats) canonical.f = formats;
    if (href) canonical.h = href;
    out.push(canonical);
  }
  return out;
}

/** One block as a plain value with a fixed key order; guidance is advice, not text, and counts for nothing. */
function canonicalBlock(block: Block): unknown {
  switch (block.type) {
    case 'heading':
      return ['h', block.level, canonicalRuns(block.text)];
    case 'paragraph':
      return ['p', canonicalRuns(block.text)];
    case 'quote':
      return ['q', canonicalRuns(block.text)];
    case 'bullets':
    case 'numbered':
      return [block.type === 'bullets' ? 'ul' : 'ol', block.items.map(canonicalRuns)];
    case 'table':
      return ['t', block.header, block.rows];
    case 'guidance':
      return null;
  }
}

/** The canonical text a version hash is taken of (also a cheap equality key for blocks). */
export function canonicalBlockKey(block: Block): string {
  return JSON.stringify(canonicalBlock(block));
}

export function canonicalJson(blocks: BlockList): string {
  return JSON.stringify(blocks.filter((block) => block.type !== 'guidance').map(canonicalBlock));
}

export async function versionHash(blocks: BlockList): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(blocks)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Short form shown next to an endorsement, enough to tell two versions apart by eye. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
