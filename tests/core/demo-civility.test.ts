// The demo shows both forms: its jury has women and men (a chairwoman, "Présidente"), its providers'
// representatives are Madame, Monsieur, or not given (an epicene first name, a doctor's title).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDemoFile } from '../../core/service/demo/demo-handlers.ts';
import { DEMO_JURORS } from '../../core/service/demo/demo-year-plan.ts';
import { repoRoot } from '../support/test-app.ts';

describe('demo civilities', () => {
  it('the jury has a chairwoman and members of both civilities', () => {
    expect(DEMO_JURORS[0]).toMatchObject({ role: 'responsable_dispositifs', civility: 'madame' });
    expect(new Set(DEMO_JURORS.map((juror) => juror.civility))).toEqual(new Set(['madame', 'monsieur']));
  });

  it('the providers’ representatives are Madame, Monsieur or not given, agreeing with the quality typed', () => {
    const { providers } = readDemoFile(path.join(repoRoot, 'resources'));
    const by = (civility: string) => providers.filter((provider) => provider.representativeCivility === civility);
    expect(by('madame').length).toBeGreaterThan(0);
    expect(by('monsieur').length).toBeGreaterThan(0);
    expect(by('').map((provider) => provider.representativeName)).toEqual(expect.arrayContaining(['Dominique Pichon']));
    for (const provider of by('madame')) expect(provider.representativeRole).not.toMatch(/^(Président|Directeur)$/u);
    for (const provider of by('monsieur')) expect(provider.representativeRole).not.toMatch(/^(Présidente|Directrice|Gérante)$/u);
  });
});
