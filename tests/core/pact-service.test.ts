// The pact methods as every transport reaches them (service.call: any name, any payload, an
// envelope back), on a real database holding the PRI 2017–2021 as the app loads it on first run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PactFile } from '../../core/domain/pact/pact-file.ts';
import type { PactSearchHit, PactSearchResult } from '../../core/service/api.ts';
import { PACT_CSV_HEADERS, type PactExportJson } from '../../core/service/pact/pact-export.ts';
import type { Service } from '../../core/service/create-service.ts';
import { expectFailure, FRENCH, openTestService, priFile, readFixture } from '../support/test-app.ts';

const pri = JSON.parse(readFileSync(priFile, 'utf8')) as PactFile;

async function search(service: Service, text: string): Promise<PactSearchResult> {
  return service.invoke('pacts.search', { text });
}

const codesOf = (result: PactSearchResult) => result.hits.map((hit) => hit.code);

/** RFC 4180 as Excel writes it, with ';': quoted fields may hold ';', '"' (doubled) and line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"' && field === '') quoted = true;
    else if (character === ';') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += character;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('pacts.search', () => {
  it('finds "velo" in lever 6 only, each hit with its path lever → objective → operational objective', async () => {
    const { service } = openTestService();
    const result = await search(service, 'velo');
    const summary = (hit: PactSearchHit) => [hit.kind, hit.code, hit.title, hit.path.map((step) => `${step.kind} ${step.code}`)];

    expect(result.hits.map(summary)).toEqual([
      ['objective', '6.4', 'Développer les mobilités alternatives (vélo, voiture sans permis, à pied...)', ['lever 6']],
      ['operationalObjective', '6.4.1', "Développer l'apprentissage du vélo", ['lever 6', 'objective 6.4']],
      ['operationalObjective', '6.4.2', 'Développer la location de vélos électriques', ['lever 6', 'objective 6.4']],
      ['action', '6.4.2.1', 'Action de location de vélos pilotée par les AIPR', ['lever 6', 'objective 6.4', 'operationalObjective 6.4.2']],
      ['action', '6.4.2.2', 'Financement de location de vélo STAR', ['lever 6', 'objective 6.4', 'operationalObjective 6.4.2']],
    ]);
    expect(result.total).toBe(5);
    expect(result.hits[0]?.path[0]).toEqual({ kind: 'lever', code: '6', title: 'Favoriser la mobilité' });
    expect(result.hits.at(-1)?.path[2]?.title).toBe('Développer la location de vélos électriques');
  });

  it('ignores case and accents: "velo", "vélo", "VÉLO" and "Vélos" find the same hits', async () => {
    const { service } = openTestService();
    const expected = codesOf(await search(service, 'velo'));
    for (const text of ['vélo', 'VÉLO', 'VELO', '  Vélo  ']) {
      expect(codesOf(await search(service, text)), text).toEqual(expected);
    }
  });

  it('finds a partner body: actions of "Mobiliclés" are hits, marked as matched in their partners', async () => {
    const { service } = openTestService();
    const actions = (await search(service, 'mobilicles')).hits.filter((hit) => hit.kind === 'action');

    expect(actions.length).toBeGreaterThanOrEqual(5);
    for (const hit of actions) {
      expect(hit.partners, hit.code).toContain('Mobiliclés');
      expect(hit.matchedIn, hit.code).toEqual(/mobiliclés/i.test(hit.title) ? ['title', 'partners'] : ['partners']);
    }
    expect(actions.filter((hit) => hit.matchedIn.length === 1).length).toBeGreaterThan(0);
  });

  it('requires every word of a multi-word query (AND), in any order', async () => {
    const { service } = openTestService();
    const location = new Set(codesOf(await search(service, 'location')));
    const both = codesOf(await search(service, 'location velo'));

    expect(both).toEqual(codesOf(await search(service, 'velo')).filter((code) => location.has(code)));
    expect(both).toEqual(['6.4.2', '6.4.2.1', '6.4.2.2']);
    expect(codesOf(await search(service, 'velo location'))).toEqual(both);
  });

  it('searches the pact asked for, not only the default one', async () => {
    const { service } = openTestService({ now: () => new Date('2019-05-01T00:00:00Z') });
    const { pactId } = await service.invoke('pacts.import', { content: readFixture('pact-2022-2026.json') });
    const inFixture = await service.invoke('pacts.search', { text: 'velo', pactId });
    expect(inFixture.pactId).toBe(pactId);
    expect(inFixture.hits.map((hit) => hit.title)).toEqual(['Prêter des vélos', 'Atelier de réparation de vélos']);
  });

  it('refuses a query of spaces only with a French validation message', async () => {
    const { service } = openTestService();
    const error = expectFailure(await service.call('pacts.search', { text: '   ' }));
    expect(error.code).toBe('validation');
    expect(error.issues).toEqual([{ path: 'text', message: 'Saisissez au moins un caractère à chercher.' }]);
  });
});

describe('service.call, the door of every transport', () => {
  it('answers an unknown method with unknown_method and a French message', async () => {
    const { service } = openTestService();
    const error = expectFailure(await service.call('pacts.drop', {}));
    expect(error.code).toBe('unknown_method');
    expect(error.message).toBe('Opération inconnue : « pacts.drop ».');
  });

  it('does not mistake inherited object properties for methods', async () => {
    const { service } = openTestService();
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(expectFailure(await service.call(name, {})).code, name).toBe('unknown_method');
    }
  });

  it('refuses a payload with an extra key, pointing at the key', async () => {
    const { service } = openTestService();
    const error = expectFailure(await service.call('pacts.search', { text: 'velo', sql: 'drop table pacts' }));
    expect(error.code).toBe('validation');
    expect(error.issues).toEqual([{ path: 'sql', message: expect.stringMatching(/non reconnue/) }]);
  });

  it('refuses a payload field of the wrong type, pointing at the field, in French', async () => {
    const { service } = openTestService();
    const error = expectFailure(await service.call('pacts.search', { text: 42, limit: 'dix' }));
    expect(error.code).toBe('validation');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['text', 'limit']);
    expect(error.message).toMatch(/^Données invalides : /);
    expect(error.message).toMatch(FRENCH);
  });

  it('refuses a payload that is not an object at all', async () => {
    const { service } = openTestService();
    for (const payload of ['velo', 42, [], true]) {
      expect(expectFailure(await service.call('pacts.search', payload)).code).toBe('validation');
    }
  });
});

describe('pacts.export', () => {
  it('writes JSON of exactly the documented shape, holding the curated referential', async () => {
    const { service } = openTestService();
    const exported = await service.invoke('pacts.export', { format: 'json' });
    const json = JSON.parse(exported.content) as PactExportJson;

    expect(exported.fileName).toBe('PRI-2017-2021.json');
    expect(exported.mediaType).toBe('application/json');
    // toStrictEqual: no key more, no key less, at every level.
    expect(json).toStrictEqual({
      title: pri.title,
      period: { start: pri.period.start, end: pri.period.end },
      levers: pri.levers.map((lever) => ({
        number: lever.number,
        title: lever.title,
        objectives: lever.objectives.map((objective) => ({
          title: objective.title,
          operationalObjectives: objective.operationalObjectives.map((operational) => ({
            title: operational.title,
            actions: operational.actions.map((action) => ({ title: action.title, partners: action.partners, sources: action.sources })),
          })),
        })),
      })),
    });
    const objectives = json.levers.flatMap((lever) => lever.objectives);
    const operationals = objectives.flatMap((objective) => objective.operationalObjectives);
    expect([json.levers.length, objectives.length, operationals.length, operationals.flatMap((op) => op.actions).length]).toEqual([6, 25, 91, 167]);
  });

  it('writes CSV for a French spreadsheet: BOM, ";" separators, CRLF, one header and one row per action', async () => {
    const { service } = openTestService();
    const exported = await service.invoke('pacts.export', { format: 'csv' });
    const detail = await service.invoke('pacts.get', {});
    const rows = parseCsv(exported.content.replace(/^\uFEFF/, ''));

    expect(exported.content.startsWith('\uFEFF')).toBe(true);
    expect(exported.content.endsWith('\r\n')).toBe(true);
    expect(exported.fileName).toBe('PRI-2017-2021.csv');
    expect(rows[0]).toEqual(PACT_CSV_HEADERS);
    expect(rows).toHaveLength(1 + 167);
    const expected = detail.levers.flatMap((lever) =>
      lever.objectives.flatMap((objective) =>
        objective.operationalObjectives.flatMap((operational) =>
          operational.actions.map((action) => [
            String(lever.number),
            lever.title,
            objective.code,
            objective.title,
            operational.code,
            operational.title,
            action.code,
            action.title,
            action.partners.join(', '),
            action.sources.join(', '),
          ]),
        ),
      ),
    );
    expect(rows.slice(1)).toEqual(expected);
  });

  it('quotes CSV fields holding ";" or quotes, doubling the quotes, and only those', async () => {
    const { service } = openTestService();
    const { pactId } = await service.invoke('pacts.import', { content: readFixture('pact-2022-2026.json') });
    const content = (await service.invoke('pacts.export', { format: 'csv', pactId })).content;

    expect(content).toContain(';"Organiser des rencontres ; des visites d\'entreprises";');
    expect(content).toContain(';"Visites ""portes ouvertes"" ; une par trimestre";');
    expect(content).toContain(';"Pôle Emploi, Entreprises ""partenaires""";');
    expect(content).toContain(';Forum de l\'emploi du quartier;Mission Locale;\r\n');
    expect(parseCsv(content.replace(/^\uFEFF/, ''))[1]?.[7]).toBe('Visites "portes ouvertes" ; une par trimestre');
  });

  it('refuses an unknown format (xml) with a French message naming json and csv', async () => {
    const { service } = openTestService();
    const error = expectFailure(await service.call('pacts.export', { format: 'xml' }));
    expect(error.code).toBe('validation');
    expect(error.message).toContain('« json » ou « csv »');
  });

  it('answers not_found for a pact that does not exist', async () => {
    const { service } = openTestService();
    const error = expectFailure(await service.call('pacts.export', { format: 'json', pactId: 999 }));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Aucun référentiel n° 999.');
  });
});
