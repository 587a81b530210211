// The clause texts of conventions, arrêtés, avenants and payment certificates: a versioned JSON
// resource (resources/conventions/…) that a CCAS changes by replacing the file, never in code.
// Placeholders {{key}} are filled from a flat map; a document whose placeholders the data cannot fill
// is refused before rendering, with the list of what is missing in French.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../domain/app-error.ts';

/** Relative to the app's resources/ folder. */
export const CONVENTION_TEMPLATE_FILE = path.join('conventions', 'convention-v1.json');

/** What a block's `when` may test; "!flag" tests its absence. The documents compute them from their data. */
export const TEMPLATE_FLAGS = ['convention', 'arrete', 'annuelle', 'pluriannuelle', 'reserves', 'association', 'mandatory', 'triggerMet'] as const;
export type TemplateFlag = (typeof TEMPLATE_FLAGS)[number];

/** Tables and notices the documents build from their data, placed where the template says. */
export const TEMPLATE_INSERTS = ['yearAmounts', 'scheduleSummary', 'reservations', 'thresholdNotice'] as const;
export type TemplateInsert = (typeof TEMPLATE_INSERTS)[number];

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]*)\s*\}\}/gu;
const KEY = /^[A-Za-z][\w.]*$/u;
/** What a placeholder left open on purpose prints: a dotted line to write on (a draft before the CA). */
export const BLANK = '……………';

const text = z.string().trim().min(1, 'Texte vide.');
const when = z.array(z.string().regex(new RegExp(`^!?(?:${TEMPLATE_FLAGS.join('|')})$`, 'u'), 'Condition inconnue.')).optional();
const blockSchema = z.union([
  z.strictObject({ text, when }),
  z.strictObject({ list: z.array(text).min(1), when }),
  z.strictObject({ insert: z.enum(TEMPLATE_INSERTS), when }),
]);
const blocks = z.array(blockSchema).min(1);
const titled = z.strictObject({ title: text, intro: text });
const titledText = z.strictObject({ title: text, text });

const articleSchema = z.strictObject({
  key: z.string().regex(/^[a-z]+$/u, 'Clé d’article : lettres minuscules.'),
  title: text,
  instruments: z.array(z.enum(['convention', 'arrete'])).min(1),
  blocks,
});

const templateSchema = z.strictObject({
  version: z.string().regex(/^\d{4}-\d+$/u, 'Version attendue sous la forme « 2026-1 ».'),
  description: z.string(),
  placeholders: z.record(z.string().regex(KEY), text),
  convention: z.strictObject({
    title: text,
    draftTitle: text,
    parties: blocks,
    visas: blocks,
    preamble: blocks,
    agreement: text,
    closing: text,
    signatures: z.strictObject({ ccas: text, provider: text }),
  }),
  arrete: z.strictObject({ title: text, draftTitle: text, authority: blocks, visas: blocks, preamble: blocks, decision: text, closing: text, signature: text, notification: text }),
  articles: z.array(articleSchema).min(1),
  notices: z.strictObject({ mandatory: text, optional: text, arrete: text }),
  annexes: z.strictObject({
    action: titled,
    budget: titled,
    indicators: z.strictObject({ title: text, intro: text, empty: text, pendingTarget: text }),
    schedule: titled,
  }),
  avenant: z.strictObject({
    title: text,
    draftTitle: text,
    parties: blocks,
    visas: blocks,
    recitals: blocks,
    agreement: text,
    changes: titled,
    amended: titled,
    schedule: titled,
    others: titledText,
    effect: titledText,
    closing: text,
  }),
  certificat: z.strictObject({ title: text, body: blocks, closing: text, signature: text }),
});

export type ConventionTemplate = z.infer<typeof templateSchema>;
export type TemplateBlock = z.infer<typeof blockSchema>;
export type TemplateArticle = z.infer<typeof articleSchema>;

export function placeholdersIn(value: string): string[] {
  return [...value.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** Every text of the template but the placeholders' own labels. */
function templateTexts(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) templateTexts(item, into);
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) if (key !== 'placeholders') templateTexts(item, into);
  return into;
}

