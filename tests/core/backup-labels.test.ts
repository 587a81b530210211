// How a backup reads on the Sauvegardes screen: every table it holds has a French name, and its
// contents summary counts the records a person recognises, in French.
import { describe, expect, it } from 'vitest';
import { BACKUP_REASON_LABELS, BACKUP_TABLE_LABELS, backupContentsSummary, backupReasonLabel, backupTableLabel, MAIN_BACKUP_TABLES } from '../../core/domain/backup-labels.ts';
import { BACKUP_REASONS, dataTables } from '../../core/service/backup/backup-manifest.ts';
import { openTestService } from '../support/test-app.ts';

describe('backup labels', () => {
  it('names in French every table of a migrated base, and only tables that exist', () => {
    const app = openTestService();
    const tables = dataTables(app.database.sqlite).filter((name) => name !== '__drizzle_migrations');
    expect(tables.filter((name) => !(name in BACKUP_TABLE_LABELS))).toEqual([]);
    expect(Object.keys(BACKUP_TABLE_LABELS).filter((name) => !tables.includes(name))).toEqual([]);
    for (const table of MAIN_BACKUP_TABLES) expect(tables).toContain(table);
    expect(backupTableLabel('applications')).toBe('Dossiers');
    expect(backupTableLabel('une_table_future')).toBe('une_table_future');
  });

  it('names every kind of backup the service makes', () => {
    expect(Object.keys(BACKUP_REASON_LABELS).sort()).toEqual([...BACKUP_REASONS].sort());
    expect(backupReasonLabel('fermeture')).toBe('à la fermeture');
    expect(backupReasonLabel('avant-restauration')).toBe('avant restauration');
  });

  it('summarises calls, providers, applications, sessions and conventions, leaving out those with none', () => {
    expect(backupContentsSummary({ calls: 3, providers: 12, applications: 40, cai_sessions: 1, conventions: 26, audit_log: 900 })).toBe('3 appels, 12 prestataires, 40 dossiers, 1 séance, 26 conventions');
    expect(backupContentsSummary({ calls: 3, providers: 0, applications: 40, conventions: 26 })).toBe('3 appels, 40 dossiers, 26 conventions');
    expect(backupContentsSummary({ calls: 1, applications: 1234 })).toBe('1 appel, 1\u202F234 dossiers');
    expect(backupContentsSummary({ audit_log: 5 })).toBe('aucun appel ni dossier');
  });
});
