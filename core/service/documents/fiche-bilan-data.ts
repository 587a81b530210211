// Gathers the fiche bilan of one bilan from the database: its facts and history, the indicators in force
// on its year's 31 December with the convention's targets, its values (rates and derived figures computed
// here, never typed) and its compte rendu financier; then the pure definition, then the one renderer.
import { eq } from 'drizzle-orm';
import { readBilanContent, type BilanContent } from '../../../db/queries/bilan-content.ts';
import { findBilanRow } from '../../../db/queries/bilan-rows.ts';
import { conventionRow } from '../../../db/queries/convention-detail.ts';
import { definitionsInForce } from '../../../db/queries/indicator-catalogue.ts';
import { listTargets } from '../../../db/queries/target-queries.ts';
import { providers, territories } from '../../../db/schema/index.ts';
import type { JsonValue } from '../../domain/jury/audit-chain.ts';
import { DIMENSION_LABELS, FIXED_CATEGORIES, NOT_REPORTED, UNIT_LABELS, type IndicatorDefinition } from '../../domain/indicators/catalogue.ts';
import { BILAN_STATUS_LABELS } from '../../domain/indicators/bilan-status.ts';
import { financialGap, financialTotals, OUTCOME_LABELS, SIDE_LABELS } from '../../domain/indicators/financial-report.ts';
import { ficheBilanDocument, FICHE_BILAN_TITLE, type FicheBilanData, type FicheBilanIndicator, type FicheBilanSide } from '../../documents/fiche-bilan.ts';
import { fileSlug } from '../../documents/file-slug.ts';
import { dataSha256 } from '../../documents/fingerprint.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { currentAuditHead } from '../audit/audit-head.ts';
import { bilanById } from '../bilans/bilan-lifecycle.ts';
import type { ServiceContext } from '../context.ts';
import { latestDate, organisationIdentity } from './document-context.ts';
import type { GeneratedDocument } from './documents-api.ts';

const ratioPercent = (numerator: number, denominator: number) => Math.round((numerator / denominator) * 1000) / 10;

type Cell = { dimension: string; category: string; value: number };

/** A category as a person reads it: the fixed label, or the territory's name; 'nr' is "Non renseigné". */
function categoryLabel(dimension: string, category: string, territoryNames: ReadonlyMap<string, string>): string {
  if (category === NOT_REPORTED) return 'Non renseigné';
  if (dimension === 'territory') return territoryNames.get(category) ?? category;
  return FIXED_CATEGORIES[dimension as keyof typeof FIXED_CATEGORIES]?.find((entry) => entry.key === category)?.label ?? category;
}

/** Fixed categories in their order, territories in the order of their list, "non renseigné" last. */
function categoryRank(dimension: string, category: string, territoryOrder: readonly string[]): number {
  if (category === NOT_REPORTED) return Number.MAX_SAFE_INTEGER;
  const order = dimension === 'territory' ? territoryOrder : (FIXED_CATEGORIES[dimension as keyof typeof FIXED_CATEGORIES] ?? []).map((entry) => entry.key);
  const index = order.indexOf(category);
  return index === -1 ? order.length : index;
}

/**
 * Each indicator with a target or a value: typed sums as given, derived codes as the sum of their
 * sources, ratios as Σ numerator ÷ Σ denominator, and a count's rate against its denominator code.
 */
export function ficheIndicators(definitions: readonly IndicatorDefinition[], content: BilanContent, targets: ReadonlyMap<string, number>, territoryList: readonly { code: string; name: string }[]): FicheBilanIndicator[] {
  const cells = new Map<string, Cell[]>();
  for (const value of content.values) cells.set(value.code, [...(cells.get(value.code) ?? []), value]);
  const byCode = new Map(definitions.map((definition) => [definition.code, definition]));
  const territoryNames = new Map(territoryList.map((territory) => [territory.code, territory.name]));
  const territoryOrder = territoryList.map((territory) => territory.code);
  const sourcesOf = (code: string): Cell[] => {
    const definition = byCode.get(code);
    if (definition?.aggregation !== 'derived') return cells.get(code) ?? [];
    const summed = new Map<string, Cell>();
    for (const cell of definition.derivedFrom.flatMap((source) => cells.get(source) ?? [])) {
      const key = `${cell.dimension}\u0000${cell.category}`;
      const current = summed.get(key);
      summed.set(key, { ...cell, value: (current?.value ?? 0) + cell.value });
    }
    return [...summed.values()];
  };
  const totalOf = (code: string): number | null => {
    const definition = byCode.get(code);
    if (definition?.aggregation === 'ratio') {
      const numerator = totalOf(definition.numeratorCode ?? '');
      const denominator = totalOf(definition.denominatorCode ?? '');
      return numerator === null || denominator === null || denominator <= 0 ? null : ratioPercent(numerator, denominator);
    }
    return sourcesOf(code).find((cell) => cell.dimension === 'total')?.value ?? null;
  };
  return definitions.flatMap((definition): FicheBilanIndicator[] => {
    const target = targets.get(definition.code) ?? null;
    const actual = totalOf(definition.code);
    if (target === null && actual === null) return [];
    const denominator = definition.aggregation !== 'ratio' && definition.denominatorCode ? totalOf(definition.denominatorCode) : null;
    const breakdowns = definition.breakdowns.flatMap((dimension) => {
      const found = sourcesOf(definition.code)
        .filter((cell) => cell.dimension === dimension)
        .sort((a, b) => categoryRank(dimension, a.category, territoryOrder) - categoryRank(dimension, b.category, territoryOrder));
      return found.length === 0 ? [] : [{ label: DIMENSION_LABELS[dimension], cells: found.map((cell) => ({ label: categoryLabel(dimension, cell.category, territoryNames), value: cell.value })) }];
    });
    return [
      {
        code: definition.code,
        label: definition.label,
        unit: UNIT_LABELS[definition.unit] ?? definition.unit,
        target,
        actual,
        computed: definition.aggregation !== 'sum',
        achievementPercent: target !== null && target > 0 && actual !== null ? ratioPercent(actual, target) : null,
        rate: actual !== null && denominator !== null && denominator > 0 ? { percent: ratioPercent(actual, denominator), ofCode: definition.denominatorCode ?? '' } : null,
        breakdowns,
      },
    ];
  });
}

