// `pacte pact-review …` and `pacte documents copil|evaluation` on a real database file: create a review,
// set actions by their code (an abandon without --motif refused in French with exit 1), show it in text
// and JSON, list, validate (then read-only), write the COPIL's PDF; the evaluation's command refuses an unknown review.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PactReviewDetail, PactReviewSummary } from '../../core/service/pact-reviews/pact-reviews-api.ts';
import { pacte } from '../support/run-pacte.ts';
import { FRENCH, openTestService, tempDir } from '../support/test-app.ts';

describe('pacte pact-review', () => {
  it('creates, sets, shows, lists and validates a review, and writes its documents', async () => {
    const app = openTestService();
    app.close();
    const db = ['--db', app.file];
    const created = await pacte(['pact-review', 'create', '--kind', 'annuelle', '--year', '2018', '--seance', '15/03/2019', ...db]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('Revue n° 1 créée : Revue annuelle 2018.');

    const refused = await pacte(['pact-review', 'set', '--review', '1', '--action', '1.1.1.1', '--status', 'abandonnee', ...db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(FRENCH);
    expect(refused.stderr).toContain('motif');
    const unknown = await pacte(['pact-review', 'set', '--review', '1', '--action', '9.9.9', '--status', 'en_cours', ...db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('aucune action « 9.9.9 »');

    expect((await pacte(['pact-review', 'set', '--review', '1', '--action', '1.1.1.1', '--status', 'abandonnee', '--motif', 'Porté par le Département', ...db])).code).toBe(0);
    const done = await pacte(['pact-review', 'set', '--review', '1', '--action', '6.1.1.1', '--status', 'realisee', '--en-retard', '--commentaire', 'Outil livré en novembre', ...db]);
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout).toContain('Action 6.1.1.1 : Réalisée. Levier 6 : 4,5 % réalisées.');

    // --dans-les-temps undoes --en-retard.
    const onTime = await pacte(['pact-review', 'set', '--review', '1', '--action', '2.1.1.1', '--status', 'en_cours', '--dans-les-temps', ...db]);
    expect(onTime).toMatchObject({ code: 0, stderr: '' });
    const text = await pacte(['pact-review', 'show', '1', ...db]);
    expect(text.stdout).toMatch(/2\.1\.1\.1\tEn cours\tDans les temps/u);
    expect(text.stdout).toContain('Levier 6 – Favoriser la mobilité : 4,5 % (1/22 réalisées, 0 en cours, 0 abandonnées, 1 en retard)');
    expect(text.stdout).toContain('abandonnée 1.1.1.1 Outiller les professionnels pour accompagner la construction de projet professionnel — motif : Porté par le Département');
    expect(text.stdout).toMatch(/6\.1\.1\.1\tRéalisée\tEn retard\tOutil livré en novembre/u);
    const json = JSON.parse((await pacte(['pact-review', 'show', '1', '--json', ...db])).stdout) as PactReviewDetail;
    expect(json.levers.find((lever) => lever.number === 1)).toMatchObject({ actions: 15, abandonnees: 1, abandoned: [{ code: '1.1.1.1', reason: 'Porté par le Département' }] });
    const list = JSON.parse((await pacte(['pact-review', 'list', '--json', ...db])).stdout) as PactReviewSummary[];
    expect(list).toEqual([expect.objectContaining({ id: 1, kind: 'annuelle', year: 2018, status: 'brouillon', actions: 167, realisees: 1, abandonnees: 1 })]);

    const dir = tempDir();
    const copil = await pacte(['documents', 'copil', '--review', '1', '--out', path.join(dir, 'copil.pdf'), ...db]);
    expect(copil).toMatchObject({ code: 0, stderr: '' });
    expect(copil.stdout).toMatch(/Document écrit : .*copil\.pdf .*réf\. COPIL-2018-ANNUELLE-R1/u);
    expect(readFileSync(path.join(dir, 'copil.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    expect((await pacte(['pact-review', 'validate', '1', ...db])).stdout).toContain('Revue n° 1 validée : Revue annuelle 2018.');
    const locked = await pacte(['pact-review', 'set', '--review', '1', '--action', '2.1.1.1', '--status', 'realisee', ...db]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain('est validée : elle ne peut plus être modifiée');

    // The evaluation's own content is read in tests/core/documents-copil.test.ts; here its command's refusal.
    const missing = await pacte(['documents', 'evaluation', '--review', '9', '--out', path.join(dir, 'evaluation.pdf'), ...db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Aucune revue du plan d’action n° 9.');
    expect(existsSync(path.join(dir, 'evaluation.pdf'))).toBe(false);
  });
});
