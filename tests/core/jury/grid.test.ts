// The evaluation grid: weighted criteria on integer scales with one descriptor per level, unique
// keys, French problems; and the default grid shipped in resources/ is one of them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluationGrid, type GridCriterion, evaluationGridSchema, gridCriterion, gridProblems, parseGrid } from '../../../core/domain/jury/grid.ts';
import { repoRoot } from '../../support/test-app.ts';

const levels = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, index) => ({ value: min + index, descriptor: `Niveau ${min + index}` }));

const criterion = (key: string, overrides: Partial<GridCriterion> = {}): GridCriterion => ({
  key,
  label: `Critère ${key}`,
  description: '',
  weight: 1,
  scale: { min: 0, max: 4, levels: levels(0, 4) },
  allowsNotApplicable: false,
  commentRequiredBelow: null,
  ...overrides,
});

const grid = (...criteria: GridCriterion[]): EvaluationGrid => ({ title: 'Grille de test', criteria });

const problemsOf = (input: unknown) => {
  const reading = parseGrid(input);
  return reading.ok ? [] : reading.problems;
};

describe('the default grid of the pact', () => {
  const file = path.join(repoRoot, 'resources', 'grids', 'grille-pacte-defaut.json');
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));

  it('parses with the grid schema', () => {
    expect(problemsOf(raw)).toEqual([]);
    expect(evaluationGridSchema.safeParse(raw).success).toBe(true);
  });

  it('holds the seven criteria of the pact on a described 0–4 scale, fit with the pact weighing most', () => {
    const reading = parseGrid(raw);
    if (!reading.ok) throw new Error(reading.problems.join('\n'));
    const { grid: defaultGrid } = reading;
    expect(defaultGrid.title).toBe('Grille d\'évaluation CAI — Pacte (défaut)');
    expect(defaultGrid.criteria.map((c) => c.label)).toEqual([
      'Adéquation aux objectifs du pacte',
      'Public visé et volume',
      'Méthode et participation des personnes',
      'Partenariat et ancrage local',
      'Mobilité',
      'Cohérence budgétaire et coût par participant',
      'Évaluation et indicateurs',
    ]);
    for (const c of defaultGrid.criteria) {
      expect(c.scale).toMatchObject({ min: 0, max: 4 });
      expect(c.scale.levels.map((level) => level.value)).toEqual([0, 1, 2, 3, 4]);
      expect(c.description.length).toBeGreaterThan(20);
      expect(c.commentRequiredBelow).toBe(2);
    }
    const weights = defaultGrid.criteria.map((c) => c.weight);
    expect(gridCriterion(defaultGrid, 'adequation-pacte')?.weight).toBe(Math.max(...weights));
    expect(gridCriterion(defaultGrid, 'budget-cout')?.weight).toBe(2);
    expect(defaultGrid.criteria.filter((c) => c.allowsNotApplicable).map((c) => c.key)).toEqual(['mobilite']);
  });
});

