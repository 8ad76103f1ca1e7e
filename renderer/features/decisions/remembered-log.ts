/**
 * This computer's memory of the decision log: the hash each entry had when this computer
 * first saw it, kept in local storage, outside the shared data. Verification compares the
 * log against it, so an entry rewritten on another computer — even with its hash
 * recomputed and its record in the shared data rewritten too — is still reported here.
 * A first-seen hash is never overwritten.
 */
const PREFIX = 'accord:log-seen:';

export function rememberedHashes(workspaceId: string): Map<string, string> {
  try {
    const raw = localStorage.getItem(PREFIX + workspaceId);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new Map();
    return new Map(Object.entries(parsed as Record<string, unknown>).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
  } catch {
    return new Map(); // storage disabled or damaged: nothing remembered
  }
}

/** Adds entries not seen before; returns whether anything was added. */
export function rememberHashes(workspaceId: string, entries: ReadonlyArray<{ id: string; hash: string }>): boolean {
  const known = rememberedHashes(workspaceId);
  let added = false;
  for (const { id, hash } of entries) {
    if (known.has(id)) continue;
    known.set(id, hash);
    added = true;
  }
  if (!added) return false;
  try {
    localStorage.setItem(PREFIX + workspaceId, JSON.stringify(Object.fromEntries(known)));
  } catch {
    return false; // full or disabled storage: verification still checks the shared data itself
  }
  return true;
}

export function forgetRememberedLog(workspaceId: string): void {
  try {
    localStorage.removeItem(PREFIX + workspaceId);
  } catch {
    // nothing to forget
  }
}