/** Placeholders are declared with their French label; {{ref.KEY}} names an article of the template. */
function undeclaredPlaceholders(template: ConventionTemplate): string[] {
  const articles = new Set(template.articles.map((article) => article.key));
  const used = new Set(templateTexts(template).flatMap(placeholdersIn));
  return [...used].filter((key) => (key.startsWith('ref.') ? !articles.has(key.slice(4)) : !(key in template.placeholders)));
}

/** Checks a template read from JSON: its shape, unique article keys, and that every placeholder it uses is declared. */
export function parseConventionTemplate(json: unknown, source = 'modèle de convention'): ConventionTemplate {
  const parsed = templateSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new AppError('invalid_template', `Le ${source} est invalide : ${issues.map((issue) => `${issue.path || 'racine'} — ${issue.message}`).join(' ; ')}.`, issues);
  }
  const template = parsed.data;
  const keys = template.articles.map((article) => article.key);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate) throw new AppError('invalid_template', `Le ${source} est invalide : l’article « ${duplicate} » figure deux fois.`);
  const undeclared = undeclaredPlaceholders(template);
  if (undeclared.length > 0) {
    throw new AppError('invalid_template', `Le ${source} est invalide : ${undeclared.map((key) => `{{${key}}}`).join(', ')} ${undeclared.length > 1 ? 'ne sont pas déclarés' : 'n’est pas déclaré'} dans « placeholders ».`);
  }
  return template;
}

/** The one place that reads the template from disk (the service passes its resourcesDir). */
export function loadConventionTemplate(resourcesDir: string, file = CONVENTION_TEMPLATE_FILE): ConventionTemplate {
  const full = path.join(resourcesDir, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new AppError('invalid_template', `Le modèle de convention ${file} est illisible : ${error instanceof Error ? error.message : String(error)}.`);
  }
  return parseConventionTemplate(json, `modèle de convention ${file}`);
}

/** A document refused before rendering: `missing` lists what to fill in, in French, in the template's order. */
export class MissingValuesError extends AppError {
  readonly missing: string[];

  /** `refusal`: "La convention de financement n° CONV-2018-007 ne peut pas être établie". */
  constructor(refusal: string, missing: { key: string; label: string }[]) {
    const lower = (label: string) => label.charAt(0).toLocaleLowerCase('fr') + label.slice(1);
    super('precondition', `${refusal}, il manque : ${missing.map((item) => lower(item.label)).join(' ; ')}.`, missing.map((item) => ({ path: item.key, message: item.label })));
    this.name = 'MissingValuesError';
    this.missing = missing.map((item) => item.label);
  }
}

export type PlaceholderValues = Readonly<Record<string, string | null | undefined>>;

export type Filler = {
  fill: (text: string) => string;
  /** Blocks whose `when` holds for these flags. */
  active: <B extends { when?: string[] | undefined }>(blocks: readonly B[]) => B[];
  /** Throws MissingValuesError when a filled text lacked a value. */
  assertComplete: (refusal: string) => void;
};

/**
 * Fills texts from `values`; an empty value is missing unless its key is in `blanks` (then a dotted
 * line is printed). Missing keys are gathered across every text, so that one refusal lists them all.
 */
export function createFiller(template: ConventionTemplate, values: PlaceholderValues, flags: ReadonlySet<string>, blanks: ReadonlySet<string> = new Set()): Filler {
  const missing = new Set<string>();
  const order = Object.keys(template.placeholders);
  return {
    fill: (value) =>
      value.replace(PLACEHOLDER, (whole, key: string) => {
        const filled = values[key];
        if (typeof filled === 'string' && filled.trim() !== '') return filled;
        if (blanks.has(key)) return BLANK;
        missing.add(key);
        return whole;
      }),
    active: (list) => list.filter((block) => (block.when ?? []).every((condition) => (condition.startsWith('!') ? !flags.has(condition.slice(1)) : flags.has(condition)))),
    assertComplete: (refusal) => {
      if (missing.size === 0) return;
      const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
      const sorted = [...missing].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
      throw new MissingValuesError(
        refusal,
        sorted.map((key) => ({ key, label: template.placeholders[key] ?? (key.startsWith('ref.') ? `L’article « ${key.slice(4)} », absent de cet acte` : key) })),
      );
    },
  };
}
