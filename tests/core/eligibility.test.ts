// The recevabilité checklist: computed points follow the file, manual points follow the latest tick,
// and only a fully satisfied checklist lets a file be declared recevable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eligibilityBlockers, eligibilityChecklist, recevableRefusal, requiredDocuments, tickProblem, type EligibilityFacts } from '../../core/domain/eligibility.ts';

const tick = (isChecked: boolean) => ({ isChecked, note: '', actor: 'agnes', at: '2018-02-01T09:00:00.000Z' });

function facts(overrides: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    isAssociation: true,
    isRenewal: true,
    siretValid: true,
    budgetProblems: [],
    hasBudgetLines: true,
    hasPrimaryObjective: true,
    missingFields: [],
    attachedDocuments: new Set(['statuts', 'rib', 'budget', 'contrat_engagement_republicain', 'compte_rendu_financier']),
    ticks: new Map([
      ['contrat_engagement_republicain', tick(true)],
      ['compte_rendu_financier', tick(true)],
    ]),
    callItems: [],
    ...overrides,
  };
}

const state = (items: ReturnType<typeof eligibilityChecklist>, key: string) => items.find((item) => item.key === key)?.state;

describe('eligibility checklist', () => {
  it('is fully satisfied for a complete association renewal with its ticks', () => {
    const items = eligibilityChecklist(facts());
    expect(items.map((item) => item.state)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(recevableRefusal(items)).toBeNull();
  });

  it('asks the republican contract of associations only, the financial report of renewals only', () => {
    expect(requiredDocuments({ isAssociation: false, isRenewal: false })).toEqual(['statuts', 'rib', 'budget']);
    expect(requiredDocuments({ isAssociation: true, isRenewal: true })).toEqual(['statuts', 'rib', 'budget', 'contrat_engagement_republicain', 'compte_rendu_financier']);
    const company = eligibilityChecklist(facts({ isAssociation: false, isRenewal: false, ticks: new Map(), attachedDocuments: new Set(['statuts', 'rib', 'budget']) }));
    expect(state(company, 'contrat_engagement_republicain')).toBe('not_applicable');
    expect(state(company, 'compte_rendu_financier')).toBe('not_applicable');
    expect(recevableRefusal(company)).toBeNull();
  });

  it('names the missing fields and documents of an incomplete file', () => {
    const items = eligibilityChecklist(facts({ missingFields: ['résumé de l’action'], attachedDocuments: new Set(['statuts', 'budget']) }));
    const complete = items.find((item) => item.key === 'dossier_complet');
    expect(complete?.state).toBe('missing');
    expect(complete?.detail).toContain('résumé de l’action');
    expect(complete?.detail).toContain('RIB');
    expect(complete?.detail).toContain('contrat d’engagement républicain');
  });

  it('follows the latest tick of a manual point, with who and when', () => {
    const unticked = eligibilityChecklist(facts({ ticks: new Map([['contrat_engagement_republicain', tick(false)]]) }));
    expect(state(unticked, 'contrat_engagement_republicain')).toBe('to_check');
    const ticked = eligibilityChecklist(facts());
    expect(ticked.find((item) => item.key === 'contrat_engagement_republicain')).toMatchObject({ state: 'ok', checkedBy: 'agnes', checkedAt: '2018-02-01T09:00:00.000Z' });
  });

  it('adds the call’s own points as manual points', () => {
    const items = eligibilityChecklist(facts({ callItems: [{ id: 7, label: 'Action menée à Rennes' }] }));
    expect(items.at(-1)).toMatchObject({ key: 'call:7', label: 'Action menée à Rennes', mode: 'manual', state: 'to_check' });
    expect(recevableRefusal(items)).toBe('Le dossier ne peut pas être déclaré recevable : « Action menée à Rennes » (à cocher).');
  });

  it('refuses a hand tick on a computed point or a point that does not concern the file', () => {
    const items = eligibilityChecklist(facts({ isAssociation: false }));
    expect(tickProblem(items, 'budget_equilibre')).toMatch(/vérifié par l’application/);
    expect(tickProblem(items, 'contrat_engagement_republicain')).toMatch(/ne concerne pas ce dossier/);
    expect(tickProblem(items, 'nimporte')).toMatch(/inconnu/);
    expect(tickProblem(items, 'compte_rendu_financier')).toBeNull();
  });

  it('blocks recevable exactly when some applicable point is not satisfied', () => {
    const arbitraryFacts = fc.record({
      isAssociation: fc.boolean(),
      isRenewal: fc.boolean(),
      siretValid: fc.boolean(),
      budgetBalanced: fc.boolean(),
      hasBudgetLines: fc.boolean(),
      hasPrimaryObjective: fc.boolean(),
      fieldMissing: fc.boolean(),
      documents: fc.subarray(['statuts', 'rib', 'budget', 'contrat_engagement_republicain', 'compte_rendu_financier']),
      cerTicked: fc.boolean(),
      reportTicked: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitraryFacts, (f) => {
        const items = eligibilityChecklist(
          facts({
            isAssociation: f.isAssociation,
            isRenewal: f.isRenewal,
            siretValid: f.siretValid,
            budgetProblems: f.budgetBalanced ? [] : ['Budget déséquilibré'],
            hasBudgetLines: f.hasBudgetLines,
            hasPrimaryObjective: f.hasPrimaryObjective,
            missingFields: f.fieldMissing ? ['public visé'] : [],
            attachedDocuments: new Set(f.documents),
            ticks: new Map([
              ['contrat_engagement_republicain', tick(f.cerTicked)],
              ['compte_rendu_financier', tick(f.reportTicked)],
            ]),
          }),
        );
        const documentsOk = requiredDocuments(f).every((type) => f.documents.includes(type));
        const expected =
          f.siretValid &&
          f.budgetBalanced &&
          f.hasBudgetLines &&
          f.hasPrimaryObjective &&
          !f.fieldMissing &&
          documentsOk &&
          (!f.isAssociation || f.cerTicked) &&
          (!f.isRenewal || f.reportTicked);
        expect(recevableRefusal(items) === null).toBe(expected);
        expect(eligibilityBlockers(items).length === 0).toBe(expected);
      }),
    );
  });
});
