// The applications list as a spreadsheet (issue 10, "exports people take to meetings"): every matching row
// counted in SQL (not the page a screen loaded), the list's filters and order, amounts as summable
// numbers in euros, dates as real dates, a bold frozen header; and the CSV French Excel opens as it is.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../core/service/create-service.ts';
import { csvCents, NUMBER_FORMATS } from '../../core/service/exports/spreadsheet.ts';
import { dataRows, headerOf, parseCsv, readWorkbook } from '../support/spreadsheet-files.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const NOW = new Date('2026-03-12T13:05:00Z');
const PER_PROVIDER = 115;

/** Two providers × 115 applications: the first provider's on lever 6, the second's on lever 1; amounts vary. */
async function seedMany(service: Service) {
  const call = await service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 100_000_000 });
  const pact = await service.invoke('pacts.get', { pactId: call.pactId });
  const objective = (lever: number) => pact.levers.find((candidate) => candidate.number === lever)?.objectives[0]?.operationalObjectives[0]?.id ?? 0;
  const providers = [];
  for (const [index, name] of ['Mobiliclés', 'Le Relais ; "Nord"'].entries()) {
    const { provider } = await service.invoke('providers.create', { name, legalForm: 'association' });
    providers.push(provider);
    for (let number = 0; number < PER_PROVIDER; number += 1) {
      const amount = 100_000 + number * 1_237 + index * 55;
      await service.invoke('applications.create', {
        callId: call.id,
        providerId: provider.id,
        title: number === 0 ? '=HYPERLINK("http://exemple.test";"Atelier")' : `Atelier ${String(number).padStart(3, '0')} vélo`,
        primaryObjectiveId: objective(index === 0 ? 6 : 1),
        budgetLines: [
          { account: '64', amountCents: amount },
          { account: '74-ccas', amountCents: amount },
        ],
      });
    }
  }
  return { call, providers };
}