function financialSides(content: BilanContent): FicheBilanSide[] {
  return (['charge', 'produit'] as const).map((side) => {
    const lines = content.financialLines.filter((line) => line.side === side).map((line) => ({ account: line.account, label: line.label, plannedCents: line.plannedCents, actualCents: line.actualCents, ...financialGap(line.plannedCents, line.actualCents) }));
    const totals = financialTotals(content.financialLines, side);
    return { label: SIDE_LABELS[side], lines, total: { account: '', label: `Total des ${SIDE_LABELS[side].toLowerCase()}`, ...totals, ...financialGap(totals.plannedCents, totals.actualCents) } };
  });
}

export async function generateFicheBilan(context: ServiceContext, bilanId: number): Promise<GeneratedDocument> {
  const { db } = context;
  const facts = bilanById(context, bilanId);
  const row = findBilanRow(db, facts.conventionId, facts.year);
  const convention = conventionRow(db, facts.conventionId);
  const siret = db.select({ siret: providers.siret }).from(providers).where(eq(providers.id, facts.providerId)).get()?.siret ?? null;
  const content = readBilanContent(db, bilanId);
  const targets = new Map(listTargets(db, facts.conventionId).filter((target) => target.year === facts.year).map((target) => [target.code, target.targetValue]));
  const territoryList = db.select({ code: territories.code, name: territories.name }).from(territories).orderBy(territories.position).all();
  const data: FicheBilanData = {
    bilan: {
      id: bilanId,
      year: facts.year,
      statusLabel: BILAN_STATUS_LABELS[facts.status],
      statusReason: facts.statusReason,
      decidedOn: facts.decidedOn,
      decidedBy: facts.decidedBy,
      dueOn: facts.dueOn,
      receivedOn: facts.receivedOn,
      outcomeLabel: facts.outcome === null ? null : OUTCOME_LABELS[facts.outcome],
      qualitative: facts.qualitative,
      appraisal: facts.appraisal,
      balanceReleasedOn: facts.bilanAcceptedOn,
    },
    convention: { number: facts.conventionNumber, object: facts.conventionObject, startsOn: convention.startsOn, endsOn: convention.endsOn, amountCents: facts.amountCents },
    provider: { name: facts.providerName, siret },
    action: {
      title: facts.actionTitle,
      lever: facts.lever ? `${facts.lever.number}. ${facts.lever.title}` : null,
      objective: facts.objective ? `${facts.objective.code} ${facts.objective.title}` : null,
    },
    indicators: ficheIndicators(definitionsInForce(db, `${facts.year}-12-31`), content, targets, territoryList),
    financial: financialSides(content),
  };
  const { signatories: _signatories, ...organisation } = organisationIdentity(db);
  // Dated of the bilan's last change (its decision, appraisal or content), never the clock: the same data, the same bytes.
  const lastChange = latestDate([row?.updatedAt, ...facts.history.map((entry) => entry.at)], `${facts.year + 1}-01-01T00:00:00.000Z`);
  const generatedOn = lastChange.slice(0, 10);
  const reference = `BILAN-${facts.year}-${facts.conventionNumber}`;
  const sha256 = dataSha256({ organisation, reference, generatedOn, data } as unknown as JsonValue);
  const auditHead = currentAuditHead(db);
  const definition = ficheBilanDocument({ organisation, reference, generatedOn, dataSha256: sha256, auditHead }, data);
  const bytes = await renderPdf(definition, {
    title: `${FICHE_BILAN_TITLE} ${facts.year} — ${facts.actionTitle}`,
    subject: `Bilan ${facts.year} de la convention ${facts.conventionNumber} (${facts.providerName}) : indicateurs, compte rendu financier, appréciation`,
    author: organisation.name || 'Pacte CAI',
    keywords: `CAI, fiche bilan, ${reference}, empreinte ${sha256}`,
    auditHead,
    creationDate: new Date(lastChange),
  });
  return { fileName: `fiche-bilan-${fileSlug(facts.conventionNumber, 'convention')}-${facts.year}.pdf`, contentBase64: bytes.toString('base64'), dataSha256: sha256, reference };
}
