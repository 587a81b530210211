// The pact referential's methods: schemas and result types (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

export type PactSummary = {
  id: number;
  code: string;
  title: string;
  territory: string;
  periodStart: number;
  periodEnd: number;
  importedAt: string;
  counts: { levers: number; objectives: number; operationalObjectives: number; actions: number };
};

export type PactAction = { id: number; code: string; title: string; partners: string[]; sources: string[] };
export type PactOperationalObjective = { id: number; code: string; title: string; actions: PactAction[] };
export type PactObjective = { id: number; code: string; title: string; operationalObjectives: PactOperationalObjective[] };
export type PactLever = { id: number; number: number; code: string; title: string; summary: string; objectives: PactObjective[] };
export type PactKeyFigure = { key: string; label: string; value: number; unit: string; year: number | null; note: string | null };
export type PactGovernanceBody = { code: string; name: string; frequency: string; role: string; members: string[] };
export type PactCurationNote = { location: string; problem: string; fix: string };

export type PactDetail = PactSummary & {
  subtitle: string;
  source: string;
  levers: PactLever[];
  keyFigures: PactKeyFigure[];
  governance: PactGovernanceBody[];
  curationNotes: PactCurationNote[];
};

export type PactSearchHitKind = 'lever' | 'objective' | 'operationalObjective' | 'action';
export type PactPathStep = { kind: PactSearchHitKind; code: string; title: string };
export type PactSearchHit = {
  kind: PactSearchHitKind;
  id: number;
  code: string;
  title: string;
  /** Lever → objective → operational objective leading to the hit (the hit itself excluded). */
  path: PactPathStep[];
  partners: string[];
  sources: string[];
  /** Which field matched: the title, a partner or a source. */
  matchedIn: ('title' | 'partners' | 'sources')[];
};
export type PactSearchResult = { pactId: number; query: string; total: number; hits: PactSearchHit[] };

export type PactExportFormat = 'json' | 'csv';
export type PactExport = { fileName: string; mediaType: string; content: string };

export type PactImportReport = { pactId: number; code: string; status: 'created' | 'unchanged' };

const pactIdInput = z.number().int().positive();

export const pactMethods = {
  'pacts.list': defineMethod<PactSummary[]>()(z.object({}).strict()),
  'pacts.get': defineMethod<PactDetail>()(
    z.object({ pactId: pactIdInput.optional() }).strict(),
  ),
  'pacts.search': defineMethod<PactSearchResult>()(
    z
      .object({
        pactId: pactIdInput.optional(),
        text: z.string().trim().min(1, 'Saisissez au moins un caractère à chercher.').max(200, 'Recherche trop longue (200 caractères au plus).'),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
  ),
  'pacts.export': defineMethod<PactExport>()(
    z
      .object({
        pactId: pactIdInput.optional(),
        format: z.enum(['json', 'csv'], { error: 'Format inconnu : choisissez « json » ou « csv ».' }),
      })
      .strict(),
  ),
  'pacts.import': defineMethod<PactImportReport>()(
    z.object({ content: z.string().min(1).max(5_000_000, 'Fichier trop volumineux (5 Mo au plus).') }).strict(),
  ),
};
