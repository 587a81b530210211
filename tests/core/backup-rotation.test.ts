// Rotation of automatic backups: 3 most recent, newest of each of 7 days, 4 weeks, 12 months; never a manual one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToRemove, ROTATION, type RotatedBackup } from '../../core/domain/backup-rotation.ts';

const START = Date.UTC(2025, 0, 1);
const backupArb = fc.record({ minutes: fc.integer({ min: 0, max: 2 * 366 * 24 * 60 }), manual: fc.boolean() });

function backupsOf(entries: { minutes: number; manual: boolean }[]): RotatedBackup[] {
  return entries.map((entry, index) => ({ file: `b${index}`, createdAt: new Date(START + entry.minutes * 60_000).toISOString(), reason: entry.manual ? 'manuelle' : 'quotidienne' }));
}

describe('backup rotation', () => {
  it('never removes a manual backup nor the 3 newest automatic ones, and keeps at most 3 + 7 + 4 + 12 automatic ones', () => {
    fc.assert(
      fc.property(fc.array(backupArb, { maxLength: 300 }), (entries) => {
        const backups = backupsOf(entries);
        const removed = new Set(backupsToRemove(backups));
        const automatic = backups.filter((backup) => backup.reason !== 'manuelle').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        expect(backups.filter((backup) => backup.reason === 'manuelle').some((backup) => removed.has(backup.file))).toBe(false);
        expect(automatic.slice(0, ROTATION.recent).some((backup) => removed.has(backup.file))).toBe(false);
        expect(automatic.length - removed.size).toBeLessThanOrEqual(ROTATION.recent + ROTATION.daily + ROTATION.weekly + ROTATION.monthly);
      }),
    );
  });

  it('keeps the newest backup of each of the 7 most recent days that have one', () => {
    fc.assert(
      fc.property(fc.array(backupArb, { maxLength: 200 }), (entries) => {
        const backups = backupsOf(entries).filter((backup) => backup.reason !== 'manuelle');
        const removed = new Set(backupsToRemove(backups));
        const newestPerDay = new Map<string, RotatedBackup>();
        for (const backup of backups) {
          const day = backup.createdAt.slice(0, 10);
          const known = newestPerDay.get(day);
          if (!known || known.createdAt < backup.createdAt) newestPerDay.set(day, backup);
        }
        const lastDays = [...newestPerDay.keys()].sort().reverse().slice(0, ROTATION.daily);
        for (const day of lastDays) expect(removed.has(newestPerDay.get(day)?.file ?? '')).toBe(false);
      }),
    );
  });

  it('thins a year of daily backups to about two dozen', () => {
    const year = Array.from({ length: 365 }, (_, day) => ({ file: `d${day}`, createdAt: new Date(START + day * 86_400_000).toISOString(), reason: 'quotidienne' }));
    const kept = year.length - backupsToRemove(year).length;
    expect(kept).toBeGreaterThanOrEqual(ROTATION.daily + ROTATION.monthly - 1);
    expect(kept).toBeLessThanOrEqual(ROTATION.recent + ROTATION.daily + ROTATION.weekly + ROTATION.monthly);
  });
});
