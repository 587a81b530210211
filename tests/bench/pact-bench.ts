// Speed of the pact referential's reads, as ratios against a baseline measured in the
// same run (a plain in-memory scan of the parsed JSON file), so that machines of any speed compare.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pactFileSchema } from '../../core/domain/pact/pact-file.ts';
import { matchesAllTerms, searchTerms, toSearchText } from '../../core/domain/text.ts';
import { openService } from '../../core/service/open-service.ts';
import { findAppRoot } from '../../electron/common/app-paths.ts';

const appRoot = findAppRoot(import.meta.dirname);
const pactFile = pactFileSchema.parse(JSON.parse(readFileSync(path.join(appRoot, 'resources/pact/pri-2017-2021.json'), 'utf8')));
const queries = ['velo', 'mobilite', 'emploi', 'pole emploi', 'numerique', 'sante', 'ccas', 'zzz'];

async function timePerCall(label: string, calls: number, work: (index: number) => unknown): Promise<number> {
  for (let index = 0; index < Math.min(50, calls); index += 1) await work(index); // warm-up
  const start = process.hrtime.bigint();
  for (let index = 0; index < calls; index += 1) await work(index);
  const microseconds = Number(process.hrtime.bigint() - start) / 1000 / calls;
  console.log(`${label.padEnd(48)} ${microseconds.toFixed(1).padStart(10)} µs/appel`);
  return microseconds;
}

function baselineScan(query: string): number {
  const terms = searchTerms(query);
  let hits = 0;
  for (const lever of pactFile.levers) {
    if (matchesAllTerms(toSearchText(lever.title), terms)) hits += 1;
    for (const objective of lever.objectives) {
      if (matchesAllTerms(toSearchText(objective.title), terms)) hits += 1;
      for (const operational of objective.operationalObjectives) {
        if (matchesAllTerms(toSearchText(operational.title), terms)) hits += 1;
        for (const action of operational.actions) {
          if (matchesAllTerms(toSearchText([action.title, ...action.partners, ...action.sources].join(' ')), terms)) hits += 1;
        }
      }
    }
  }
  return hits;
}

const databaseFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'pacte-bench-')), 'bench.sqlite');
const openStart = process.hrtime.bigint();
const { service, close } = openService({ databaseFile, appRoot });
console.log(`Première ouverture (migrations + chargement du PRI) : ${(Number(process.hrtime.bigint() - openStart) / 1e6).toFixed(1)} ms\n`);

const baseline = await timePerCall('référence : parcours du JSON en mémoire', 2000, (index) => baselineScan(queries[index % queries.length] ?? ''));
const search = await timePerCall('pacts.search via le service (SQLite)', 2000, (index) => service.call('pacts.search', { text: queries[index % queries.length] }));
const tree = await timePerCall('pacts.get (arbre complet) via le service', 300, () => service.call('pacts.get', {}));
const csv = await timePerCall('pacts.export csv via le service', 300, () => service.call('pacts.export', { format: 'csv' }));
close();

console.log('\nRapports à la référence (plus petit = plus rapide) :');
for (const [label, value] of [['pacts.search', search], ['pacts.get', tree], ['pacts.export csv', csv]] as const) {
  console.log(`  ${label.padEnd(20)} × ${(value / baseline).toFixed(2)}`);
}
