// Probable duplicates of providers: same body under another spelling, never two different bodies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProbablySameName, nameKey, nameSimilarity } from '../../core/domain/similar-names.ts';

describe('provider name similarity', () => {
  it.each([
    ['Envie 35', 'Envie35'],
    ["L'ARCS", 'ARCS'],
    ['Association Mobiliclés', 'MOBILICLES'],
    ['Breizh Insertion Sport', 'Breizh Insertion Sports'],
    ['Maison des associations', 'Maison associations'],
  ])('"%s" and "%s" are a probable duplicate', (left, right) => {
    expect(isProbablySameName(left, right)).toBe(true);
  });

  it.each([
    ['Envie 35', 'Emmaüs 35'],
    ['Mission Locale', 'Pôle Emploi'],
    ['ARCS', 'APRAS'],
  ])('"%s" and "%s" are different bodies', (left, right) => {
    expect(isProbablySameName(left, right)).toBe(false);
  });

  it('ignores case, accents, punctuation and legal-form words', () => {
    expect(nameKey("  L'Association « Vélo-École » SARL ")).toBe('velo ecole');
  });

  it('is symmetric, between 0 and 1, and 1 for a name with itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (left, right) => {
        const similarity = nameSimilarity(left, right);
        expect(similarity).toBe(nameSimilarity(right, left));
        expect(similarity).toBeGreaterThanOrEqual(0);
        expect(similarity).toBeLessThanOrEqual(1);
        expect(nameSimilarity(left, left)).toBe(1);
      }),
    );
  });
});
