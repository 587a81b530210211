// The draft deliberation closing the report to the board: written so that the board can adopt it as
// is — visas, recitals, then numbered articles whose figures come from the same data as the tables.
import { formatEuros } from '../domain/money.ts';
import { formatLongDate, plural } from './french-text.ts';
import { CONVENTION_THRESHOLD_CENTS, type ConventionLine } from './rapport-conventions.ts';

export type DeliberationInput = {
  pact: { title: string; periodStart: number; periodEnd: number } | null;
  callTitle: string;
  /** The financial year the subsidies are paid from. */
  year: number;
  heldOn: string;
  fundingCount: number;
  providerCount: number;
  totalCents: number;
  reservedCount: number;
  conventions: readonly ConventionLine[];
};

export type Deliberation = { visas: string[]; recitals: string[]; articles: string[] };

const NBSP = '\u00A0';

function conventionArticle(input: DeliberationInput): string {
  const threshold = formatEuros(CONVENTION_THRESHOLD_CENTS);
  if (input.conventions.length === 0) {
    return `de dire qu’aucun organisme ne reçoit au titre de cet appel plus de ${threshold} sur l’année : les subventions sont notifiées par simple décision, une convention pouvant toutefois être conclue avec l’organisme qui le demande ;`;
  }
  const bodies = input.conventions.map((line) => `${line.providerName} (${formatEuros(line.totalCents)})`).join(', ');
  return `d’autoriser le président du conseil d’administration, ou son représentant, à signer les conventions de financement, et leurs éventuels avenants, avec les organismes dont le total annuel des subventions dépasse ${threshold} : ${bodies} ;`;
}

/** The text, paragraph by paragraph; the articles are numbered by the document ("Article 1 – …"). */
export function draftDeliberation(input: DeliberationInput): Deliberation {
  const visas = [
    'Vu le code de l’action sociale et des familles ;',
    `Vu la loi n°${NBSP}2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment son article 10 ;`,
    `Vu le décret n°${NBSP}2001-495 du 6 juin 2001 pris pour l’application de l’article 10 de la loi n°${NBSP}2000-321 du 12 avril 2000 et relatif à la transparence financière des aides octroyées par les personnes publiques ;`,
    ...(input.pact ? [`Vu le référentiel « ${input.pact.title} » ${input.pact.periodStart}–${input.pact.periodEnd} ;`] : []),
    `Vu l’appel à projets « ${input.callTitle} » ;`,
    `Vu les avis rendus par la Commission des actions d’insertion lors de sa séance du ${formatLongDate(input.heldOn)} ;`,
  ];
  const recitals = [
    'Considérant que les actions collectives d’insertion retenues répondent aux objectifs du pacte et ont reçu un avis favorable de la commission ;',
    'Après en avoir délibéré,',
  ];
  const articles = [
    `d’attribuer les subventions figurant au tableau des financements proposés du présent rapport, soit ${plural(input.fundingCount, 'action')} portée${input.fundingCount > 1 ? 's' : ''} par ${plural(input.providerCount, 'organisme')}, pour un montant total de ${formatEuros(input.totalCents)} ;`,
    conventionArticle(input),
    ...(input.reservedCount > 0
      ? [`de subordonner le versement des subventions accordées sous réserve (${plural(input.reservedCount, 'action')}) à la levée des réserves indiquées au tableau des financements proposés ;`]
      : []),
    `de dire que les dépenses correspondantes seront imputées sur les crédits inscrits au budget de l’exercice ${input.year}.`,
  ];
  return { visas, recitals, articles };
}
