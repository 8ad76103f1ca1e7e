/**
 * Which automatic backups of a workspace file to keep: the last few saves, plus the
 * newest backup of each day for a month. Pure, so the policy is table-tested.
 */

export interface BackupPolicy {
  /** How many of the newest backups are kept whatever their day. */
  recent: number;
  /** For how many days the newest backup of each day is kept. */
  days: number;
  /**
   * No new backup sooner than this after the last one: autosave writes every few seconds
   * while someone types, and "the last 5 saves" should reach back further than a minute.
   */
  minIntervalMs?: number;
}

export const DEFAULT_BACKUP_POLICY: Readonly<BackupPolicy> = Object.freeze({ recent: 5, days: 30, minIntervalMs: 10 * 60 * 1000 });

/** Whether a save replacing the file should keep a backup of it first: none yet, or the newest is old enough. */
export function backupDue(backups: readonly BackupStamp[], now: number, policy: BackupPolicy = DEFAULT_BACKUP_POLICY): boolean {
  const newest = backups.reduce((latest, backup) => Math.max(latest, backup.savedAt), Number.NEGATIVE_INFINITY);
  return now - newest >= (policy.minIntervalMs ?? 0);
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupStamp {
  id: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
}

export type BackupKind = 'recent' | 'daily';

/** The calendar day (in this computer's time zone) a time falls on, as `YYYY-MM-DD`. */
export function localDay(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The backups to keep, each with why. Newest first: the first `recent` are kept; then,
 * among those saved within the last `days` days, the newest of each day not already
 * covered. Everything else may be deleted.
 */
export function backupsToKeep(
  backups: readonly BackupStamp[],
  now: number,
  policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
  dayOf: (time: number) => string = localDay,
): Map<string, BackupKind> {
  const newestFirst = [...backups].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const keep = new Map<string, BackupKind>();
  const coveredDays = new Set<string>();
  newestFirst.forEach((backup, index) => {
    if (index < policy.recent) {
      keep.set(backup.id, 'recent');
      coveredDays.add(dayOf(backup.savedAt));
      return;
    }
    if (backup.savedAt <= now - policy.days * DAY_MS) return;
    const day = dayOf(backup.savedAt);
    if (coveredDays.has(day)) return;
    coveredDays.add(day);
    keep.set(backup.id, 'daily');
  });
  return keep;
}
