// The forecast budget of one action, in the charge and income accounts of Cerfa 12156 ("budget
// prévisionnel de l'action"): it must balance, and the amount asked of the CCAS is one of its lines.
import { z } from 'zod';
import { formatEuros } from './money.ts';

export type BudgetSide = 'charge' | 'produit';

export type BudgetAccountDefinition = {
  account: string;
  side: BudgetSide;
  /** The two-digit account the line belongs to, for headings and roll-ups ("74", "86"). */
  group: string;
  /** The wording printed on the Cerfa. */
  label: string;
  /** Contributions volontaires en nature (86x, 87x): valued, not paid. */
  inKind: boolean;
};

const line = (account: string, side: BudgetSide, group: string, label: string, inKind = false) =>
  ({ account, side, group, label, inKind }) as const;

/**
 * Every line of the action budget, in the order of the Cerfa. Subsidies (74) are split by funder
 * because the CAI weighs co-funding, and the CCAS's own line is the amount requested. 86 and 87
 * are split as on the form. "Charges indirectes affectées à l'action" has no account number but
 * is on the form: providers put their share of overheads there.
 */
export const BUDGET_ACCOUNTS = [
  line('60', 'charge', '60', '60 – Achats'),
  line('61', 'charge', '61', '61 – Services extérieurs'),
  line('62', 'charge', '62', '62 – Autres services extérieurs'),
  line('63', 'charge', '63', '63 – Impôts et taxes'),
  line('64', 'charge', '64', '64 – Charges de personnel'),
  line('65', 'charge', '65', '65 – Autres charges de gestion courante'),
  line('66', 'charge', '66', '66 – Charges financières'),
  line('67', 'charge', '67', '67 – Charges exceptionnelles'),
  line('68', 'charge', '68', '68 – Dotation aux amortissements'),
  line('charges-indirectes', 'charge', 'charges-indirectes', 'Charges indirectes affectées à l’action'),
  line('860', 'charge', '86', '860 – Secours en nature', true),
  line('861', 'charge', '86', '861 – Mise à disposition gratuite de biens et services', true),
  line('862', 'charge', '86', '862 – Prestations', true),
  line('864', 'charge', '86', '864 – Personnel bénévole', true),
  line('70', 'produit', '70', '70 – Vente de produits finis, de marchandises, prestations de services'),
  line('73', 'produit', '73', '73 – Dotations et produits de tarification'),
  line('74-etat', 'produit', '74', 'État'),
  line('74-region', 'produit', '74', 'Région(s)'),
  line('74-departement', 'produit', '74', 'Département(s)'),
  line('74-epci', 'produit', '74', 'Intercommunalité(s) : EPCI'),
  line('74-ccas', 'produit', '74', 'Commune / CCAS'),
  line('74-organismes-sociaux', 'produit', '74', 'Organismes sociaux (CAF, etc.)'),
  line('74-europe', 'produit', '74', 'Fonds européens (FSE, FEDER…)'),
  line('74-asp', 'produit', '74', 'Agence de services et de paiement (emplois aidés)'),
  line('74-autres', 'produit', '74', 'Autres financeurs publics / privés'),
  line('75', 'produit', '75', '75 – Autres produits de gestion courante'),
  line('76', 'produit', '76', '76 – Produits financiers'),
  line('77', 'produit', '77', '77 – Produits exceptionnels'),
  line('78', 'produit', '78', '78 – Reprises sur amortissements et provisions'),
  line('870', 'produit', '87', '870 – Bénévolat', true),
  line('871', 'produit', '87', '871 – Prestations en nature', true),
  line('875', 'produit', '87', '875 – Dons en nature', true),
] as const satisfies readonly BudgetAccountDefinition[];

export type BudgetAccount = (typeof BUDGET_ACCOUNTS)[number]['account'];

/** Headings of the accounts split into several lines. */
export const BUDGET_GROUP_LABELS: Readonly<Record<'74' | '86' | '87', string>> = {
  '74': '74 – Subventions d’exploitation',
  '86': '86 – Emplois des contributions volontaires en nature',
  '87': '87 – Contributions volontaires en nature',
};

/** The line of the budget that holds the amount requested from the CCAS. */
export const CCAS_ACCOUNT = '74-ccas' satisfies BudgetAccount;

const DEFINITIONS: ReadonlyMap<string, BudgetAccountDefinition> = new Map(BUDGET_ACCOUNTS.map((definition) => [definition.account, definition]));

export function budgetAccountDefinition(account: BudgetAccount): BudgetAccountDefinition {
  const definition = DEFINITIONS.get(account);
  if (definition === undefined) throw new RangeError(`Unknown budget account: ${account}`);
  return definition;
}

/**
 * One amount of the budget. An account may appear on several lines (two "Autres financeurs", two
 * ministries under "État"): `label` then says which, e.g. the funder's name.
 */
export type BudgetLine = { account: BudgetAccount; label?: string; amountCents: number };

const ACCOUNT_IDS = BUDGET_ACCOUNTS.map((definition) => definition.account) as [BudgetAccount, ...BudgetAccount[]];

