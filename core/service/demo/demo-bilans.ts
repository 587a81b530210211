// The demo year's bilans and targets, through the same handlers as the screens: targets set on each
// convention when drafted (from the application's expected participants), each accepted bilan received
// (figures with breakdowns that add up, a compte rendu financier close to the application's budget) then
// validated on the day its balance was released, and the others left at every other status: received,
// incomplete, rejected and dispensed with their reasons, and three still awaited (late by now).
import { territoryCodes as breakdownTerritories } from '../../../db/queries/bilan-content.ts';
import { listTerritories } from '../../../db/queries/territory-queries.ts';
import { budgetAccountDefinition } from '../../domain/budget.ts';
import type { BilanValueInput } from '../../domain/indicators/bilan-consistency.ts';
import type { ApplicationDetail } from '../applications/applications-api.ts';
import type { DemoRunner } from './demo-runner.ts';
import { demoBilanValues } from './demo-bilan-values.ts';

/** The targets of a convention's years, from its application's expected participants. */
export function setDemoTargets(runner: DemoRunner, conventionIds: readonly number[]): void {
  for (const id of conventionIds) {
    const convention = runner.run('conventions.get', { id });
    const application = runner.run('applications.get', { id: convention.applicationId });
    const participants = Math.max(8, Math.round(application.expectedParticipants / convention.years.length));
    for (const { year } of convention.years) {
      runner.run('targets.setYear', {
        conventionId: id,
        year,
        values: [
          { code: 'IC01', value: participants },
          { code: 'IC10', value: Math.round(participants * 0.8) },
          { code: 'IC12', value: Math.round(participants * 0.3) },
          { code: 'IC14', value: Math.round(participants * 0.5) },
        ],
      });
    }
  }
}

/** 'YYYY-MM-DD' minus `days` days. */
function daysBefore(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T12:00:00.000Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** A small, stable variation per convention and line (−8 % … +6 %): a real CRF never matches its forecast. */
function drift(seed: number, index: number): number {
  return 1 + (((seed * 7 + index * 13) % 15) - 8) / 100;
}

/** The CRF: every line of the application's budget, forecast as requested, actual near it; the CCAS line as granted. */
function financialLines(application: ApplicationDetail, grantedCents: number, seed: number) {
  return application.budgetLines.map((line, index) => {
    const { side } = budgetAccountDefinition(line.account);
    const actual = line.account === '74-ccas' ? grantedCents : Math.round(line.amountCents * drift(seed, index));
    return { side, account: line.account, label: line.label, plannedCents: line.amountCents, actualCents: Math.max(0, actual) };
  });
}

type Received = { outcome: 'realisee' | 'non_realisee' | 'dates_modifiees'; receivedOn: string; qualitative: string };

/** Saves a bilan's content for a convention's year, received on `receivedOn`; returns its id. */
function receive(runner: DemoRunner, conventionId: number, year: number, received: Received): number {
  const convention = runner.run('conventions.get', { id: conventionId });
  const application = runner.run('applications.get', { id: convention.applicationId });
  const territoryCodes = new Map(listTerritories(runner.context.db, true).map((territory) => [territory.id, territory.code]));
  // Neighbourhoods only: a QPV lies within one, and the breakdown would count its residents twice.
  const allowed = new Set(breakdownTerritories(runner.context.db));
  const codes = application.territories.flatMap((territory) => territoryCodes.get(territory.id) ?? []).filter((code) => allowed.has(code));
  const granted = convention.years.find((candidate) => candidate.year === year)?.amountCents ?? convention.totalCents;
  const values: BilanValueInput[] = demoBilanValues(application, codes, conventionId, convention.years.length);
  const saved = runner.run('bilans.saveContent', {
    conventionId,
    year,
    outcome: received.outcome,
    receivedOn: received.receivedOn,
    qualitative: received.qualitative,
    values,
    financialLines: financialLines(application, granted, conventionId),
  });
  return saved.bilanId;
}

const REALISED = 'Action menée comme prévu : les séances collectives se sont tenues au rythme annoncé, les participants ont été orientés par les référents RSA et le PLIE. (Données de démonstration.)';

/** The bilan of a year accepted on `on`: received three weeks before, validated that day (its balance becomes payable). */
export function validateDemoBilan(runner: DemoRunner, conventionId: number, year: number, on: string): void {
  const bilanId = receive(runner, conventionId, year, { outcome: 'realisee', receivedOn: daysBefore(on, 21), qualitative: REALISED });
  runner.run('bilans.validate', { id: bilanId, decidedOn: on });
}

/** The bilans of the demo year that were not accepted, by the convention's action title. */
export const DEMO_OTHER_BILANS = {
  received: 'Sport et insertion : se remobiliser par l’activité physique',
  incomplete: 'Garde d’enfants à horaires atypiques pour parents en reprise d’emploi',
  rejected: 'Accès aux droits santé : bilan et ouverture des droits',
  dispensed: 'Ordinateurs reconditionnés à prix solidaire',
} as const;

export const DEMO_BILAN_REASONS = {
  incomplete: 'Le compte rendu financier ne détaille pas les produits : joindre les notifications de la CAF et de Rennes Métropole.',
  rejected: 'Les participants déclarés ne correspondent pas aux feuilles d’émargement transmises : bilan à reprendre avec la liste des séances.',
  dispensed: 'Action arrêtée en septembre 2018 et convention résiliée : le reversement de la part non consommée tient lieu de bilan.',
} as const;

/** Late June 2019, after the last act on the conventions: the bilans still open, each at its own status. */
export function runDemoBilans(runner: DemoRunner, idsByTitle: ReadonlyMap<string, number>): void {
  const id = (title: string) => {
    const found = idsByTitle.get(title);
    if (found === undefined) throw new Error(`Demo data: no convention for the bilan of "${title}".`);
    return found;
  };
  runner.at('2019-06-24');
  receive(runner, id(DEMO_OTHER_BILANS.received), 2018, { outcome: 'realisee', receivedOn: '2019-06-21', qualitative: REALISED });
  runner.at('2019-06-24');
  const incomplete = receive(runner, id(DEMO_OTHER_BILANS.incomplete), 2018, { outcome: 'dates_modifiees', receivedOn: '2019-05-27', qualitative: 'Démarrage décalé à mars 2018, faute de places d’accueil en janvier. (Données de démonstration.)' });
  runner.at('2019-06-24');
  const rejected = receive(runner, id(DEMO_OTHER_BILANS.rejected), 2018, { outcome: 'realisee', receivedOn: '2019-06-10', qualitative: REALISED });
  runner.at('2019-06-25');
  runner.run('bilans.markIncomplete', { id: incomplete, reason: DEMO_BILAN_REASONS.incomplete });
  runner.at('2019-06-26');
  runner.run('bilans.reject', { id: rejected, reason: DEMO_BILAN_REASONS.rejected });
  runner.at('2019-06-26');
  runner.run('bilans.dispense', { conventionId: id(DEMO_OTHER_BILANS.dispensed), year: 2018, reason: DEMO_BILAN_REASONS.dispensed });
}
