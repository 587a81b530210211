// "Pour commencer": the first setup, step by step, as the service reads it from the whole database —
// what a fresh installation already holds, what it lacks, and when there is nothing left to do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationGap, OrganisationInput } from '../../core/service/api.ts';
import { openTestService } from '../support/test-app.ts';

/** A SIRET whose Luhn key is valid (fictional, from the demo data). */
const SIRET = '93513373600022';

const FULL: OrganisationInput = {
  name: 'CCAS de Rennes',
  department: 'Direction Insertion',
  address: 'Hôtel de Ville, place de la Mairie',
  postalCode: '35000',
  city: 'Rennes',
  phone: '',
  email: '',
  logoDataUrl: null,
  siret: SIRET,
  signatories: [{ name: 'Nathalie Appéré', role: 'Présidente du CCAS' }],
};

describe('app.setupStatus', () => {
  it('on a fresh installation: the pact and the shipped territories are there; identity, call and jury are to do', async () => {
    const { service } = openTestService();
    const status = await service.invoke('app.setupStatus', {});
    expect(status.organisation).toEqual({ done: false, missing: ['name', 'address', 'siret', 'signatory'] });
    expect(status.territories).toEqual({ done: true, count: 17, priorityCount: 5 });
    expect(status.pact).toEqual({ done: true, count: 1, latest: { code: 'PRI-2017-2021', title: "Pacte Rennais d'Insertion", periodStart: 2017, periodEnd: 2021 } });
    expect(status.call).toEqual({ done: false, count: 0 });
    expect(status.jury).toEqual({ done: false, count: 0 });
    expect(status).toMatchObject({ complete: false, demoLoaded: false });
  });

  it('is complete once the identity, a call and a member of the jury are recorded, and not before', async () => {
    const { service } = openTestService();
    await service.invoke('settings.saveOrganisation', FULL);
    expect((await service.invoke('app.setupStatus', {})).organisation).toEqual({ done: true, missing: [] });
    await service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 42_000_000 });
    const beforeJury = await service.invoke('app.setupStatus', {});
    expect(beforeJury.call).toEqual({ done: true, count: 1 });
    expect(beforeJury.complete).toBe(false);
    await service.invoke('jurors.create', { name: 'Agnès Martin', role: 'responsable_dispositifs' });
    const after = await service.invoke('app.setupStatus', {});
    expect(after.jury).toEqual({ done: true, count: 1 });
    expect(after.complete).toBe(true);
    expect(after.demoLoaded).toBe(false);
  });

  it('names exactly the parts of the identity left blank, whichever they are', async () => {
    const { service } = openTestService();
    const blanks = fc.record({ address: fc.boolean(), postalCode: fc.boolean(), city: fc.boolean(), siret: fc.boolean(), signatory: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(blanks, async (blank) => {
        await service.invoke('settings.saveOrganisation', {
          ...FULL,
          address: blank.address ? '' : FULL.address,
          postalCode: blank.postalCode ? '' : FULL.postalCode,
          city: blank.city ? '' : FULL.city,
          siret: blank.siret ? '' : SIRET,
          signatories: blank.signatory ? [] : FULL.signatories,
        });
        const expected: OrganisationGap[] = [];
        if (blank.address || blank.postalCode || blank.city) expected.push('address');
        if (blank.siret) expected.push('siret');
        if (blank.signatory) expected.push('signatory');
        const { organisation } = await service.invoke('app.setupStatus', {});
        expect(organisation).toEqual({ done: expected.length === 0, missing: expected });
      }),
      { numRuns: 40 },
    );
  });

  it('says when the demo is loaded; the demo fills the call and jury steps, never the organisation’s identity', { timeout: 180_000 }, async () => {
    const { service } = openTestService();
    await service.invoke('demo.load', {});
    const status = await service.invoke('app.setupStatus', {});
    expect(status.demoLoaded).toBe(true);
    expect(status.call.done && status.jury.done).toBe(true);
    expect(status.organisation.done).toBe(false);
    expect(status.complete).toBe(false);
  });
});
