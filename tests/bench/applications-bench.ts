// A 2,000-application call (the scale of a Département): the service's list, filters and search,
// against hand-written SQL on better-sqlite3 doing the same work, in the same run.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BudgetAccount } from '../../core/domain/budget.ts';
import { siretWithKeys } from '../../core/domain/identifiers.ts';
import { openService } from '../../core/service/open-service.ts';
import { saveApplication } from '../../db/queries/application-write.ts';
import { saveProvider } from '../../db/queries/provider-queries.ts';
import { findAppRoot } from '../../electron/common/app-paths.ts';

const APPLICATIONS = 2000;
const PROVIDERS = 300;
const appRoot = findAppRoot(import.meta.dirname);
const databaseFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'pacte-bench-')), 'bench.sqlite');
const { service, database, close } = openService({ databaseFile, appRoot });
const { db, sqlite } = database;

const words = ['atelier', 'mobilité', 'équipe', 'numérique', 'vélo', 'emploi', 'santé', 'jardin', 'réparation', 'insertion', 'quartier', 'femmes', 'jeunes', 'permis', 'culture'];
const pick = (index: number, salt: number) => words[(index * 7 + salt * 13) % words.length] ?? 'action';
const now = new Date().toISOString();

const seedStart = process.hrtime.bigint();
const call = await service.invoke('calls.create', { year: 2018, title: 'Appel de charge', envelopeCents: 900_000_000 });
const pact = await service.invoke('pacts.get', { pactId: call.pactId });
const operationalIds = pact.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operationalObjectives.map((item) => item.id)));
const territoryIds = (await service.invoke('territories.list', {})).map((territory) => territory.id);
const providerIds: number[] = [];
for (let index = 0; index < PROVIDERS; index += 1) {
  providerIds.push(saveProvider(db, { name: `Association ${pick(index, 1)} ${index}`, legalForm: 'association', siret: siretWithKeys(`35${String(index).padStart(6, '0')}`, '0001'), rna: null, address: '', postalCode: '35000', city: 'Rennes', representativeCivility: '', representativeName: '', representativeRole: '', contactName: '', contactEmail: '', contactPhone: '', notes: '' }, now));
}
sqlite.exec('begin');
for (let index = 0; index < APPLICATIONS; index += 1) {
  const amount = 500_000 + ((index * 7919) % 4_000_000);
  const lines: { account: BudgetAccount; amountCents: number }[] = [
    { account: '64', amountCents: amount * 2 },
    { account: '74-ccas', amountCents: amount },
    { account: '74-departement', amountCents: amount },
  ];
  saveApplication(
    db,
    {
      callId: call.id,
      providerId: providerIds[index % PROVIDERS] ?? 0,
      title: `Action ${pick(index, 2)} ${pick(index, 3)} n° ${index}`,
      summary: `Une ${pick(index, 4)} pour la ${pick(index, 5)} et l'${pick(index, 6)}.`,
      description: `Description ${pick(index, 7)} ${pick(index, 8)} ${pick(index, 9)}.`,
      primaryObjectiveId: operationalIds[index % operationalIds.length] ?? null,
      secondaryObjectiveIds: [],
      publics: ['rsa'],
      publicOther: '',
      expectedParticipants: 20,
      expectedRsaParticipants: 10,
      territoryIds: [territoryIds[index % territoryIds.length] ?? 0],
      startsOn: '2018-01-01',
      endsOn: '2018-12-31',
      isRenewal: index % 3 === 0,
      duration: 'annuelle',
      mobility: '',
      budgetLines: lines,
      indicators: [],
    },
    now,
    'bench',
  );
  if (index % 4 === 0) sqlite.prepare("update applications set status = 'depose' where id = (select max(id) from applications)").run();
}
sqlite.exec('commit');
console.log(`${APPLICATIONS} dossiers et ${PROVIDERS} prestataires créés en ${(Number(process.hrtime.bigint() - seedStart) / 1e6).toFixed(0)} ms\n`);

async function timePerCall(label: string, calls: number, work: () => unknown): Promise<number> {
  for (let index = 0; index < 20; index += 1) await work();
  const start = process.hrtime.bigint();
  for (let index = 0; index < calls; index += 1) await work();
  const microseconds = Number(process.hrtime.bigint() - start) / 1000 / calls;
  console.log(`${label.padEnd(58)} ${microseconds.toFixed(0).padStart(8)} µs`);
  return microseconds;
}

// Hand-written SQL: what a developer would write straight on better-sqlite3 for the same screens.
const handList = sqlite.prepare(`select a.id, a.title, p.name, a.status, a.requested_cents from applications a join providers p on p.id = a.provider_id
  where a.call_id = ? order by a.title_key, a.id limit 100`);
const handCount = sqlite.prepare('select count(*) n from applications where call_id = ?');
const handFilter = sqlite.prepare(`select a.id, a.title from applications a join application_objectives ao on ao.application_id = a.id and ao.is_primary = 1
  join pact_operational_objectives oo on oo.id = ao.operational_objective_id join pact_objectives o on o.id = oo.objective_id join pact_levers l on l.id = o.lever_id
  where a.status = 'depose' and l.number = 6 order by a.title_key limit 100`);
const handSearch = sqlite.prepare(`select a.id, a.title from applications a where a.id in (select rowid from application_search where application_search match '"equipe"*') order by a.title_key limit 100`);

const pairs: [string, () => unknown, () => unknown][] = [
  ['liste (100 premières, tri par titre, total)', () => service.call('applications.list', { callId: call.id }), () => [handList.all(call.id), handCount.get(call.id)]],
  ['filtres (déposés, levier 6)', () => service.call('applications.list', { status: 'depose', leverNumber: 6 }), () => handFilter.all()],
  ['recherche plein texte « equipe »', () => service.call('applications.list', { query: 'equipe' }), () => handSearch.all()],
];
console.log('Rapports service / SQL écrit à la main (même travail, même base) :');
for (const [label, viaService, byHand] of pairs) {
  const serviceTime = await timePerCall(`  ${label} — service`, 200, viaService);
  const handTime = await timePerCall(`  ${label} — SQL à la main`, 200, byHand);
  console.log(`  → × ${(serviceTime / handTime).toFixed(2)}\n`);
}
close();
