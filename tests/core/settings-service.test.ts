// The organisation settings (name, address, logo, signatories) that documents will carry: what is
// saved is read back exactly, and an invalid field is refused without saving anything.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../core/service/api.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const NOW = '2025-02-03T10:20:30.000Z';
const now = () => new Date(NOW);

const PNG_1PX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const ccas: Organisation = {
  name: 'CCAS de Rennes',
  department: 'Direction Insertion et Aides à la Population',
  address: '12 rue de l’Hôtel-Dieu',
  postalCode: '35000',
  city: 'Rennes',
  phone: '02 99 00 00 00',
  email: 'insertion@ccas-rennes.fr',
  logoDataUrl: PNG_1PX,
  siret: '26350001900017',
  conventionAdvancePercent: 80,
  signatories: [
    { civility: 'madame', name: 'Zoé Ménard', role: 'Vice-présidente du CCAS' },
    { civility: 'monsieur', name: 'Alain Bréal', role: 'Directeur général' },
    { civility: '', name: 'Marie Le Gall', role: 'Responsable de la DIAP' },
  ],
};

describe('organisation settings', () => {
  it('are empty on a new database', async () => {
    const { service } = openTestService();
    expect(await service.invoke('settings.getOrganisation', {})).toEqual({
      name: '',
      department: '',
      address: '',
      postalCode: '',
      city: '',
      phone: '',
      email: '',
      logoDataUrl: null,
      siret: '',
      conventionAdvancePercent: 70,
      signatories: [],
      updatedAt: null,
    });
  });

  it('refuse a CCAS SIRET whose keys are wrong, in French, saving nothing', async () => {
    const { service } = openTestService({ now });
    const error = expectFailure(await service.call('settings.saveOrganisation', { ...ccas, siret: '26350001500015' }));
    expect(error.message).toContain('SIRET invalide');
    expect((await service.invoke('settings.getOrganisation', {})).updatedAt).toBeNull();
  });

  it('read back what was saved, signatories in the order given, stamped with the time of saving', async () => {
    const { service } = openTestService({ now });
    const saved = await service.invoke('settings.saveOrganisation', ccas);
    expect(saved).toEqual({ ...ccas, updatedAt: NOW });
    expect(await service.invoke('settings.getOrganisation', {})).toEqual(saved);
  });

  it('replace the previous signatories instead of adding to them', async () => {
    const { service } = openTestService({ now });
    await service.invoke('settings.saveOrganisation', ccas);
    const reversed = [...ccas.signatories].reverse().slice(0, 2);
    await service.invoke('settings.saveOrganisation', { ...ccas, signatories: reversed });
    expect((await service.invoke('settings.getOrganisation', {})).signatories).toEqual(reversed);
  });

  it('keep each signatory’s civility, none given reading back as not given', async () => {
    const { service } = openTestService({ now });
    const saved = await service.invoke('settings.saveOrganisation', { ...ccas, signatories: [{ name: 'Zoé Ménard', role: 'Vice-présidente du CCAS' }, ...ccas.signatories.slice(1)] });
    expect(saved.signatories.map((signatory) => signatory.civility)).toEqual(['', 'monsieur', '']);
    expect((await service.invoke('settings.getOrganisation', {})).signatories).toEqual(saved.signatories);
  });

  it('are saved trimmed of surrounding spaces', async () => {
    const { service } = openTestService({ now });
    const saved = await service.invoke('settings.saveOrganisation', { ...ccas, name: '  CCAS de Rennes  ', city: ' Rennes ' });
    expect([saved.name, saved.city]).toEqual(['CCAS de Rennes', 'Rennes']);
  });

  it.each([
    ['an e-mail address without @', { email: 'insertion.ccas-rennes.fr' }, 'email'],
    ['a postal code of 4 digits', { postalCode: '3500' }, 'postalCode'],
    ['a postal code with letters', { postalCode: '35OOO' }, 'postalCode'],
    ['a GIF logo', { logoDataUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }, 'logoDataUrl'],
    ['an SVG logo', { logoDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' }, 'logoDataUrl'],
    ['a logo that is a web address', { logoDataUrl: 'https://example.org/logo.png' }, 'logoDataUrl'],
    ['an empty name', { name: '   ' }, 'name'],
    ['a signatory without a role', { signatories: [{ name: 'Zoé Ménard', role: '' }] }, 'signatories.0.role'],
    ['a signatory of an unknown civility', { signatories: [{ civility: 'docteur', name: 'Zoé Ménard', role: 'Présidente' }] }, 'signatories.0.civility'],
  ])('refuse %s, pointing at the field, and save nothing', async (_label, change, path) => {
    const { service } = openTestService({ now });
    await service.invoke('settings.saveOrganisation', ccas);
    const before = await service.invoke('settings.getOrganisation', {});

    const error = expectFailure(await service.call('settings.saveOrganisation', { ...ccas, ...change }));

    expect(error.code).toBe('validation');
    expect(error.issues?.map((issue) => issue.path)).toEqual([path]);
    expect(await service.invoke('settings.getOrganisation', {})).toEqual(before);
  });

  it('round-trip exactly for any valid organisation (accents, quotes, apostrophes, SQL-looking text)', async () => {
    const { service } = openTestService({ now });
    const characters = [...'abcdeéèêàçùôîœ ABCDÉÈÀÇŒ-’\'"«»;%_\\()0123456789,.'];
    const text = (maxLength: number) =>
      fc.string({ unit: fc.constantFrom(...characters), maxLength }).map((value) => value.trim());
    const required = (maxLength: number) => text(maxLength).filter((value) => value.length > 0);
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 10 });
    const organisation: fc.Arbitrary<Organisation> = fc.record({
      name: required(80),
      department: text(80),
      address: text(120),
      postalCode: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{5}$/)),
      city: text(40),
      phone: fc.constantFrom('', '02 99 00 00 00', '+33 2 99 86 60 00', '02.99.86.60.00', '0299860000'),
      email: fc.oneof(fc.constant(''), fc.tuple(word, fc.option(word, { nil: undefined }), word).map(([first, last, domain]) => `${last ? `${first}.${last}` : first}@${domain}.fr`)),
      logoDataUrl: fc.option(
        fc.tuple(fc.constantFrom('png', 'jpeg'), fc.uint8Array({ minLength: 1, maxLength: 48 })).map(([type, bytes]) => `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}`),
        { nil: null },
      ),
      siret: fc.constantFrom('', '26350001900017', '35600000000048'),
      conventionAdvancePercent: fc.integer({ min: 0, max: 100 }),
      signatories: fc.array(fc.record({ civility: fc.constantFrom('madame' as const, 'monsieur' as const, '' as const), name: required(60), role: required(60) }), { maxLength: 10 }),
    });

    await fc.assert(
      fc.asyncProperty(organisation, async (value) => {
        const saved = await service.invoke('settings.saveOrganisation', value);
        expect(saved).toEqual({ ...value, updatedAt: NOW });
        expect(await service.invoke('settings.getOrganisation', {})).toEqual(saved);
      }),
      { numRuns: 60 },
    );
  });
});
