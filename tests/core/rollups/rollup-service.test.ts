// The roll-up methods through the service: inputs checked in French, the screen's choices, and the
// indicators' export (decimals kept with a comma in the CSV, only validated bilans, French headers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataRows, parseCsv, readWorkbook } from '../../support/spreadsheet-files.ts';
import { expectFailure, FRENCH, openTestService } from '../../support/test-app.ts';
import { buildRollupBase, copyOfBase, insertBilan, type RollupBase } from '../../support/validated-bilans.ts';

let shared: RollupBase;
beforeAll(async () => {
  shared = await buildRollupBase();
}, 60_000);
afterAll(() => shared.remove());

describe('rollups service', () => {
  it('refuses an unknown axis in French and lists the years with validated and received bilans', async () => {
    const app = openTestService({ file: copyOfBase(shared) });
    const refused = expectFailure(await app.service.call('rollups.get', { by: 'quartier' }));
    expect(refused.code).toBe('validation');
    expect(refused.message).toMatch(FRENCH);
    insertBilan(app.database.sqlite, { conventionId: shared.conventions[0]!.id, year: 2019, figures: [{ code: 'IC01', value: 3 }] });
    insertBilan(app.database.sqlite, { conventionId: shared.conventions[1]!.id, year: 2019, status: 'recu', figures: [{ code: 'IC01', value: 4 }] });
    const options = await app.service.invoke('rollups.getOptions', {});
    expect(options.years).toEqual([{ year: 2019, validated: 1, received: 1 }]);
    expect(options.indicators.map((indicator) => indicator.code)).toContain('IC14');
    expect(await app.service.invoke('rollups.get', { by: 'year', code: 'IC01' })).toEqual([expect.objectContaining({ key: '2019', value: 3 })]);
  });

  it('exports a year’s validated figures with their decimals, as CSV and as a workbook', async () => {
    const app = openTestService({ file: copyOfBase(shared) });
    const [a, b] = shared.conventions;
    insertBilan(app.database.sqlite, { conventionId: a!.id, year: 2020, figures: [{ code: 'IC08', value: 12.5 }, { code: 'IC16', value: 20 }] });
    insertBilan(app.database.sqlite, { conventionId: b!.id, year: 2020, status: 'rejete', figures: [{ code: 'IC08', value: 99 }] });
    const csv = parseCsv(await app.service.invoke('exports.indicators', { year: 2020, format: 'csv' }));
    expect(csv.rows.slice(1).map((row) => [row[1], row[6], row[10]])).toEqual([
      [a!.number, 'IC08', '12,50'],
      [a!.number, 'IC16', '20,00'],
    ]);
    const file = await app.service.invoke('exports.indicators', { year: 2020, format: 'xlsx' });
    expect(file.fileName).toBe('indicateurs-2020.xlsx');
    expect(dataRows(await readWorkbook(file)).map((row) => row[10])).toEqual([12.5, 20]);
  });
});
