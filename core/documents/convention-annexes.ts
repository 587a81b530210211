// The four annexes of a convention (or an arrêté), each from a new page: I the action as the
// application presents it, II the budget prévisionnel, III the common indicators' targets per year and
// the application's proposed indicators (the annex exists even when the targets are still to be agreed),
// IV the échéancier.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatEuros } from '../domain/money.ts';
import { UNIT_LABELS } from '../domain/indicators/catalogue.ts';
import type { ConventionFacts, BudgetRow, IndicatorTargetRow } from './convention-data.ts';
import { scheduleTable } from './convention-parts.ts';
import { heading, keptWithHeading, paragraph } from './convention-layout.ts';
import type { ConventionTemplate, Filler } from './convention-template.ts';
import { COLORS, dataTable } from './document-frame.ts';
import { formatLongDate, plural } from './french-text.ts';

const annexTitle = (text: string): Content => heading(text, { fontSize: 12.5, margin: [0, 0, 0, 6] });
const label = (text: string): TableCell => ({ text, color: COLORS.muted });
const right = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, alignment: 'right', ...extra });

/** Blank lines separate paragraphs; single line breaks are kept inside them. */
function paragraphs(text: string): Content[] {
  return text
    .split(/\n\s*\n/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(part));
}

function period(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) return `du ${formatLongDate(startsOn)} au ${formatLongDate(endsOn)}`;
  if (startsOn) return `à partir du ${formatLongDate(startsOn)}`;
  if (endsOn) return `jusqu’au ${formatLongDate(endsOn)}`;
  return 'non précisée';
}

function actionAnnex(template: ConventionTemplate, data: ConventionFacts, filler: Filler): Content[] {
  const { action } = data;
  const facts: TableCell[][] = [
    [label('Intitulé'), { text: action.title, bold: true }],
    [label('Porteur'), data.provider.name],
    [label('Période'), period(action.startsOn, action.endsOn)],
    [label('Public visé'), action.publics.length > 0 ? action.publics.join(', ') : 'non précisé'],
    [label('Participants attendus'), action.expectedParticipants > 0 ? plural(action.expectedParticipants, 'personne') : 'non précisé'],
    [label('Territoires'), action.territories.length > 0 ? action.territories.join(', ') : 'non précisés'],
  ];
  const table: Content = { table: { widths: [110, '*'], body: facts }, layout: { defaultBorder: false, paddingLeft: () => 0, paddingTop: () => 1.5, paddingBottom: () => 1.5 }, margin: [0, 0, 0, 4] };
  const objectives: Content =
    action.objectives.length === 0
      ? paragraph('Le dossier ne désigne aucun objectif du pacte.', { italics: true })
      : dataTable(
          ['Levier du pacte', 'Objectif opérationnel'],
          action.objectives.map((objective): TableCell[] => [
            { text: [{ text: `Levier ${objective.leverNumber}`, bold: true }, objective.leverTitle ? ` — ${objective.leverTitle}` : ''] },
            { text: [{ text: `${objective.code} `, bold: true }, objective.title, objective.isPrimary ? { text: ' (objectif principal)', color: COLORS.accent } : ''] },
          ]),
          ['40%', '*'],
        );
  const summary = paragraphs(action.summary);
  const mobility = paragraphs(action.mobility);
  return [
    { stack: [annexTitle(template.annexes.action.title), paragraph(filler.fill(template.annexes.action.intro)), table], unbreakable: true, pageBreak: 'before' },
    ...keptWithHeading(heading('Présentation de l’action'), summary.length > 0 ? summary : [paragraph('Le dossier ne présente pas de résumé de l’action.', { italics: true })]),
    ...keptWithHeading(heading('Mobilité des participants'), mobility.length > 0 ? mobility : [paragraph('Le dossier ne décrit pas la prise en compte de la mobilité ; le bénéficiaire en rend compte dans le bilan annuel.', { italics: true })]),
    ...keptWithHeading(heading('Objectifs du pacte'), [objectives]),
  ];
}

