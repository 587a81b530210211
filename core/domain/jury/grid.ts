// The grille d'évaluation of a CAI jury: weighted criteria, each on an integer scale whose every
// level has a written descriptor, so that two jurors giving a 3 mean the same thing by it.
import { z } from 'zod';

export type ScaleLevel = { value: number; descriptor: string };

export type GridScale = {
  min: number;
  max: number;
  /** One per integer from min to max, each once: a level without words is scored by guesswork. */
  levels: readonly ScaleLevel[];
};

export type GridCriterion = {
  /** Stable identifier of the criterion inside its grid (scores and imports refer to it). */
  key: string;
  label: string;
  description: string;
  /** Relative weight: only ratios matter, 3 / 2 / 1 weighs the same as 6 / 4 / 2. */
  weight: number;
  scale: GridScale;
  /** "Non applicable" leaves the criterion out of the score; it never counts as the minimum. */
  allowsNotApplicable: boolean;
  /** A score strictly below this level needs a comment; null: never required. */
  commentRequiredBelow: number | null;
};

export type EvaluationGrid = {
  title: string;
  /** Once a score exists a grid is frozen, and a change makes a new version. */
  version?: number;
  criteria: readonly GridCriterion[];
};

/** The widest scale accepted: beyond 0–100 nobody can tell two neighbouring levels apart. */
export const MAX_SCALE_LEVELS = 101;

const KEY = /^[a-z0-9][a-z0-9_-]{0,63}$/u;

const missingOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'Champ obligatoire.' : message);

const requiredText = (empty: string) => z.string({ error: missingOr('Texte attendu.') }).trim().min(1, empty);
const integer = z.number({ error: missingOr('Nombre attendu.') }).int('Nombre entier attendu.');
const strictObject = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `Champ inconnu : ${issue.keys.join(', ')}.` : missingOr('Objet attendu.')(issue)),
  });

const levelSchema = strictObject({ value: integer, descriptor: requiredText('Descripteur du niveau vide.') });

const scaleSchema = strictObject({
  min: integer,
  max: integer,
  levels: z.array(levelSchema, { error: missingOr('Liste des niveaux attendue.') }),
});

const criterionSchema = strictObject({
  key: z
    .string({ error: missingOr('Texte attendu.') })
    .trim()
    .regex(KEY, 'Clé du critère : minuscules sans accent, chiffres, tirets (64 caractères au plus), par exemple « adequation-pacte ».'),
  label: requiredText('Intitulé du critère vide.'),
  description: z.string({ error: 'Texte attendu.' }).trim().default(''),
  weight: z
    .number({ error: missingOr('Nombre attendu.') })
    .positive('Le poids d’un critère doit être strictement positif.')
    .max(1_000_000, 'Poids trop grand.'),
  scale: scaleSchema,
  allowsNotApplicable: z.boolean({ error: missingOr('Oui ou non attendu (true ou false).') }),
  commentRequiredBelow: z.number({ error: missingOr('Nombre ou null attendu.') }).nullable(),
});

type Issue = { path: (string | number)[]; message: string };

/** What a scale must hold beyond its field types: min < max, and each level described exactly once. */
function scaleIssues(scale: GridScale, path: (string | number)[]): Issue[] {
  const { min, max } = scale;
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max)) return [];
  if (min >= max) return [{ path: [...path, 'max'], message: `Le maximum de l’échelle (${max}) doit dépasser son minimum (${min}).` }];
  if (max - min + 1 > MAX_SCALE_LEVELS) return [{ path, message: `Échelle trop étendue (${MAX_SCALE_LEVELS} niveaux au plus).` }];
  const issues: Issue[] = [];
  const seen = new Set<number>();
  scale.levels.forEach((level, index) => {
    if (level.value < min || level.value > max) {
      issues.push({ path: [...path, 'levels', index, 'value'], message: `Le niveau ${level.value} sort de l’échelle ${min}–${max}.` });
    } else if (seen.has(level.value)) {
      issues.push({ path: [...path, 'levels', index, 'value'], message: `Le niveau ${level.value} est décrit deux fois.` });
    }
    seen.add(level.value);
  });
  const missing: number[] = [];
  for (let value = min; value <= max; value += 1) if (!seen.has(value)) missing.push(value);
  if (missing.length > 0) {
    issues.push({ path: [...path, 'levels'], message: `Chaque niveau de ${min} à ${max} doit avoir un descripteur ; manque : ${missing.join(', ')}.` });
  }
  return issues;
}

function criterionIssues(criterion: GridCriterion, path: (string | number)[]): Issue[] {
  const issues = scaleIssues(criterion.scale, [...path, 'scale']);
  const { min, max } = criterion.scale;
  const threshold = criterion.commentRequiredBelow;
  // Below min the rule would never apply; above max + 1 it says nothing more than max + 1 (always).
  if (threshold !== null && Number.isFinite(threshold) && min < max && (threshold <= min || threshold > max + 1)) {
    issues.push({
      path: [...path, 'commentRequiredBelow'],
      message: `Le seuil de commentaire (${threshold}) doit être compris entre ${min + 1} et ${max + 1} (ou null).`,
    });
  }
  return issues;
}

function gridIssues(grid: EvaluationGrid): Issue[] {
  const issues: Issue[] = [];
  const keys = new Set<string>();
  grid.criteria.forEach((criterion, index) => {
    const path = ['criteria', index];
    if (keys.has(criterion.key)) issues.push({ path: [...path, 'key'], message: `La clé « ${criterion.key} » est déjà celle d’un autre critère.` });
    keys.add(criterion.key);
    issues.push(...criterionIssues(criterion, path));
  });
  return issues;
}

export const evaluationGridSchema = strictObject({
  title: requiredText('Titre de la grille vide.'),
  version: z.number({ error: 'Nombre attendu.' }).int('Nombre entier attendu.').positive('La version est un entier positif.').optional(),
  criteria: z.array(criterionSchema, { error: missingOr('Liste des critères attendue.') }).min(1, 'Une grille doit avoir au moins un critère.'),
}).superRefine((grid, ctx) => {
  for (const issue of gridIssues(grid)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** Where an issue sits, in words a manager can follow: "Critère n° 3, échelle". */
function locate(grid: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'criteria' || typeof path[1] !== 'number') return 'Grille';
  const criteria = (grid as { criteria?: unknown } | null)?.criteria;
  const criterion: unknown = Array.isArray(criteria) ? criteria[path[1]] : undefined;
  const key = (criterion as { key?: unknown } | undefined)?.key;
  const name = typeof key === 'string' && key.trim() !== '' ? ` (« ${key.trim()} »)` : '';
  const part = path[2] === 'scale' ? ', échelle' : '';
  return `Critère n° ${path[1] + 1}${name}${part}`;
}

export type GridReading = { ok: true; grid: EvaluationGrid } | { ok: false; problems: string[] };

/** Reads a grid (a JSON file, a form): the grid, or every problem in French with where it is. */
export function parseGrid(input: unknown): GridReading {
  const result = evaluationGridSchema.safeParse(input);
  if (result.success) return { ok: true, grid: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${locate(input, issue.path)} : ${issue.message}`) };
}

/** Every problem of a grid built in code (an editor's state), in French; empty when it is usable. */
export function gridProblems(grid: EvaluationGrid): string[] {
  const reading = parseGrid(grid);
  return reading.ok ? [] : reading.problems;
}

/** The criterion of a grid by its key, or undefined. */
export function gridCriterion(grid: EvaluationGrid, key: string): GridCriterion | undefined {
  return grid.criteria.find((criterion) => criterion.key === key);
}
