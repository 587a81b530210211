// The rule that freezes an application's status once the commission has decided (issue 10, item 2): a
// convention or a standing avis locks it; an adjournment of a closed session sends the file back to instruction.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusLockReason, type ApplicationConvention, type ApplicationDecision } from '../../core/domain/application-decisions.ts';
import { AVIS_KINDS } from '../../core/domain/jury/avis.ts';
import { SESSION_STATUSES } from '../../core/domain/jury/session-status.ts';

const decision = (kind: ApplicationDecision['kind'], sessionStatus: ApplicationDecision['sessionStatus'] = 'close', sessionId = 1): ApplicationDecision => ({
  sessionId,
  sessionTitle: `Séance ${sessionId}`,
  heldOn: `2018-0${sessionId}-12`,
  sessionStatus,
  kind,
  proposedCents: kind === 'favorable' || kind === 'favorable_sous_reserve' ? 1_000_000 : 0,
  conditions: '',
  reasons: '',
  motivation: '',
  decidedBy: 'Agnès Martin',
  decidedAt: '2018-01-12T10:00:00.000Z',
  scores: null,
});

const convention = (status: ApplicationConvention['status']): ApplicationConvention => ({ id: 1, number: 'CONV-2018-001', sessionId: 1, instrument: 'convention', status, totalCents: 1_000_000, paidCents: 0 });

describe('status lock after a decision', () => {
  it('no avis and no convention: the status may change', () => {
    expect(statusLockReason([], null)).toBeNull();
  });

  it('only a standing adjournment of a closed session leaves the status free, whatever came before it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...AVIS_KINDS), { maxLength: 3 }), fc.constantFrom(...AVIS_KINDS), fc.constantFrom(...SESSION_STATUSES), (earlier, last, lastStatus) => {
        const decisions = [...earlier.map((kind, index) => decision(kind, 'close', index + 1)), decision(last, lastStatus, earlier.length + 1)];
        const reason = statusLockReason(decisions, null);
        if (last === 'ajourne' && lastStatus === 'close') expect(reason).toBeNull();
        else expect(reason).toMatch(/^Le statut du dossier ne peut plus changer : la commission a rendu un avis /u);
      }),
    );
  });

  it('a convention locks the status even after an adjournment, until it is abandoned', () => {
    expect(statusLockReason([decision('ajourne')], convention('signee'))).toBe(
      'Le statut du dossier ne peut plus changer : il a une convention (CONV-2018-001, signée). La suite se traite sur la convention (résiliation avec un motif, reversement), qui en garde l’historique.',
    );
    expect(statusLockReason([decision('ajourne')], convention('abandonnee'))).toBeNull();
  });
});
