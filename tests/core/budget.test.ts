// The forecast budget of an action follows Cerfa 12156: its totals are plain sums, it balances or
// says by how much it does not, the CCAS's line is the amount requested, and the cost per
// participant is rounded half up to the cent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUDGET_ACCOUNTS,
  BUDGET_GROUP_LABELS,
  type BudgetAccount,
  type BudgetLine,
  budgetLineSchema,
  budgetProblems,
  budgetTotals,
  CCAS_ACCOUNT,
  costPerParticipantCents,
} from '../../core/domain/budget.ts';

const NBSP = '\u00A0';
const euros = (text: string) => `${text.replace(/ /gu, NBSP)}${NBSP}€`;
const ACCOUNTS = BUDGET_ACCOUNTS.map((definition) => definition.account);
const sideOf = (account: BudgetAccount) => BUDGET_ACCOUNTS.find((definition) => definition.account === account)?.side;

const budgetLine = fc.record({ account: fc.constantFrom(...ACCOUNTS), amountCents: fc.integer({ min: 0, max: 1e12 }) });
const budgetLines = fc.array(budgetLine, { maxLength: 40 });

describe('the accounts of the Cerfa 12156 action budget', () => {
  it('lists charges 60 to 68, the indirect charges and the 86x uses in kind, in the order of the form', () => {
    const charges = BUDGET_ACCOUNTS.filter((definition) => definition.side === 'charge').map((definition) => definition.account);
    expect(charges).toEqual(['60', '61', '62', '63', '64', '65', '66', '67', '68', 'charges-indirectes', '860', '861', '862', '864']);
  });

  it('lists income 70 to 78 with subsidies split by funder, the CCAS among them, and the 87x contributions in kind', () => {
    const income = BUDGET_ACCOUNTS.filter((definition) => definition.side === 'produit');
    expect(income.map((definition) => definition.group)).toEqual(['70', '73', '74', '74', '74', '74', '74', '74', '74', '74', '74', '75', '76', '77', '78', '87', '87', '87']);
    expect(income.filter((definition) => definition.group === '74').map((definition) => definition.label)).toContain('Commune / CCAS');
    expect(BUDGET_ACCOUNTS.find((definition) => definition.account === CCAS_ACCOUNT)?.group).toBe('74');
    expect(BUDGET_GROUP_LABELS['74']).toBe('74 – Subventions d’exploitation');
  });

  it('names each account once, with the Cerfa wording, and flags exactly the 86x and 87x lines as in kind', () => {
    expect(new Set(ACCOUNTS).size).toBe(ACCOUNTS.length);
    expect(BUDGET_ACCOUNTS.find((definition) => definition.account === '64')?.label).toBe('64 – Charges de personnel');
    expect(BUDGET_ACCOUNTS.find((definition) => definition.account === '73')?.label).toBe('73 – Dotations et produits de tarification');
    for (const definition of BUDGET_ACCOUNTS) expect(definition.inKind).toBe(definition.group === '86' || definition.group === '87');
  });
});

