// Issue 11, finding 6: sealed scores leaked before the reveal through the audit entry of a score CSV
// import. The entry kept the file's size and its plain SHA-256, and anyone who may read the log could hash
// every combination of scores (5^7 for a sheet of 7 criteria, 0.15 s) until one matched. The entry now keeps
// the file's name and the fact that it was sealed: here the attack is run in full, and matches nothing.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditDetails } from '../../core/service/audit/audit-log.ts';
import { api } from '../../core/service/api.ts';
import { CHAIR_PIN, startNotation, type ScoringSetup } from '../support/scoring-session.ts';
import { openTestService } from '../support/test-app.ts';

/** One paper sheet as a CSV, the way the chair's spreadsheet writes it: the attacker can write it the same way. */
function sheetCsv(setup: ScoringSetup, scores: number[]): string {
  const lines = setup.grid.criteria.map((criterion, index) => {
    const score = scores[index] ?? 0;
    const comment = criterion.commentRequiredBelow !== null && score < criterion.commentRequiredBelow ? 'Trop faible' : '';
    return ['Bruno Le Gall', 'Action A', criterion.key, String(score), comment].join(';');
  });
  return `${['Juré;Dossier;Critère;Note;Commentaire', ...lines].join('\r\n')}\r\n`;
}

/** Every sheet of scores 0 to 4 on every criterion. */
function* everySheet(criteria: number): Generator<number[]> {
  for (let code = 0; code < 5 ** criteria; code += 1) yield Array.from({ length: criteria }, (_unused, index) => Math.floor(code / 5 ** index) % 5);
}

describe('the audit entry of a score CSV import', () => {
  it('keeps neither the size nor a digest of the file: hashing every candidate sheet matches nothing', async () => {
    const { service, database } = openTestService();
    const setup = await startNotation(service, { applications: 1 });
    const criteria = setup.grid.criteria.length;
    expect(criteria).toBe(7);
    const secretScores = [3, 1, 4, 2, 0, 4, 3];
    const file = Buffer.from(sheetCsv(setup, secretScores), 'utf8');
    const report = await service.invoke('scores.importCsv', { sessionId: setup.sessionId, fileName: 'fiches.csv', contentBase64: file.toString('base64'), chairPin: CHAIR_PIN });
    expect(report).toMatchObject({ sheets: 1, answers: 7, errors: [] });

    const entry = (await service.invoke('audit.list', { limit: 5 })).items.find((item) => item.action === 'scores.importCsv');
    expect(entry?.details).toEqual({ sessionId: setup.sessionId, fileName: 'fiches.csv', contentBase64: { sealed: true }, chairPin: '***' });
    // What the log stores, every column of every entry, as an attacker reading the database would have it.
    const stored = JSON.stringify(database.sqlite.prepare('select * from audit_log').all());
    expect(stored).not.toContain(`"bytes":${file.length}`);

    const digests = new Set<string>();
    let candidates = 0;
    for (const scores of everySheet(criteria)) {
      digests.add(createHash('sha256').update(sheetCsv(setup, scores), 'utf8').digest('hex'));
      candidates += 1;
    }
    expect(candidates).toBe(5 ** 7);
    // The attack would work on a bare digest: the real file is among the candidates.
    expect(digests.has(createHash('sha256').update(file).digest('hex'))).toBe(true);
    const storedHexes = stored.match(/[0-9a-f]{64}/gu) ?? [];
    expect(storedHexes.length).toBeGreaterThan(0);
    expect(storedHexes.filter((hex) => digests.has(hex))).toEqual([]);
  });

  it('is sealed by the method’s schema, for the score pack too; other files keep their size and digest', () => {
    const content = Buffer.from('juror;application;criterion;score\n').toString('base64');
    const csv = api['scores.importCsv'].input.parse({ sessionId: 1, fileName: 'a.csv', contentBase64: content, chairPin: '1234' });
    expect(auditDetails(csv)).toEqual({ sessionId: 1, fileName: 'a.csv', contentBase64: { sealed: true }, chairPin: '***' });
    expect(auditDetails(api['scorePack.import'].input.parse({ contentBase64: content }))).toEqual({ contentBase64: { sealed: true } });
    expect(auditDetails({ contentBase64: content })).toEqual({ contentBase64: { bytes: 34, sha256: createHash('sha256').update(Buffer.from(content, 'base64')).digest('hex') } });
  });
});
