// The audit screen's reading of the log: filters and counts computed in SQL over every entry (not the
// page shown), and the export of the filtered entries, readable back with French dates.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditFiltersInput, AuditLogEntry } from '../../core/service/api.ts';
import { AUDIT_ACTION_LABELS } from '../../core/service/audit/audit-api.ts';
import type { Service } from '../../core/service/create-service.ts';
import { openService } from '../../core/service/open-service.ts';
import { repoRoot } from '../support/test-app.ts';

const PEOPLE = [
  { name: 'Agnès Martin', role: 'responsable des dispositifs' },
  { name: 'Éloïse Hervé', role: '' },
  { name: 'Bruno Le Gall', role: 'chargé de mission' },
];
const START = Date.parse('2018-01-15T08:00:00.000Z');
const STEP_MS = 3 * 60 * 60 * 1000;
const ORGANISATIONS = ['CCAS de Rennes', 'Atelier 100% insertion', 'Conseil départemental'];

/** The folding a person expects: accents and case ignored (written here, not the service's code). */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/œ/gu, 'oe').toLowerCase();

type Log = { service: Service; all: AuditLogEntry[]; close: () => void };

/** 600 entries and more: three people in turn, one act every three hours from 15 January 2018. */
async function busyLog(): Promise<Log> {
  let tick = 0;
  // Built once for the suite (outside a test, where openTestService's clean-up hook cannot run).
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-audit-'));
  const opened = openService({ databaseFile: path.join(dir, 'pacte.sqlite'), appRoot: repoRoot, actor: 'root', now: () => new Date(START + tick * STEP_MS) });
  const { service } = opened;
  for (let index = 0; index < 240; index += 1) {
    const person = PEOPLE[index % PEOPLE.length] ?? PEOPLE[0];
    if (person && index < PEOPLE.length * 2) await service.invoke('settings.saveLocalUser', person);
    tick += 1;
    const juror = await service.invoke('jurors.create', { name: `Membre ${index}`, role: 'responsable_antenne', organisation: ORGANISATIONS[index % 3] ?? '' });
    tick += 1;
    await service.invoke('jurors.update', { id: juror.id, name: `Membre ${index} bis`, role: 'responsable_antenne', organisation: ORGANISATIONS[(index + 1) % 3] ?? '' });
    tick += 1;
    if (index % 4 === 0) await service.invoke('calls.create', { year: 2018 + (index % 3), title: `Appel n° ${index}`, envelopeCents: 100_000 });
  }
  const all = (await service.invoke('audit.list', { limit: 1000 })).items;
  return { service, all, close: () => {
    opened.close();
    rmSync(dir, { recursive: true, force: true });
  } };
}

