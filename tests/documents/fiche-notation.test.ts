// The paper scoring sheet rendered for real and read back with pdftotext: the legend, one whole block
// per application on a page, the conflicts marked, blank or filled with the juror's submitted scores;
// refused in French while the sheets are sealed, and for someone who does not sit on the jury.
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../core/domain/jury/results.ts';
import { shortFingerprint } from '../../core/documents/fingerprint.ts';
import { BOARD_CONFLICTED_JUROR_INDEX, boardSession } from '../support/board-session.ts';
import { pdfFlatText } from '../support/pdf-raw-text.ts';
import { readPdf } from '../support/pdf-text.ts';
import { CHAIR_PIN, fullSheet, openJury, scoreSheet, startNotation } from '../support/scoring-session.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const count = (text: string, needle: string) => text.split(needle).length - 1;
const LAST_CRITERION = '7. Évaluation et indicateurs';
const CONFLICT = 'Conflit d’intérêts déclaré : ne pas noter';

describe('fiche de notation', () => {
  it('prints the grid, then each application whole on a page, the conflicts marked; blank, then filled', async () => {
    const { service } = openTestService();
    const setup = await boardSession(service);
    const jurorId = setup.jurorIds[BOARD_CONFLICTED_JUROR_INDEX] ?? 0;

    const blank = await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId, blank: true });
    const pdf = readPdf(Buffer.from(blank.contentBase64, 'base64'), blank.fileName);
    expect(pdf.pages).toBe(5);
    expect(pdf.text).toContain('Fiche de notation — Claire Dubois');
    expect(pdf.text).toContain('vierge, à remplir à la main');
    const flat = pdfFlatText(pdf.file);
    for (const criterion of setup.grid.criteria) for (const level of criterion.scale.levels) expect(flat).toContain(level.descriptor);
    // The grid's own questions are the only "?" of the sheet: no glyph is missing.
    const questions = setup.grid.criteria.map((criterion) => [criterion.description, ...criterion.scale.levels.map((level) => level.descriptor)].join(' ')).join(' ');
    expect(count(pdf.text, '?')).toBe(count(questions, '?'));
    expect(pdf.text).not.toMatch(/[\uFFFD\u25A1]/u);
    expect(count(pdf.text, CONFLICT)).toBe(2);
    expect(flat).toContain('4 dossiers à noter ; 2 dossiers en conflit d’intérêts, à ne pas noter.');
    expect(pdf.text).not.toContain('Note de la fiche');
    // Legend first, then the applications from a new page; a block is never cut by a page break.
    const pages = pdf.text.split('\f');
    const first = pages.findIndex((page) => page.includes('Dossiers de la séance'));
    expect(first).toBeGreaterThanOrEqual(1);
    expect(pages.slice(0, first).join('')).not.toContain('Dossier n°');
    for (const page of pages.slice(first)) expect(count(page, LAST_CRITERION)).toBe(count(page, 'Dossier n°') - count(page, CONFLICT));
    expect(pdf.text).toContain(`Empreinte ${shortFingerprint(blank.dataSha256)}`);
    expect(pdf.text).toContain('Page 5 / 5');
    expect(pdf.info).toMatch(/^Title:\s+Fiche de notation vierge — Claire Dubois — /mu);
    const again = await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId, blank: true });
    expect(again.contentBase64).toBe(blank.contentBase64);

    const filled = await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId, blank: false });
    expect(filled.dataSha256).not.toBe(blank.dataSha256);
    expect(filled.reference).toMatch(/-FICHE-M\d+-REMPLIE$/u);
    const filledText = readPdf(Buffer.from(filled.contentBase64, 'base64')).text;
    expect(filledText).toContain('remplie avec les notes soumises');
    expect(count(filledText, CONFLICT)).toBe(2);
    // The sheet's score on 20 is the one the results count for this member.
    const results = await service.invoke('sessions.results', { sessionId: setup.sessionId });
    const mine = results.outcomes.flatMap((outcome) => (outcome.jurorScores ?? []).filter((score) => score.jurorId === jurorId));
    expect(mine).toHaveLength(4);
    for (const score of mine) expect(filledText).toContain(`Note de la fiche : ${formatScore(score.score)} / 20`);
    expect(filledText).toContain('Insuffisant au regard du pacte.');
  });

  it('prints a filled sheet only after the reveal (blank before: the scores are sealed), and never a draft', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 2 });
    const [, bruno = 0, claire = 0] = setup.jurorIds;
    const brunoJury = await openJury(service, setup, 1);
    for (const applicationId of setup.applicationIds) await scoreSheet(service, brunoJury.juryToken, applicationId, fullSheet(setup.grid, 3));
    await service.invoke('jury.submit', { juryToken: brunoJury.juryToken });
    const claireJury = await openJury(service, setup, 2);
    await scoreSheet(service, claireJury.juryToken, setup.applicationIds[0] ?? 0, fullSheet(setup.grid, 4));

    const sealed = expectFailure(await service.call('documents.fiche', { sessionId: setup.sessionId, jurorId: claire, blank: false }));
    expect(sealed).toMatchObject({ code: 'precondition' });
    expect(sealed.message).toBe(
      'La fiche remplie de Claire Dubois ne peut pas être imprimée : les notes sont scellées jusqu’à leur révélation par le président, en délibération. Imprimez la fiche vierge, ou la fiche remplie une fois les notes révélées.',
    );
    const claireBlank = await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId: claire, blank: true });
    expect(readPdf(Buffer.from(claireBlank.contentBase64, 'base64')).text).not.toContain('Note de la fiche');
    // Submitted is not revealed: on the chair's base, Bruno's sealed scores do not leave through a PDF.
    expect(expectFailure(await service.call('documents.fiche', { sessionId: setup.sessionId, jurorId: bruno, blank: false })).message).toContain('les notes sont scellées');

    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    const brunoFilled = readPdf(Buffer.from((await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId: bruno, blank: false })).contentBase64, 'base64')).text;
    expect(count(brunoFilled, 'Note de la fiche : 15,00 / 20')).toBe(2);
    const afterReveal = readPdf(Buffer.from((await service.invoke('documents.fiche', { sessionId: setup.sessionId, jurorId: claire, blank: false })).contentBase64, 'base64')).text;
    expect(count(afterReveal, 'Fiche non soumise : ses notes ne sont pas imprimées.')).toBe(2);
    expect(afterReveal).not.toContain('Note de la fiche');

    const stranger = await service.invoke('jurors.create', { name: 'Éric Invité', role: 'autre' });
    const notMember = expectFailure(await service.call('documents.fiche', { sessionId: setup.sessionId, jurorId: stranger.id, blank: true }));
    expect(notMember).toMatchObject({ code: 'not_found', message: expect.stringContaining('n’est pas convoqué à la séance') as unknown });
  });
});