function budgetSide(title: string, rows: readonly BudgetRow[]): Content {
  const total = rows.reduce((sum, row) => sum + row.amountCents, 0);
  const body: TableCell[][] = rows.map((row) => [row.label, right(formatEuros(row.amountCents))]);
  if (body.length === 0) body.push([{ text: 'Aucune ligne', italics: true }, right('—')]);
  body.push([{ text: `Total des ${title.toLocaleLowerCase('fr')}`, bold: true }, right(formatEuros(total), { bold: true })]);
  return { ...(dataTable([title, 'Montant'], body, ['*', 90], { alignRight: [1] }) as object), margin: [0, 0, 0, 8] } as Content;
}

function budgetAnnex(template: ConventionTemplate, data: ConventionFacts, filler: Filler): Content[] {
  return [
    { stack: [annexTitle(template.annexes.budget.title), paragraph(filler.fill(template.annexes.budget.intro)), budgetSide('Charges', data.budget.charges)], unbreakable: true, pageBreak: 'before' },
    budgetSide('Produits', data.budget.produits),
  ];
}

const frenchFigure = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** The common indicators' targets, one table per year: code, label, target, unit. */
function targetTables(targets: readonly IndicatorTargetRow[]): Content[] {
  const years = [...new Set(targets.map((row) => row.year))].sort((a, b) => a - b);
  return years.flatMap((year) =>
    keptWithHeading(heading(`Cibles de l’exercice ${year}`), [
      dataTable(
        ['Code', 'Indicateur commun', 'Cible', 'Unité'],
        targets
          .filter((row) => row.year === year)
          .map((row): TableCell[] => [{ text: row.code, bold: true }, row.label, right(frenchFigure.format(row.target), { bold: true }), UNIT_LABELS[row.unit] ?? row.unit]),
        [42, '*', 60, 70],
        { alignRight: [2] },
      ),
    ]),
  );
}

function indicatorsAnnex(template: ConventionTemplate, data: ConventionFacts, filler: Filler): Content[] {
  const texts = template.annexes.indicators;
  const title = annexTitle(texts.title);
  const targets = data.targets ?? [];
  const proposedTitle = heading('Indicateurs proposés dans la demande');
  const opening: Content = { stack: [title, paragraph(filler.fill(texts.intro))], pageBreak: 'before' };
  if (data.indicators.length === 0) {
    const empty = paragraph(filler.fill(texts.empty), { italics: true });
    if (targets.length === 0) return [{ stack: [title, paragraph(filler.fill(texts.intro)), empty], pageBreak: 'before' }];
    return [opening, ...targetTables(targets), ...keptWithHeading(proposedTitle, [empty])];
  }
  const pending = data.indicators.some((row) => !row.target?.trim());
  const table = dataTable(
    ['Indicateur', 'Exercice', 'Cible'],
    data.indicators.map((row): TableCell[] => [row.label, row.year === null ? 'Chaque exercice' : String(row.year), row.target?.trim() ? row.target.trim() : { text: 'à définir', italics: true, color: COLORS.muted }]),
    ['*', 80, 130],
  );
  const notes = pending ? [paragraph(filler.fill(texts.pendingTarget), { style: 'small', margin: [0, 4, 0, 0] })] : [];
  if (targets.length === 0) return [opening, table, ...notes];
  return [opening, ...targetTables(targets), ...keptWithHeading(proposedTitle, [table]), ...notes];
}

function scheduleAnnex(template: ConventionTemplate, data: ConventionFacts, filler: Filler): Content[] {
  return [{ stack: [annexTitle(template.annexes.schedule.title), paragraph(filler.fill(template.annexes.schedule.intro)), scheduleTable(data.schedule, data.convention.instrument, true)], pageBreak: 'before' }];
}

export function conventionAnnexes(template: ConventionTemplate, data: ConventionFacts, filler: Filler): Content[] {
  return [...actionAnnex(template, data, filler), ...budgetAnnex(template, data, filler), ...indicatorsAnnex(template, data, filler), ...scheduleAnnex(template, data, filler)];
}
