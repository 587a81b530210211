// The curated PRI 2017–2021 (resources/pact/pri-2017-2021.json) is the referential every later
// feature hangs on: these tests pin its shape, its counts and the fixes made to the extracted text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pactFileSchema, type PactFile } from '../../core/domain/pact/pact-file.ts';
import { toSearchText } from '../../core/domain/text.ts';
import { priFile } from '../support/test-app.ts';

const raw: unknown = JSON.parse(readFileSync(priFile, 'utf8'));
const parsed = pactFileSchema.safeParse(raw);
// The other tests read the typed form; the first test says why it would be missing.
const pact = (parsed.success ? parsed.data : raw) as PactFile;

const objectives = pact.levers.flatMap((lever) => lever.objectives);
const operationals = objectives.flatMap((objective) => objective.operationalObjectives);
const actions = operationals.flatMap((operational) => operational.actions);
const partnerNames = actions.flatMap((action) => action.partners);
const sourceNames = actions.flatMap((action) => action.sources);

function everyTitle(): string[] {
  return [
    pact.title,
    ...pact.levers.map((lever) => lever.title),
    ...objectives.map((objective) => objective.title),
    ...operationals.map((operational) => operational.title),
    ...actions.map((action) => action.title),
    ...pact.keyFigures.map((figure) => figure.label),
    ...pact.governance.map((body) => body.name),
  ];
}

describe('the curated PRI 2017–2021 referential', () => {
  it('is a valid pact file, already in canonical form (parsing it changes nothing)', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(raw);
  });

  it('is the Pacte Rennais d’Insertion for 2017–2021', () => {
    expect(pact.code).toBe('PRI-2017-2021');
    expect(pact.title).toBe("Pacte Rennais d'Insertion");
    expect(pact.period).toEqual({ start: 2017, end: 2021 });
  });

  it('has 6 levers numbered 1 to 6 in order', () => {
    expect(pact.levers.map((lever) => lever.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('has 25 objectives, 91 operational objectives and 167 actions, as curated', () => {
    expect({ objectives: objectives.length, operationalObjectives: operationals.length, actions: actions.length }).toEqual({
      objectives: 25,
      operationalObjectives: 91,
      actions: 167,
    });
  });

  it('has no empty or padded title anywhere', () => {
    const bad = everyTitle().filter((title) => title.trim().length === 0 || title !== title.trim());
    expect(bad).toEqual([]);
  });

  it('puts at least one action under every operational objective', () => {
    const empty = operationals.filter((operational) => operational.actions.length === 0).map((operational) => operational.title);
    expect(empty).toEqual([]);
  });

  it('lists partners and sources as separate trimmed names: no empty name, no "/" left unsplit', () => {
    const bad = [...partnerNames, ...sourceNames].filter((name) => name.length === 0 || name !== name.trim() || name.includes('/'));
    expect(bad).toEqual([]);
  });

  it('names the main partner bodies under one spelling each', () => {
    const distinct = new Set(partnerNames);
    for (const name of ['Pôle Emploi', 'MEIF', 'Mission Locale', 'CCAS', 'CAF', 'CD35', 'Rennes Métropole', 'Mobiliclés']) {
      expect(distinct, name).toContain(name);
    }
    // The spellings normalised away by the curation (see its first note) must not come back.
    for (const variant of ['PE', 'ML', 'Pôle emploi', 'Mission locale', 'VdR', 'Région', 'CD', 'RM']) {
      expect(distinct, variant).not.toContain(variant);
    }
  });

  it('has no two partner or source names that differ only by case, accents or punctuation', () => {
    for (const names of [partnerNames, sourceNames]) {
      const spellings = new Map<string, Set<string>>();
      for (const name of names) spellings.set(toSearchText(name), (spellings.get(toSearchText(name)) ?? new Set()).add(name));
      const clashes = [...spellings.values()].filter((set) => set.size > 1).map((set) => [...set]);
      expect(clashes).toEqual([]);
    }
  });

  it('records each fix of the extracted text with its location, problem and fix', () => {
    expect(pact.curationNotes.length).toBeGreaterThan(0);
    const incomplete = pact.curationNotes.filter((note) => [note.location, note.problem, note.fix].some((text) => text.trim().length === 0));
    expect(incomplete).toEqual([]);
  });

  it('keeps the 2016 key figures: a 1 900 000 € delegation and 848 beneficiaries of collective actions', () => {
    expect(pact.keyFigures).toContainEqual(expect.objectContaining({ value: 1_900_000, unit: '€', year: 2016 }));
    expect(pact.keyFigures).toContainEqual(expect.objectContaining({ value: 848, unit: 'personnes', label: expect.stringMatching(/bénéficiaires/i) }));
  });

  it('describes the governance: CAI, COPIL, the CCAS board and the seminar', () => {
    const bodies = pact.governance.map((body) => `${body.code} ${body.name}`);
    expect(bodies).toContainEqual(expect.stringMatching(/^CAI Commission des Actions d'Insertion/));
    expect(bodies).toContainEqual(expect.stringMatching(/^COPIL Comité de pilotage/));
    expect(bodies).toContainEqual(expect.stringMatching(/Conseil d'administration du CCAS/));
    expect(bodies).toContainEqual(expect.stringMatching(/séminaire/i));
  });

  it('speaks of the bicycle ("vélo") in lever 6, the mobility lever', () => {
    const lever6 = pact.levers.find((lever) => lever.number === 6);
    const texts = JSON.stringify(lever6?.objectives ?? []);
    expect(lever6?.title).toBe('Favoriser la mobilité');
    expect(texts).toMatch(/\bvélos?\b/);
  });
});
