// The pact as a file for other tools: the nested JSON of the referential, or one CSV row per action.
import type { PactDetail } from './pact-api.ts';

export type PactExportJson = {
  title: string;
  period: { start: number; end: number };
  levers: {
    number: number;
    title: string;
    objectives: {
      title: string;
      operationalObjectives: { title: string; actions: { title: string; partners: string[]; sources: string[] }[] }[];
    }[];
  }[];
};

export function pactToExportJson(pact: PactDetail): PactExportJson {
  return {
    title: pact.title,
    period: { start: pact.periodStart, end: pact.periodEnd },
    levers: pact.levers.map((lever) => ({
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
  };
}

export const PACT_CSV_HEADERS = [
  'Levier n°',
  'Levier',
  'Objectif (code)',
  'Objectif',
  'Objectif opérationnel (code)',
  'Objectif opérationnel',
  'Action (code)',
  'Action',
  'Partenaires associés',
  'Sources',
];

/** Separator ';' and a BOM, CRLF line ends: what Excel in a French office opens as columns, accents intact. */
export function pactToCsv(pact: PactDetail): string {
  const rows: string[][] = [PACT_CSV_HEADERS];
  for (const lever of pact.levers) {
    for (const objective of lever.objectives) {
      for (const operational of objective.operationalObjectives) {
        for (const action of operational.actions) {
          rows.push([
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
          ]);
        }
      }
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