describe('parseGrid', () => {
  it('accepts a well-formed grid and fills an absent description', () => {
    const input = { title: 'G', criteria: [{ key: 'a', label: 'A', weight: 2.5, scale: { min: 1, max: 3, levels: levels(1, 3).reverse() }, allowsNotApplicable: true, commentRequiredBelow: 2 }] };
    const reading = parseGrid(input);
    expect(reading.ok).toBe(true);
    if (reading.ok) expect(reading.grid.criteria[0]?.description).toBe('');
  });

  it('refuses two criteria with the same key, naming the criterion', () => {
    expect(problemsOf(grid(criterion('a'), criterion('a')))).toEqual(['Critère n° 2 (« a ») : La clé « a » est déjà celle d’un autre critère.']);
  });

  it('refuses a scale whose levels miss, repeat or overflow a value', () => {
    const missing = criterion('a', { scale: { min: 0, max: 4, levels: levels(0, 3) } });
    expect(problemsOf(grid(missing))).toEqual(['Critère n° 1 (« a »), échelle : Chaque niveau de 0 à 4 doit avoir un descripteur ; manque : 4.']);
    const repeated = criterion('a', { scale: { min: 0, max: 2, levels: [...levels(0, 2), { value: 1, descriptor: 'Encore' }] } });
    expect(problemsOf(grid(repeated))).toEqual(['Critère n° 1 (« a »), échelle : Le niveau 1 est décrit deux fois.']);
    const outside = criterion('a', { scale: { min: 0, max: 2, levels: [...levels(0, 2), { value: 7, descriptor: 'Trop' }] } });
    expect(problemsOf(grid(outside))).toEqual(['Critère n° 1 (« a »), échelle : Le niveau 7 sort de l’échelle 0–2.']);
  });

  it('refuses a scale with min not below max, or not on integers', () => {
    expect(problemsOf(grid(criterion('a', { scale: { min: 3, max: 3, levels: levels(3, 3) } })))).toEqual([
      'Critère n° 1 (« a »), échelle : Le maximum de l’échelle (3) doit dépasser son minimum (3).',
    ]);
    expect(problemsOf(grid(criterion('a', { scale: { min: 0.5, max: 3, levels: levels(0, 3) } })))).toContain('Critère n° 1 (« a »), échelle : Nombre entier attendu.');
  });

  it('refuses a weight that is not strictly positive and a comment threshold outside the scale', () => {
    expect(problemsOf(grid(criterion('a', { weight: 0 })))).toEqual(['Critère n° 1 (« a ») : Le poids d’un critère doit être strictement positif.']);
    expect(problemsOf(grid(criterion('a', { weight: -1 })))).toHaveLength(1);
    expect(problemsOf(grid(criterion('a', { commentRequiredBelow: 0 })))).toEqual([
      'Critère n° 1 (« a ») : Le seuil de commentaire (0) doit être compris entre 1 et 5 (ou null).',
    ]);
    expect(problemsOf(grid(criterion('a', { commentRequiredBelow: 5 })))).toEqual([]);
  });

  it('speaks French about missing fields, wrong types and unknown fields', () => {
    const problems = problemsOf({ title: '', criteria: [{ key: 'Clé Avec Espaces', label: 'A', weight: '2', scale: { min: 0, max: 1, levels: levels(0, 1) }, extra: 1 }] });
    expect(problems).toEqual(
      expect.arrayContaining([
        'Grille : Titre de la grille vide.',
        expect.stringMatching(/^Critère n° 1 \(« Clé Avec Espaces »\) : Clé du critère : minuscules/u),
        'Critère n° 1 (« Clé Avec Espaces ») : Nombre attendu.',
        'Critère n° 1 (« Clé Avec Espaces ») : Champ obligatoire.',
        'Critère n° 1 (« Clé Avec Espaces ») : Champ inconnu : extra.',
      ]),
    );
    for (const problem of problems) expect(problem).not.toMatch(/Invalid|expected|received/u);
    expect(problemsOf({ title: 'G', criteria: [] })).toEqual(['Grille : Une grille doit avoir au moins un critère.']);
    expect(problemsOf(null)).toEqual(['Grille : Objet attendu.']);
  });

  it('accepts every grid made of distinct keys, positive weights and fully described integer scales', () => {
    const arbitraryCriterion = fc
      .record({
        min: fc.integer({ min: -5, max: 5 }),
        span: fc.integer({ min: 1, max: 10 }),
        weight: fc.double({ min: 0.001, max: 1000, noNaN: true }),
        allowsNotApplicable: fc.boolean(),
        withThreshold: fc.boolean(),
      })
      .map(({ min, span, weight, allowsNotApplicable, withThreshold }) => ({
        min,
        max: min + span,
        weight,
        allowsNotApplicable,
        commentRequiredBelow: withThreshold ? min + 1 : null,
      }));
    fc.assert(
      fc.property(fc.array(arbitraryCriterion, { minLength: 1, maxLength: 8 }), (specs) => {
        const built = grid(
          ...specs.map((spec, index) =>
            criterion(`c${index}`, { weight: spec.weight, scale: { min: spec.min, max: spec.max, levels: levels(spec.min, spec.max) }, allowsNotApplicable: spec.allowsNotApplicable, commentRequiredBelow: spec.commentRequiredBelow }),
          ),
        );
        expect(gridProblems(built)).toEqual([]);
      }),
    );
  });
});
