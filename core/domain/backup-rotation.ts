// Which automatic backups to keep: the newest of each of the last 7 days that have one, of the last 4
// weeks, of the last 12 months (grandfather–father–son), and always the 3 most recent. A backup a
// person asked for ("manuelle") is theirs: rotation never removes it.

export type RotatedBackup = { file: string; createdAt: string; reason: string };

export const ROTATION = { recent: 3, daily: 7, weekly: 4, monthly: 12 } as const;

const dayOf = (iso: string) => iso.slice(0, 10);
const monthOf = (iso: string) => iso.slice(0, 7);

/** Monday of the ISO week holding the instant (UTC), as 'YYYY-MM-DD': one key per week. */
function weekOf(iso: string): string {
  const date = new Date(`${dayOf(iso)}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}

/** Keeps the newest backup of each of the `count` most recent periods that hold one. */
function newestPerPeriod(newestFirst: RotatedBackup[], periodOf: (iso: string) => string, count: number): Set<string> {
  const kept = new Set<string>();
  const periods = new Set<string>();
  for (const backup of newestFirst) {
    const period = periodOf(backup.createdAt);
    if (periods.has(period)) continue;
    if (periods.size === count) break;
    periods.add(period);
    kept.add(backup.file);
  }
  return kept;
}

/** The files rotation removes, oldest last; manual backups are never among them. */
export function backupsToRemove(backups: readonly RotatedBackup[]): string[] {
  const automatic = backups.filter((backup) => backup.reason !== 'manuelle').sort((left, right) => right.createdAt.localeCompare(left.createdAt));
  const kept = new Set<string>(automatic.slice(0, ROTATION.recent).map((backup) => backup.file));
  for (const [periodOf, count] of [
    [dayOf, ROTATION.daily],
    [weekOf, ROTATION.weekly],
    [monthOf, ROTATION.monthly],
  ] as const) {
    for (const file of newestPerPeriod(automatic, periodOf, count)) kept.add(file);
  }
  return automatic.filter((backup) => !kept.has(backup.file)).map((backup) => backup.file);
}
