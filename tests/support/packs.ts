// Two machines for the pack suites: the chair's database with a session in notation, and jurors' laptops,
// each a fresh database of its own that opens a jury pack and scores in jury mode. Every jury pack is
// encrypted: the helpers use PASSPHRASE unless told otherwise.
import type { CriterionAnswer } from '../../core/domain/jury/sheet-rules.ts';
import type { ScorePackExport } from '../../core/service/api.ts';
import type { Service } from '../../core/service/create-service.ts';
import { PINS, scoreSheet, startNotation, type ScoringSetup } from './scoring-session.ts';
import { openTestService, type TestService } from './test-app.ts';

export const PASSPHRASE = 'cheval correct agrafe';

/** A clock a test moves by hand: packs are ordered by the instant the laptop saved them. */
export function manualClock(startIso: string): { now: () => Date; advance: (minutes: number) => void } {
  let current = new Date(startIso).getTime();
  return { now: () => new Date(current), advance: (minutes) => (current += minutes * 60_000) };
}

export type Chair = TestService & { setup: ScoringSetup };

/** The chair's machine; `now`: its clock (score packs are dated against it and against the hand-over). */
export async function chairInNotation(options: { actor?: string; now?: () => Date; packKdfCost?: 'app' } = {}): Promise<Chair> {
  const chair = openTestService({ actor: options.actor ?? 'agnes.martin', ...(options.now ? { now: options.now } : {}), ...(options.packKdfCost ? { packKdfCost: options.packKdfCost } : {}) });
  return { ...chair, setup: await startNotation(chair.service) };
}

export type Laptop = TestService & { sessionId: number; jurorId: number };

/** A fresh jury database on "the juror's laptop", the pack opened in it. */
export async function laptopWithPack(contentBase64: string, options: { passphrase?: string; now?: () => Date } = {}): Promise<Laptop> {
  const laptop = openTestService({ actor: 'portable-jure', ...(options.now ? { now: options.now } : {}) });
  const opened = await laptop.service.invoke('juryPack.open', { contentBase64, passphrase: options.passphrase ?? PASSPHRASE });
  return { ...laptop, sessionId: opened.sessionId, jurorId: opened.jurorId };
}

/** The juror opens their sheets with their PIN and types every answer given, application by application. */
export async function scoreOnLaptop(laptop: Laptop, jurorIndex: number, sheets: Record<number, Record<string, CriterionAnswer>>, options: { submit?: boolean } = {}): Promise<void> {
  const session = await laptop.service.invoke('jury.open', { sessionId: laptop.sessionId, jurorId: laptop.jurorId, pin: PINS[jurorIndex] ?? '0000' });
  for (const [applicationId, answers] of Object.entries(sheets)) await scoreSheet(laptop.service, session.juryToken, Number(applicationId), answers);
  if (options.submit) await laptop.service.invoke('jury.submit', { juryToken: session.juryToken });
  await laptop.service.invoke('jury.close', { juryToken: session.juryToken });
}

export async function exportScores(laptop: Laptop, passphrase = PASSPHRASE): Promise<ScorePackExport> {
  return laptop.service.invoke('scorePack.export', { passphrase });
}

export async function juryPackFor(service: Service, setup: ScoringSetup, jurorIndex: number, passphrase = PASSPHRASE) {
  return service.invoke('juryPack.create', { sessionId: setup.sessionId, jurorId: setup.jurorIds[jurorIndex] ?? 0, passphrase });
}

/** The bytes of a pack file, changed: one byte flipped at `at` (default: the middle). */
export function flipByte(contentBase64: string, at?: number): string {
  const bytes = Buffer.from(contentBase64, 'base64');
  const index = at ?? Math.floor(bytes.length / 2);
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

export function truncate(contentBase64: string, keep = 0.9): string {
  const bytes = Buffer.from(contentBase64, 'base64');
  return bytes.subarray(0, Math.floor(bytes.length * keep)).toString('base64');
}
