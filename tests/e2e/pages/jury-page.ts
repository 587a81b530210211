// Jury mode and the deliberation, for the scoring specs: a session in notation laid down through the
// API (the road of tests/support/cai-session.ts), keyboard helpers for the juror, and a juror who
// scores through the API, as another laptop would.
import { expect, type Locator, type Page } from '@playwright/test';
import { callApi } from './applications-page.ts';
import { addRecevableApplication } from './sessions-page.ts';

export const JURORS = [
  { name: 'Agnès Martin', role: 'responsable_dispositifs', organisation: 'CCAS de Rennes', pin: '1234' },
  { name: 'Bruno Le Gall', role: 'responsable_antenne', organisation: 'Antenne Nord', pin: '2222' },
  { name: 'Claire Dubois', role: 'representant_departement', organisation: 'Département d’Ille-et-Vilaine', pin: '3333' },
  { name: 'Denis Roux', role: 'representant_allocataires', organisation: '', pin: '4444' },
] as const;

export const CHAIR_PIN = '1234';

/** The default grid's keys, in its order (weights 3, 2, 2, 1, 1, 2, 1; scales 0–4; N/A on "mobilite" only). */
export const CRITERIA = ['adequation-pacte', 'public-volume', 'methode-participation', 'partenariat-ancrage', 'mobilite', 'budget-cout', 'evaluation-indicateurs'] as const;

export type ScoringSeed = { sessionId: number; jurorIds: Record<string, number>; applications: { id: number; title: string }[] };

/**
 * A call of 420 000 € (15 000 € for lever 6), the four jurors (Agnès chairs), three recevable
 * applications of lever 6 asking 10 000 € each, a session convening everyone, PINs set, the agenda
 * filled, in notation.
 */
export async function seedScoringSession(page: Page, baseUrl: string, options: { year?: number; titles?: string[] } = {}): Promise<ScoringSeed> {
  const year = options.year ?? 2018;
  const call = await callApi<{ id: number }>(page, baseUrl, 'calls.create', {
    year,
    title: `Appel à projets ${year}`,
    envelopeCents: 42_000_000,
    leverEnvelopes: [{ leverNumber: 6, envelopeCents: 1_500_000 }],
  });
  const jurorIds: Record<string, number> = {};
  for (const { pin: _pin, ...juror } of JURORS) jurorIds[juror.name] = (await callApi<{ id: number }>(page, baseUrl, 'jurors.create', juror)).id;
  const applications: { id: number; title: string }[] = [];
  for (const [index, title] of (options.titles ?? ['Action A', 'Action B', 'Action C']).entries()) {
    const letter = String.fromCharCode(65 + index);
    applications.push({ id: (await addRecevableApplication(page, baseUrl, { callId: call.id, providerName: `Prestataire ${letter} ${year}`, title })).id, title });
  }
  const session = await callApi<{ id: number }>(page, baseUrl, 'sessions.create', {
    callId: call.id,
    title: `CAI du 12 mars ${year}`,
    heldOn: `${year}-03-12`,
    place: 'Salle du conseil',
    jurorIds: Object.values(jurorIds),
    chairJurorId: jurorIds['Agnès Martin'],
  });
  for (const juror of JURORS) await callApi(page, baseUrl, 'sessions.setPin', { sessionId: session.id, jurorId: jurorIds[juror.name], pin: juror.pin });
  await callApi(page, baseUrl, 'sessions.setAgenda', { sessionId: session.id, applicationIds: applications.map((application) => application.id) });
  await callApi(page, baseUrl, 'sessions.setStatus', { sessionId: session.id, status: 'notation' });
  return { sessionId: session.id, jurorIds, applications };
}

type Score = number | 'na';

/** A juror on another machine: opens jury mode through the API, scores each application, submits. */
export async function scoreThroughApi(page: Page, baseUrl: string, seed: ScoringSeed, jurorName: string, sheets: Record<number, (key: string) => Score>): Promise<void> {
  const pin = JURORS.find((juror) => juror.name === jurorName)?.pin;
  const { juryToken } = await callApi<{ juryToken: string }>(page, baseUrl, 'jury.open', { sessionId: seed.sessionId, jurorId: seed.jurorIds[jurorName], pin });
  for (const [applicationId, score] of Object.entries(sheets)) {
    for (const key of CRITERIA) {
      const value = score(key);
      const comment = typeof value === 'number' && value < 2 ? 'Insuffisant au regard du pacte.' : '';
      await callApi(page, baseUrl, 'jury.saveAnswer', { juryToken, applicationId: Number(applicationId), criterionKey: key, answer: { score: value, comment } });
    }
  }
  await callApi(page, baseUrl, 'jury.submit', { juryToken });
  await callApi(page, baseUrl, 'jury.close', { juryToken });
}

/** Presses Tab until the target has the focus, as a keyboard user would (no click anywhere). */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Scores one criterion with the keyboard: Tab to its group, Space takes the lowest level, the down
 * arrow climbs the scale (past its top: "Non applicable"); a comment is typed in the field after it.
 */
export async function scoreByKeyboard(page: Page, criterionKey: string, level: Score, comment?: string): Promise<void> {
  const radios = page.getByTestId(`criterion-${criterionKey}`).getByRole('radio');
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  const steps = level === 'na' ? 5 : level;
  for (let step = 0; step < steps; step += 1) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(steps)).toBeChecked();
  if (comment !== undefined) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`[data-key="${criterionKey}"]`).getByLabel('Commentaire')).toBeFocused();
    await page.keyboard.type(comment);
  }
}