function localDay(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function matches(entry: AuditLogEntry, filters: AuditFiltersInput): boolean {
  const day = localDay(entry.at);
  if (filters.from && day < filters.from) return false;
  if (filters.to && day > filters.to) return false;
  if (filters.actor && !fold(entry.actor).includes(fold(filters.actor))) return false;
  if (filters.action && entry.action !== filters.action) return false;
  if (filters.entity && entry.entity !== filters.entity) return false;
  if (filters.search) {
    const words = fold(filters.search);
    const haystacks = [entry.action, entry.actor, JSON.stringify(entry.details), AUDIT_ACTION_LABELS[entry.action] ?? ''];
    if (!haystacks.some((text) => fold(text).includes(words))) return false;
  }
  return true;
}

describe('audit log filters', () => {
  let log: Log;
  beforeAll(async () => {
    log = await busyLog();
  }, 120_000);
  afterAll(() => log.close());

  it('holds more than 500 entries, and the page of 25 says how many match over the whole log', async () => {
    expect(log.all.length).toBeGreaterThan(500);
    const page = await log.service.invoke('audit.list', { limit: 25, offset: 50, filters: { entity: 'jurors' } });
    const jurors = log.all.filter((entry) => entry.entity === 'jurors');
    expect(page.total).toBe(480);
    expect(page.overall).toBe(log.all.length);
    expect(page.items.map((entry) => entry.seq)).toEqual(jurors.slice(50, 75).map((entry) => entry.seq));
    expect(page.counts.actions).toEqual([
      { value: 'jurors.create', count: 240 },
      { value: 'jurors.update', count: 240 },
    ]);
    expect(page.choices.entities).toEqual(['calls', 'jurors', 'settings']);
    expect(page.choices.actors).toEqual(['Agnès Martin (responsable des dispositifs)', 'Bruno Le Gall (chargé de mission)', 'root', 'Éloïse Hervé']);
  });

  it('finds a person whatever the accents and case typed', async () => {
    const eloise = await log.service.invoke('audit.list', { limit: 1, filters: { actor: 'ELOISE herve' } });
    expect(eloise.total).toBe(log.all.filter((entry) => entry.actor === 'Éloïse Hervé').length);
    expect(eloise.counts.actors).toEqual([{ value: 'Éloïse Hervé', count: eloise.total }]);
  });

  it('finds an operation by its French words, and a percent sign only where one was typed', async () => {
    const created = await log.service.invoke('audit.list', { limit: 1, filters: { search: 'membre du jury ajoute' } });
    expect(created.total).toBe(240);
    expect(created.counts.actions).toEqual([{ value: 'jurors.create', count: 240 }]);
    const percent = await log.service.invoke('audit.list', { limit: 1, filters: { search: '100%' } });
    expect(percent.total).toBe(log.all.filter((entry) => JSON.stringify(entry.details).includes('100%')).length);
    expect(percent.total).toBeGreaterThan(0);
    expect((await log.service.invoke('audit.list', { limit: 1, filters: { search: '%' } })).total).toBe(percent.total);
    // "_" is a wildcard to LIKE: typed, it stands for itself (the jurors' role key holds one, the labels none).
    const underscore = await log.service.invoke('audit.list', { limit: 1, filters: { search: '_' } });
    expect(underscore.total).toBe(log.all.filter((entry) => JSON.stringify(entry.details).includes('_')).length);
    expect(underscore.total).toBeLessThan(log.all.length);
  });

  it('gives, for any combination of filters, the total and the counts a reading of every entry gives', async () => {
    const days = [...new Set(log.all.map((entry) => localDay(entry.at)))].sort();
    const day = fc.constantFrom(...days);
    const filters = fc.record(
      {
        from: day,
        to: day,
        actor: fc.constantFrom('agnes', 'Éloïse', 'LE GALL', 'root', 'personne'),
        action: fc.constantFrom('jurors.create', 'jurors.update', 'calls.create', 'settings.saveLocalUser'),
        entity: fc.constantFrom('jurors', 'calls', 'settings'),
        search: fc.constantFrom('conseil', 'Membre 1', 'appel', 'ccas', 'jure', 'chargé', 'zzz'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(filters, async (chosen) => {
        fc.pre(!(chosen.from && chosen.to && chosen.from > chosen.to));
        const expected = log.all.filter((entry) => matches(entry, chosen));
        const page = await log.service.invoke('audit.list', { limit: 10, filters: chosen });
        expect(page.total).toBe(expected.length);
        expect(page.items.map((entry) => entry.seq)).toEqual(expected.slice(0, 10).map((entry) => entry.seq));
        const byActor = new Map<string, number>();
        for (const entry of expected) byActor.set(entry.actor, (byActor.get(entry.actor) ?? 0) + 1);
        expect(Object.fromEntries(page.counts.actors.map((row) => [row.value, row.count]))).toEqual(Object.fromEntries(byActor));
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a start date after the end date, in French', async () => {
    const result = await log.service.call('audit.list', { filters: { from: '2018-02-01', to: '2018-01-31' } });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(/La date de début doit précéder la date de fin/u);
  });

  it('exports the filtered entries as an .xlsx read back with real dates in the French format, and the filters said', async () => {
    const filters = { actor: 'agnès', entity: 'jurors', from: '2018-01-15', to: '2018-01-16' };
    const expected = log.all.filter((entry) => matches(entry, filters)).toReversed();
    const file = await log.service.invoke('audit.export', { filters, format: 'xlsx' });
    expect(expected.length).toBeGreaterThan(0);
    expect(file).toMatchObject({ fileName: expect.stringMatching(/^journal-audit-2018-\d{2}-\d{2}\.xlsx$/u) as unknown, count: expected.length });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Journal d’audit');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'N°', 'Date et heure', 'Par', 'Opération', 'Code de l’opération', 'Objet', 'N° de l’objet', 'Détails', 'Empreinte']);
    expect(sheet?.actualRowCount).toBe(expected.length + 1);
    const first = expected[0];
    const row = sheet?.getRow(2);
    expect(row?.getCell(1).value).toBe(first?.seq);
    const date = row?.getCell(2).value as Date;
    expect(date).toBeInstanceOf(Date);
    // The cell shows the computer's wall clock; here (a test) the clock is the instant in its own zone.
    const at = new Date(first?.at ?? '');
    expect([date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()]).toEqual([at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes()]);
    expect(row?.getCell(2).numFmt).toBe('dd/mm/yyyy hh:mm:ss');
    expect(row?.getCell(3).value).toBe('Agnès Martin (responsable des dispositifs)');
    expect(row?.getCell(4).value).toBe(AUDIT_ACTION_LABELS[first?.action ?? '']);
    expect(row?.getCell(6).value).toBe('Membres du jury');
    const about = workbook.getWorksheet('Filtres');
    const lines = Object.fromEntries((about?.getSheetValues() ?? []).flatMap((values) => (Array.isArray(values) ? [[values[1], values[2]]] : [])));
    expect(lines).toMatchObject({ Du: '15/01/2018', Au: '16/01/2018', Personne: 'agnès', Objet: 'Membres du jury', Entrées: String(expected.length) });
  });

  it('exports the same entries as a CSV French Excel opens: BOM, semicolons, dates jj/mm/aaaa hh:mm:ss', async () => {
    const filters = { action: 'calls.create' };
    const file = await log.service.invoke('audit.export', { filters, format: 'csv' });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('N°;Date et heure;Par;Opération;Code de l’opération;Objet;N° de l’objet;Détails;Empreinte');
    expect(lines).toHaveLength(61);
    expect(lines[1]).toMatch(/^\d+;\d{2}\/\d{2}\/2018 \d{2}:\d{2}:\d{2};Agnès Martin \(responsable des dispositifs\);Appel à projets créé;calls\.create;Appels à projets;\d+;"/u);
  });
});