export const budgetLineSchema = z.object({
  account: z.enum(ACCOUNT_IDS, { error: 'Compte du budget inconnu.' }),
  label: z.string().trim().max(200, { error: 'Libellé trop long (200 caractères au plus).' }).optional(),
  amountCents: z
    .number({ error: 'Montant attendu en centimes.' })
    .int({ error: 'Montant attendu en centimes entiers.' })
    .min(0, { error: 'Un montant du budget ne peut pas être négatif.' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'Montant trop grand.' }),
});

export type BudgetTotals = {
  /** All charges, contributions in kind (86) included: the Cerfa's bottom "TOTAL". */
  chargesCents: number;
  /** All income, contributions in kind (87) included. */
  incomeCents: number;
  /** charges − income: positive when income falls short. */
  differenceCents: number;
  balanced: boolean;
  inKindChargesCents: number;
  inKindIncomeCents: number;
  /** The 74 – Commune / CCAS line(s). */
  requestedFromCcasCents: number;
  /** Every other 74 line: subsidies asked of other funders. */
  coFundersCents: number;
  /**
   * Requested ÷ income paid in money (87 left out: a volunteer's hour does not dilute what the CCAS
   * pays), as the Cerfa's "la subvention représente …% du total des produits"; null without income.
   */
  ccasShare: number | null;
};

function addCents(total: number, amount: number): number {
  const sum = total + amount;
  // Past 2^53 sums stop being exact; no real budget gets there, so this is a bug or bad input.
  if (!Number.isSafeInteger(sum)) throw new RangeError('Budget total beyond Number.MAX_SAFE_INTEGER cents.');
  return sum;
}

export function budgetTotals(lines: readonly BudgetLine[]): BudgetTotals {
  let chargesCents = 0;
  let incomeCents = 0;
  let inKindChargesCents = 0;
  let inKindIncomeCents = 0;
  let requestedFromCcasCents = 0;
  let coFundersCents = 0;
  for (const { account, amountCents } of lines) {
    if (!Number.isSafeInteger(amountCents) || amountCents < 0) {
      throw new RangeError(`Budget amounts are non-negative integer cents: ${String(amountCents)}`);
    }
    const { side, group, inKind } = budgetAccountDefinition(account);
    if (side === 'charge') {
      chargesCents = addCents(chargesCents, amountCents);
      if (inKind) inKindChargesCents = addCents(inKindChargesCents, amountCents);
    } else {
      incomeCents = addCents(incomeCents, amountCents);
      if (inKind) inKindIncomeCents = addCents(inKindIncomeCents, amountCents);
      if (account === CCAS_ACCOUNT) requestedFromCcasCents = addCents(requestedFromCcasCents, amountCents);
      else if (group === '74') coFundersCents = addCents(coFundersCents, amountCents);
    }
  }
  const differenceCents = chargesCents - incomeCents;
  const paidIncomeCents = incomeCents - inKindIncomeCents;
  return {
    chargesCents,
    incomeCents,
    differenceCents,
    balanced: differenceCents === 0,
    inKindChargesCents,
    inKindIncomeCents,
    requestedFromCcasCents,
    coFundersCents,
    ccasShare: paidIncomeCents > 0 ? requestedFromCcasCents / paidIncomeCents : null,
  };
}

/**
 * What is wrong with a budget, in French, for the eligibility checklist and the import report:
 * charges and income must balance, and so must contributions in kind, whose uses (86) are by
 * definition the contributions received (87).
 */
export function budgetProblems(totals: BudgetTotals): string[] {
  const problems: string[] = [];
  if (!totals.balanced) {
    problems.push(
      `Budget déséquilibré : charges ${formatEuros(totals.chargesCents)} ≠ produits ${formatEuros(totals.incomeCents)} (écart ${formatEuros(Math.abs(totals.differenceCents))}).`,
    );
  }
  if (totals.inKindChargesCents !== totals.inKindIncomeCents) {
    problems.push(
      `Contributions volontaires en nature déséquilibrées : emplois (86) ${formatEuros(totals.inKindChargesCents)} ≠ contributions (87) ${formatEuros(totals.inKindIncomeCents)}.`,
    );
  }
  return problems;
}

/**
 * Cost of the action per expected participant, in cents rounded half up; null when no participant
 * is expected (the cost per head is then meaningless, not infinite). Which charges to divide (with
 * or without contributions in kind) is the caller's choice.
 */
export function costPerParticipantCents(chargesCents: number, expectedParticipants: number): number | null {
  if (!Number.isSafeInteger(chargesCents) || chargesCents < 0) {
    throw new RangeError(`Charges are non-negative integer cents: ${String(chargesCents)}`);
  }
  if (!(expectedParticipants > 0)) return null;
  if (!Number.isSafeInteger(expectedParticipants)) throw new RangeError(`Participants are counted: ${String(expectedParticipants)}`);
  // Exact integer division: Math.round(a / b) rounds the wrong way once a / b is inexact.
  const participants = BigInt(expectedParticipants);
  return Number((2n * BigInt(chargesCents) + participants) / (2n * participants));
}
