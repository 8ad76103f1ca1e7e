/**
 * This computer's memory of the decision log: the hash each entry had when this computer
 * first saw it, kept in local storage, outside the shared data. Verification compares the
 * log against it, so an entry rewritten on another computer — even with its hash
 * recomputed and its record in the shared data rewritten too — is still reported here.
 * A first-seen hash is never overwritten.
 */
const PREFIX = 'accord:log-seen:';

/** Read once per workspace: the log page, the decisions pages and the dialogs all ask on every log change. */
const cache = new Map<string, Map<string, string>>();

function readStored(workspaceId: string): Map<string, string> {
  try {
    const raw = localStorage.getItem(PREFIX + workspaceId);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new Map();
    return new Map(Object.entries(parsed as Record<string, unknown>).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
  } catch {
    return new Map(); // storage disabled or damaged: nothing remembered
  }
}

export function rememberedHashes(workspaceId: string): Map<string, string> {
  let known = cache.get(workspaceId);
  if (!known) cache.set(workspaceId, (known = readStored(workspaceId)));
  return new Map(known);
}

/** Adds entries not seen before; returns whether anything was added. */
export function rememberHashes(workspaceId: string, entries: ReadonlyArray<{ id: string; hash: string }>): boolean {
  const known = cache.get(workspaceId) ?? readStored(workspaceId);
  cache.set(workspaceId, known);
  const fresh = entries.filter(({ id }) => !known.has(id));
  if (fresh.length === 0) return false;
  // Another window of this profile may have remembered entries meanwhile: keep theirs too (first seen wins).
  for (const [id, hash] of readStored(workspaceId)) if (!known.has(id)) known.set(id, hash);
  for (const { id, hash } of fresh) if (!known.has(id)) known.set(id, hash);
  try {
    localStorage.setItem(PREFIX + workspaceId, JSON.stringify(Object.fromEntries(known)));
  } catch {
    return false; // full or disabled storage: verification still checks the shared data itself
  }
  return true;
}

export function forgetRememberedLog(workspaceId: string): void {
  cache.delete(workspaceId);
  try {
    localStorage.removeItem(PREFIX + workspaceId);
  } catch {
    // nothing to forget
  }
}
