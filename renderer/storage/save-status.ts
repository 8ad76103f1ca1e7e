/** What the UI shows about local saving, and how storage errors are classified for it. */

export type SaveErrorKind = 'quota' | 'unknown';

export interface SaveError {
  kind: SaveErrorKind;
  message: string;
}

export interface SaveStatus {
  /** idle: nothing written yet · pending: changes wait for the next write · saving · saved · error: last write failed, retrying */
  state: 'idle' | 'pending' | 'saving' | 'saved' | 'error';
  error?: SaveError;
  /** Updates received from the Y.Doc that are not yet committed to disk. */
  pendingUpdates: number;
  lastSavedAt?: number;
}

/** A disk-full error may arrive as itself, or wrapped by Dexie (AbortError with `inner`, BulkError with `failures`). */
export function classifySaveError(error: unknown): SaveError {
  const message = error instanceof Error ? error.message || error.name : String(error);
  return { kind: mentionsQuota(error, 0) ? 'quota' : 'unknown', message };
}

function mentionsQuota(error: unknown, depth: number): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const record = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (record.name === 'QuotaExceededError') return true;
  const nested = [record.inner, record.cause, ...(Array.isArray(record.failures) ? record.failures : [])];
  return nested.some((inner) => mentionsQuota(inner, depth + 1));
}
