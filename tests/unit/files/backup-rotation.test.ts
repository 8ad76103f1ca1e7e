import { describe, expect, it } from 'vitest';
import { backupDue, backupsToKeep, DAY_MS, localDay, type BackupStamp } from '../../../electron/services/backup-rotation';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const HOUR = 60 * 60 * 1000;

/** A backup `daysAgo` days and `hours` hours before NOW, named after that. */
function at(daysAgo: number, hours = 0): BackupStamp {
  return { id: `d${daysAgo}h${hours}`, savedAt: NOW - daysAgo * DAY_MS - hours * HOUR };
}

function kept(backups: BackupStamp[], policy = { recent: 5, days: 30 }): Record<string, string> {
  return Object.fromEntries([...backupsToKeep(backups, NOW, policy, utcDay)].sort(([a], [b]) => a.localeCompare(b)));
}

describe('backup rotation', () => {
  it.each<[string, BackupStamp[], Record<string, string>]>([
    ['nothing to keep', [], {}],
    ['fewer than five: all recent', [at(0, 1), at(0, 2), at(3)], { d0h1: 'recent', d0h2: 'recent', d3h0: 'recent' }],
    [
      'ten saves today: the last five',
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((h) => at(0, h)),
      { d0h0: 'recent', d0h1: 'recent', d0h2: 'recent', d0h3: 'recent', d0h4: 'recent' },
    ],
    [
      'older days keep their newest backup',
      [at(0, 1), at(0, 2), at(0, 3), at(0, 4), at(0, 5), at(0, 6), at(1, 1), at(1, 5), at(2, 3), at(2, 4)],
      { d0h1: 'recent', d0h2: 'recent', d0h3: 'recent', d0h4: 'recent', d0h5: 'recent', d1h1: 'daily', d2h3: 'daily' },
    ],
    [
      'a day covered by a recent backup gets no daily one',
      [at(0, 1), at(1, 1), at(1, 2), at(1, 3), at(1, 4), at(1, 5), at(2, 1)],
      { d0h1: 'recent', d1h1: 'recent', d1h2: 'recent', d1h3: 'recent', d1h4: 'recent', d2h1: 'daily' },
    ],
    [
      'nothing older than 30 days beyond the recent ones',
      [at(0, 1), at(0, 2), at(0, 3), at(0, 4), at(0, 5), at(29), at(30, 1), at(45)],
      { d0h1: 'recent', d0h2: 'recent', d0h3: 'recent', d0h4: 'recent', d0h5: 'recent', d29h0: 'daily' },
    ],
    ['old backups are still kept when they are the last saves', [at(100), at(200)], { d100h0: 'recent', d200h0: 'recent' }],
  ])('%s', (_label, backups, expected) => {
    expect(kept(backups)).toEqual(expected);
  });

  it('keeps one per day over a month of daily saves', () => {
    const backups = Array.from({ length: 60 }, (_, day) => [at(day, 1), at(day, 2)]).flat();
    const result = backupsToKeep(backups, NOW, { recent: 5, days: 30 }, utcDay);
    expect([...result.values()].filter((kind) => kind === 'recent')).toHaveLength(5);
    // Days 0–2 are covered by the recent five; days 3–29 keep one each.
    expect([...result.values()].filter((kind) => kind === 'daily')).toHaveLength(27);
    expect(result.size).toBe(32);
  });

  it('does not depend on the order it is given', () => {
    const backups = [at(5), at(0, 1), at(2), at(0, 3), at(1), at(0, 2), at(40), at(3)];
    expect(kept([...backups].reverse())).toEqual(kept(backups));
  });

  it('names local days as YYYY-MM-DD', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
  });
});

describe('when a backup is due', () => {
  const MINUTE = 60_000;
  it.each([
    ['no backup yet', [], 0, true],
    ['the last one 9 minutes ago', [{ id: 'a', savedAt: 0 }], 9 * MINUTE, false],
    ['the last one 10 minutes ago', [{ id: 'a', savedAt: 0 }], 10 * MINUTE, true],
    ['the newest decides, in any order', [{ id: 'b', savedAt: 5 * MINUTE }, { id: 'a', savedAt: 0 }], 12 * MINUTE, false],
  ])('%s', (_, backups, now, due) => {
    expect(backupDue(backups, now as number)).toBe(due);
  });
});