describe('applications export', () => {
  it('holds every application matching the filters, as many as SQL counts (more than 200), in the list’s order', async () => {
    const opened = openTestService({ now: () => NOW });
    const { service, database } = opened;
    const { call, providers } = await seedMany(service);
    const sqlCount = (sql: string, ...params: unknown[]) => (database.sqlite.prepare(sql).get(...params) as { n: number }).n;

    const file = await service.invoke('applications.export', { callId: call.id, format: 'xlsx', sort: 'requested', descending: true });
    const all = sqlCount('select count(*) as n from applications where call_id = ?', call.id);
    expect(all).toBe(2 * PER_PROVIDER);
    expect(file.rowCount).toBe(all);
    expect(file.fileName).toBe('dossiers-2026-03-12.xlsx');
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = await readWorkbook(file);
    const rows = dataRows(sheet);
    expect(rows).toHaveLength(all);
    // Row for row the list with the same filters and sort (its first 5,000).
    const list = await service.invoke('applications.list', { callId: call.id, sort: 'requested', descending: true, limit: 5000 });
    expect(rows.map((row) => row[0])).toEqual(list.items.map((item) => item.id));
    // The sum of the column is the list's SQL total: amounts are numbers in euros, not text.
    const requested = rows.reduce((sum, row) => sum + Math.round((row[5] as number) * 100), 0);
    expect(requested).toBe(list.requestedTotalCents);
    expect(requested).toBe(sqlCount('select sum(requested_cents) as n from applications where call_id = ?', call.id));

    // A filter the list has (provider and lever) gives the rows SQL finds with that filter, and says so on top.
    const filtered = await service.invoke('applications.export', { providerId: providers[0]?.id ?? 0, leverNumber: 6, query: 'velo', format: 'xlsx' });
    const expected = sqlCount(
      `select count(*) as n from applications a
        join application_objectives ao on ao.application_id = a.id and ao.is_primary = 1
        join pact_operational_objectives oo on oo.id = ao.operational_objective_id
        join pact_objectives o on o.id = oo.objective_id join pact_levers l on l.id = o.lever_id
       where a.provider_id = ? and l.number = 6 and a.title like '%vélo%'`,
      providers[0]?.id,
    );
    expect(expected).toBe(PER_PROVIDER - 1);
    expect(filtered.rowCount).toBe(expected);
    const filteredSheet = await readWorkbook(filtered);
    expect(dataRows(filteredSheet).every((row) => row[2] === 'Mobiliclés')).toBe(true);
    expect(String(filteredSheet.getCell('A2').value)).toContain('Filtres : levier 6, prestataire « Mobiliclés », recherche « velo »');
    expect(String(filteredSheet.getCell('A2').value)).toContain(`${expected} dossiers`);
  });

  it('writes numbers and dates with French formats under a bold, frozen header, and says what and when', async () => {
    const { service } = openTestService({ now: () => NOW });
    const call = await service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 100_000_000 });
    const { provider } = await service.invoke('providers.create', { name: 'Mobiliclés', legalForm: 'association' });
    const created = await service.invoke('applications.create', {
      callId: call.id,
      providerId: provider.id,
      title: 'Atelier vélo',
      budgetLines: [
        { account: '64', amountCents: 1_234_567 },
        { account: '74-ccas', amountCents: 1_234_567 },
      ],
    });
    const sheet = await readWorkbook(await service.invoke('applications.export', { format: 'xlsx' }));
    expect(sheet.name).toBe('Dossiers');
    expect(sheet.getCell('A1').value).toMatch(/^Dossiers de demande — exportés le 12\/03\/2026 à \d{2}:05$/u);
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const header = sheet.getRow(3);
    expect(headerOf(sheet)).toEqual(['N° dossier', 'Intitulé', 'Prestataire', 'Appel', 'Objectif', 'Demandé', 'Avis de la CAI', 'Proposé', 'Statut', 'Modifié le']);
    expect(header.getCell(1).font.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(50);
    expect(sheet.autoFilter).toBeTruthy();

    const row = sheet.getRow(4);
    expect(row.getCell(1).value).toBe(created.id);
    expect(row.getCell(4).value).toBe(2018);
    expect(row.getCell(4).numFmt).toBe('0');
    // 12 345,67 €: a number with the euro format (shown "12 345,67 €" by French Excel), summable.
    expect(row.getCell(6).value).toBe(12_345.67);
    expect(row.getCell(6).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(6).numFmt).toBe('#,##0.00 "€"');
    expect(row.getCell(7).value).toBe('Pas encore d’avis');
    expect(row.getCell(8).value).toBeNull();
    expect(row.getCell(9).value).toBe('Brouillon');
    // A real date (an Excel serial read back as a Date), formatted jj/mm/aaaa.
    expect(row.getCell(10).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(10).value).toEqual(new Date(Date.UTC(2026, 2, 12)));
    expect(row.getCell(10).numFmt).toBe(NUMBER_FORMATS.date);
  });

  it('writes a CSV French Excel opens: BOM, “;”, decimal commas, jj/mm/aaaa, quoted and defused text', async () => {
    const { service } = openTestService({ now: () => NOW });
    const { call, providers } = await seedMany(service);
    const file = await service.invoke('applications.export', { providerId: providers[1]?.id ?? 0, format: 'csv', sort: 'title' });
    expect(file.fileName).toBe('dossiers-2026-03-12.csv');
    expect(file.mediaType).toBe('text/csv');
    const { bom, rows, errors } = parseCsv(file);
    expect(errors).toEqual([]);
    expect(bom).toBe(true);
    expect(rows[0]).toEqual(['N° dossier', 'Intitulé', 'Prestataire', 'Appel', 'Objectif', 'Demandé', 'Avis de la CAI', 'Proposé', 'Statut', 'Modifié le']);
    const data = rows.slice(1);
    expect(data).toHaveLength(PER_PROVIDER);
    expect(file.rowCount).toBe(PER_PROVIDER);
    const list = await service.invoke('applications.list', { callId: call.id, providerId: providers[1]?.id ?? 0, sort: 'title', limit: 5000 });
    expect(data.map((row) => Number(row[0]))).toEqual(list.items.map((item) => item.id));
    // The ";" and quotes of a name survive the round trip; a formula typed as a title is defused.
    expect(data.every((row) => row[2] === 'Le Relais ; "Nord"')).toBe(true);
    expect(data.some((row) => row[1] === '\'=HYPERLINK("http://exemple.test";"Atelier")')).toBe(true);
    const first = list.items[0];
    const firstRow = data[0] ?? [];
    expect(firstRow[5]).toBe(csvCents(first?.requestedCents ?? -1));
    expect(firstRow[5]).toMatch(/^\d+,\d{2}$/u);
    expect(firstRow[9]).toBe('12/03/2026');
  });

  it('any amount in cents is written in the CSV as the same euros: a decimal comma, no group separator', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), (cents) => {
        const text = csvCents(cents);
        expect(text).toMatch(/^-?\d+,\d{2}$/u);
        const [units = '', hundredths = ''] = text.replace('-', '').split(',');
        expect((cents < 0 ? -1 : 1) * (Number(units) * 100 + Number(hundredths))).toBe(cents);
      }),
    );
  });

  it('refuses an unknown format in French and writes no audit entry for an export (a read)', async () => {
    const { service, database } = openTestService({ now: () => NOW });
    const refused = expectFailure(await service.call('applications.export', { format: 'ods' }));
    expect(refused.code).toBe('validation');
    expect(refused.message).toContain('Format : xlsx ou csv.');
    const before = database.sqlite.prepare('select count(*) as n from audit_log').get();
    await service.invoke('applications.export', { format: 'csv' });
    expect(database.sqlite.prepare('select count(*) as n from audit_log').get()).toEqual(before);
  });
});
