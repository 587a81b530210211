// A session goes préparation → notation → délibération → close, one step at a time, and a closed
// session is reopened (back to délibération) only with a reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSessionFrozen, nextSessionStatuses, SESSION_STATUSES, sessionStatusChangeProblem } from '../../../core/domain/jury/session-status.ts';

describe('session status changes', () => {
  it('moves forward one step at a time without a reason', () => {
    expect(sessionStatusChangeProblem('preparation', 'notation')).toBeNull();
    expect(sessionStatusChangeProblem('notation', 'deliberation')).toBeNull();
    expect(sessionStatusChangeProblem('deliberation', 'close')).toBeNull();
  });

  it('reopens a closed session into deliberation only with a reason', () => {
    expect(sessionStatusChangeProblem('close', 'deliberation')).toBe('Indiquez pourquoi la séance close est rouverte.');
    expect(sessionStatusChangeProblem('close', 'deliberation', '   ')).toBe('Indiquez pourquoi la séance close est rouverte.');
    expect(sessionStatusChangeProblem('close', 'deliberation', 'Erreur de saisie d’un montant')).toBeNull();
  });

  it('refuses to skip a step, to go back before deliberation, or to stay put', () => {
    expect(sessionStatusChangeProblem('preparation', 'deliberation')).toBe('Une séance en préparation ne peut pas passer directement à l’état « en délibération ».');
    expect(sessionStatusChangeProblem('close', 'notation', 'raison')).toMatch(/ne peut pas passer directement/u);
    expect(sessionStatusChangeProblem('deliberation', 'notation', 'raison')).toMatch(/ne peut pas passer directement/u);
    expect(sessionStatusChangeProblem('notation', 'notation')).toBe('La séance est déjà en notation.');
  });

  it('freezes only a closed session', () => {
    expect(SESSION_STATUSES.filter(isSessionFrozen)).toEqual(['close']);
  });

  it('allows exactly the changes nextSessionStatuses lists, whatever the reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SESSION_STATUSES), fc.constantFrom(...SESSION_STATUSES), fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), (from, to, reason) => {
        expect(sessionStatusChangeProblem(from, to, reason) === null).toBe(nextSessionStatuses(from).includes(to));
      }),
    );
  });
});
