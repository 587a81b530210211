// Status changes of an application: forward freely, irrecevable and any step back only with a reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusChangeProblem, type Status } from '../../core/domain/application-status.ts';

const statuses: Status[] = ['brouillon', 'depose', 'recevable', 'irrecevable'];

describe('application status changes', () => {
  it('a draft is filed without a reason, and a filed application declared eligible without one', () => {
    expect(statusChangeProblem('brouillon', 'depose', '')).toBeNull();
    expect(statusChangeProblem('depose', 'recevable', '')).toBeNull();
  });

  it('an ineligible decision needs its reason', () => {
    expect(statusChangeProblem('depose', 'irrecevable', '  ')).toBe('Indiquez le motif de l’irrecevabilité.');
    expect(statusChangeProblem('depose', 'irrecevable', 'Budget non équilibré')).toBeNull();
  });

  it('a decision is undone only with a reason', () => {
    expect(statusChangeProblem('recevable', 'depose', '')).toMatch(/Indiquez pourquoi/);
    expect(statusChangeProblem('recevable', 'depose', 'Pièce manquante découverte')).toBeNull();
  });

  it('a draft cannot skip the filing', () => {
    expect(statusChangeProblem('brouillon', 'recevable', 'x')).toMatch(/ne peut pas passer directement/);
  });

  it('with a reason, every change between two different statuses is either allowed or refused for its path, never for the reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.constantFrom(...statuses), fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), (from, to, reason) => {
        const problem = statusChangeProblem(from, to, reason);
        if (from === to) expect(problem).toMatch(/déjà/);
        else if (problem !== null) expect(problem).toMatch(/ne peut pas passer directement/);
      }),
    );
  });
});