describe('budgetTotals', () => {
  const balancedBudget: BudgetLine[] = [
    { account: '60', amountCents: 100_000 },
    { account: '64', amountCents: 1_000_000 },
    { account: '864', amountCents: 50_000 },
    { account: '74-ccas', amountCents: 600_000 },
    { account: '74-departement', amountCents: 400_000 },
    { account: '74-etat', label: 'DDETS', amountCents: 30_000 },
    { account: '74-etat', label: 'Politique de la ville', amountCents: 20_000 },
    { account: '70', amountCents: 50_000 },
    { account: '870', amountCents: 50_000 },
  ];

  it('adds charges and income, in kind included, and isolates the amount requested from the CCAS and the co-funders', () => {
    expect(budgetTotals(balancedBudget)).toEqual({
      chargesCents: 1_150_000,
      incomeCents: 1_150_000,
      differenceCents: 0,
      balanced: true,
      inKindChargesCents: 50_000,
      inKindIncomeCents: 50_000,
      requestedFromCcasCents: 600_000,
      coFundersCents: 450_000,
      ccasShare: 600_000 / 1_100_000,
    });
    expect(budgetProblems(budgetTotals(balancedBudget))).toEqual([]);
  });

  it('says in French by how much an unbalanced budget misses', () => {
    const totals = budgetTotals([
      { account: '64', amountCents: 1_200_000 },
      { account: '74-ccas', amountCents: 1_150_000 },
    ]);
    expect(totals.balanced).toBe(false);
    expect(totals.differenceCents).toBe(50_000);
    expect(budgetProblems(totals)).toEqual([
      `Budget déséquilibré : charges ${euros('12 000,00')} ≠ produits ${euros('11 500,00')} (écart ${euros('500,00')}).`,
    ]);
    const surplus = budgetTotals([
      { account: '64', amountCents: 100_000 },
      { account: '74-ccas', amountCents: 150_000 },
    ]);
    expect(budgetProblems(surplus)).toEqual([`Budget déséquilibré : charges ${euros('1 000,00')} ≠ produits ${euros('1 500,00')} (écart ${euros('500,00')}).`]);
  });

  it('says when the uses of contributions in kind (86) differ from the contributions received (87)', () => {
    const totals = budgetTotals([
      { account: '864', amountCents: 100_000 },
      { account: '70', amountCents: 20_000 },
      { account: '870', amountCents: 80_000 },
    ]);
    expect(totals.balanced).toBe(true);
    expect(budgetProblems(totals)).toEqual([
      `Contributions volontaires en nature déséquilibrées : emplois (86) ${euros('1 000,00')} ≠ contributions (87) ${euros('800,00')}.`,
    ]);
  });

  it('gives no CCAS share when no money comes in, and an empty budget is balanced at zero', () => {
    expect(budgetTotals([]).ccasShare).toBeNull();
    expect(budgetTotals([]).balanced).toBe(true);
    expect(budgetTotals([{ account: '870', amountCents: 1000 }]).ccasShare).toBeNull();
  });

  it('refuses negative or fractional amounts', () => {
    expect(() => budgetTotals([{ account: '60', amountCents: -1 }])).toThrow(RangeError);
    expect(() => budgetTotals([{ account: '60', amountCents: 0.5 }])).toThrow(RangeError);
  });

  it('has totals that are the sums of their lines, whatever their order', () => {
    fc.assert(
      fc.property(
        budgetLines.chain((lines) => fc.tuple(fc.constant(lines), fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }))),
        ([lines, shuffled]) => {
          const totals = budgetTotals(lines);
          const sum = (keep: (line: BudgetLine) => boolean) => lines.filter(keep).reduce((total, line) => total + line.amountCents, 0);
          expect(budgetTotals(shuffled)).toEqual(totals);
          expect(totals.chargesCents).toBe(sum((line) => sideOf(line.account) === 'charge'));
          expect(totals.incomeCents).toBe(sum((line) => sideOf(line.account) === 'produit'));
          expect(totals.requestedFromCcasCents).toBe(sum((line) => line.account === CCAS_ACCOUNT));
          expect(totals.requestedFromCcasCents + totals.coFundersCents).toBe(sum((line) => line.account.startsWith('74-')));
        },
      ),
    );
  });

  it('is balanced exactly when the difference is zero, and then reports no imbalance', () => {
    fc.assert(
      fc.property(budgetLines, (lines) => {
        const totals = budgetTotals(lines);
        expect(totals.balanced).toBe(totals.differenceCents === 0);
        expect(totals.differenceCents).toBe(totals.chargesCents - totals.incomeCents);
        expect(budgetProblems(totals).some((problem) => problem.startsWith('Budget déséquilibré'))).toBe(!totals.balanced);
      }),
    );
  });

  it('balances any set of charges met by an equal request to the CCAS', () => {
    const charges = fc.array(fc.record({ account: fc.constantFrom(...ACCOUNTS.filter((account) => sideOf(account) === 'charge' && !/^86/u.test(account))), amountCents: fc.integer({ min: 0, max: 1e12 }) }), { maxLength: 20 });
    fc.assert(
      fc.property(charges, (lines) => {
        const total = lines.reduce((sum, line) => sum + line.amountCents, 0);
        const totals = budgetTotals([...lines, { account: '74-ccas', amountCents: total }]);
        return totals.balanced && budgetProblems(totals).length === 0 && (total === 0 ? totals.ccasShare === null : totals.ccasShare === 1);
      }),
    );
  });

  it('never has more requested from the CCAS than the income, nor a CCAS share outside 0–1', () => {
    fc.assert(
      fc.property(budgetLines, (lines) => {
        const { requestedFromCcasCents, incomeCents, ccasShare } = budgetTotals(lines);
        return requestedFromCcasCents <= incomeCents && (ccasShare === null || (ccasShare >= 0 && ccasShare <= 1));
      }),
    );
  });
});

describe('costPerParticipantCents', () => {
  it('divides the charges by the expected participants, rounding half a cent up', () => {
    expect(costPerParticipantCents(1_000_000, 3)).toBe(333_333);
    expect(costPerParticipantCents(5, 2)).toBe(3);
    expect(costPerParticipantCents(3, 2)).toBe(2);
    expect(costPerParticipantCents(7, 4)).toBe(2);
    expect(costPerParticipantCents(0, 10)).toBe(0);
    expect(costPerParticipantCents(Number.MAX_SAFE_INTEGER, 2)).toBe(4_503_599_627_370_496);
  });

  it('has no cost per participant when no participant is expected', () => {
    expect(costPerParticipantCents(100_000, 0)).toBeNull();
    expect(costPerParticipantCents(100_000, -3)).toBeNull();
    expect(costPerParticipantCents(100_000, Number.NaN)).toBeNull();
  });

  it('refuses fractional participants and negative charges', () => {
    expect(() => costPerParticipantCents(100_000, 2.5)).toThrow(RangeError);
    expect(() => costPerParticipantCents(-1, 2)).toThrow(RangeError);
  });

  it('returns the nearest whole cent, ties rounded up, for any charges and participants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 1_000_000 }), (charges, participants) => {
        const cost = costPerParticipantCents(charges, participants);
        if (cost === null) return false;
        // |cost × p − charges| ≤ p/2, with a tie going up: −p < 2(cost × p − charges) ≤ p.
        const twiceError = 2n * (BigInt(cost) * BigInt(participants) - BigInt(charges));
        return twiceError > -BigInt(participants) && twiceError <= BigInt(participants);
      }),
    );
  });
});

describe('budgetLineSchema', () => {
  it('accepts a line of known account and whole non-negative cents, and refuses the rest in French', () => {
    expect(budgetLineSchema.parse({ account: '74-etat', label: ' DDETS ', amountCents: 150_000 })).toEqual({ account: '74-etat', label: 'DDETS', amountCents: 150_000 });
    const message = (input: unknown) => budgetLineSchema.safeParse(input).error?.issues[0]?.message;
    expect(message({ account: '74-ccas', amountCents: -1 })).toBe('Un montant du budget ne peut pas être négatif.');
    expect(message({ account: '74-ccas', amountCents: 1.5 })).toBe('Montant attendu en centimes entiers.');
    expect(message({ account: '99', amountCents: 100 })).toBe('Compte du budget inconnu.');
  });
});
