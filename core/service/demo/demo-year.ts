// The demo year after the call: recevabilité (pieces attached, points ticked, decisions), the CAI
// session (jury, PINs, agenda, a conflict, paper sheets imported by the chair, attendance, reveal,
// avis, close), then the conventions. Every act goes through the real handler, so that the
// demo obeys the app's rules; anything they refuse is a bug of the demo data, hence plain Errors.
import { eq } from 'drizzle-orm';
import { caiSessions } from '../../../db/schema/sessions.ts';
import { jurors } from '../../../db/schema/jury.ts';
import type { EvaluationGrid } from '../../domain/jury/grid.ts';
import type { ApplicationSummary } from '../applications/applications-api.ts';
import type { ServiceContext } from '../context.ts';
import type { Juror } from '../jurors/jurors-api.ts';
import type { AgendaItem } from '../sessions/sessions-api.ts';
import { runDemoConventions } from './demo-conventions.ts';
import { demoPiecePdf } from './demo-pieces.ts';
import { demoRunner, type DemoRunner } from './demo-runner.ts';
import { DEMO_ACTOR, DEMO_AVIS, DEMO_CHAIR_PIN, DEMO_JURORS, DEMO_SESSION, DISPUTED_TITLE, RECEVABILITE, SCORE_LEVEL } from './demo-year-plan.ts';

export type DemoYearResult = { sessionId: number; jurors: number; conventions: number };

const DOCUMENT_TITLES: Readonly<Record<string, string>> = {
  statuts: 'Statuts',
  rib: 'Relevé d’identité bancaire',
  budget: 'Budget prévisionnel de l’action',
  contrat_engagement_republicain: 'Contrat d’engagement républicain',
  compte_rendu_financier: 'Compte rendu financier (Cerfa n° 15059)',
};

function byTitle(applications: readonly ApplicationSummary[], title: string): ApplicationSummary {
  const found = applications.find((application) => application.title === title);
  if (!found) throw new Error(`Demo data: no application titled "${title}".`);
  return found;
}

/** When and how a call's deposited applications are examined; the titles named stay deposited or are refused. */
export type RecevabilitePlan = {
  attachedOn: string;
  tickedOn: string;
  decidedOn: string;
  tickNote: string;
  leftDeposited: readonly string[];
  irrecevable: readonly { title: string; reason: string }[];
};

/** Pieces attached, manual points ticked, then each deposited application declared recevable or not. */
export function recevabilite(runner: DemoRunner, applications: readonly ApplicationSummary[], plan: RecevabilitePlan = RECEVABILITE): void {
  const irrecevable = new Map<string, string>(plan.irrecevable.map((entry) => [entry.title, entry.reason]));
  const left = new Set<string>(plan.leftDeposited);
  for (const title of [...irrecevable.keys(), ...left]) byTitle(applications, title);
  const examined = applications.filter((application) => application.status === 'depose' && !left.has(application.title) && !irrecevable.has(application.title));
  for (const application of examined) {
    for (const item of runner.run('attachments.list', { applicationId: application.id }).required.filter((entry) => entry.isRequired && !entry.isPresent)) {
      runner.at(plan.attachedOn);
      const pdf = demoPiecePdf(DOCUMENT_TITLES[item.documentType] ?? item.label, [
        'Pièce fictive : données de démonstration de Pacte CAI.',
        `Prestataire : ${application.providerName}`,
        `Dossier : ${application.title}`,
      ]);
      runner.run('attachments.add', { applicationId: application.id, documentType: item.documentType, fileName: `${item.documentType}-demonstration.pdf`, contentBase64: pdf.toString('base64') });
    }
  }
  for (const application of examined) {
    for (const item of runner.run('eligibility.get', { applicationId: application.id }).items.filter((entry) => entry.state === 'to_check')) {
      runner.at(plan.tickedOn);
      runner.run('eligibility.tick', { applicationId: application.id, itemKey: item.key, isChecked: true, note: plan.tickNote });
    }
  }
  for (const application of applications.filter((candidate) => candidate.status === 'depose' && !left.has(candidate.title))) {
    runner.at(plan.decidedOn);
    const reason = irrecevable.get(application.title);
    runner.run('applications.setStatus', reason === undefined ? { id: application.id, status: 'recevable' } : { id: application.id, status: 'irrecevable', reason });
  }
}

type DemoAnswer = { score: number; comment: string };

/** A member's score on a criterion: the level of the file's avis, the member's own leaning, within the grid's scale. */
function demoAnswer(grid: EvaluationGrid, criterionIndex: number, level: number, jurorIndex: number, position: number, disputed: boolean): [string, DemoAnswer] {
  const criterion = grid.criteria[criterionIndex];
  if (!criterion) throw new Error('Demo data: criterion out of the grid.');
  const leanings = [0, 1, 0, -1, 0, 1, -1];
  const raw = disputed ? (jurorIndex % 2 === 0 ? 4 : 1) : level + (leanings[(jurorIndex * 3 + position * 5 + criterionIndex * 2) % leanings.length] ?? 0);
  const score = Math.min(criterion.scale.max, Math.max(criterion.scale.min, criterion.scale.min + raw));
  const needsComment = criterion.commentRequiredBelow !== null && score < criterion.commentRequiredBelow;
  return [criterion.key, { score, comment: needsComment ? `À renforcer : ${criterion.label.charAt(0).toLowerCase()}${criterion.label.slice(1)}.` : '' }];
}

function sheetOf(grid: EvaluationGrid, item: AgendaItem, jurorIndex: number): Record<string, DemoAnswer> {
  const avis = DEMO_AVIS[item.title];
  if (!avis) throw new Error(`Demo data: no avis planned for "${item.title}".`);
  return Object.fromEntries(grid.criteria.map((_criterion, index) => demoAnswer(grid, index, SCORE_LEVEL[avis.kind], jurorIndex, item.position, item.title === DISPUTED_TITLE)));
}

function markDemo(context: ServiceContext, table: 'jurors' | 'sessions', id: number): void {
  if (table === 'jurors') context.db.update(jurors).set({ isDemo: true }).where(eq(jurors.id, id)).run();
  else context.db.update(caiSessions).set({ isDemo: true }).where(eq(caiSessions.id, id)).run();
}

/** The members of the jury, recorded in the autumn, before the call closed. */
function createJurors(runner: DemoRunner): Juror[] {
  return DEMO_JURORS.map(({ pin: _pin, scores: _scores, ...input }) => {
    runner.at(DEMO_SESSION.jurorsCreatedOn);
    const juror = runner.run('jurors.create', input);
    markDemo(runner.context, 'jurors', juror.id);
    return juror;
  });
}

/** The session of 12 December 2017, from its creation to its close. */
function holdSession(runner: DemoRunner, callId: number, members: readonly Juror[], providerIds: ReadonlyMap<string, number>): number {
  const idOf = (name: string) => members.find((member) => member.name === name)?.id ?? 0;
  runner.at(DEMO_SESSION.createdOn);
  const chairId = members[0]?.id ?? null;
  const session = runner.run('sessions.create', { callId, title: DEMO_SESSION.title, heldOn: DEMO_SESSION.heldOn, place: DEMO_SESSION.place, jurorIds: members.map((member) => member.id), chairJurorId: chairId });
  markDemo(runner.context, 'sessions', session.id);
  const sessionId = session.id;
  for (const [index, member] of members.entries()) {
    runner.at(DEMO_SESSION.createdOn);
    runner.run('sessions.setPin', { sessionId, jurorId: member.id, pin: DEMO_JURORS[index]?.pin ?? DEMO_CHAIR_PIN });
  }
  runner.at(DEMO_SESSION.createdOn);
  runner.run('sessions.fillAgenda', { sessionId });
  const { conflict } = DEMO_SESSION;
  runner.at(DEMO_SESSION.createdOn);
  // The agenda as it stands once the conflict is declared: each item names the members who may not score it.
  const agenda = runner.run('sessions.declareConflict', { sessionId, jurorId: idOf(conflict.juror), providerId: providerIds.get(conflict.provider) ?? 0, type: conflict.type, note: conflict.note, chairPin: DEMO_CHAIR_PIN }).agenda;

  runner.at(DEMO_SESSION.notationOn);
  runner.run('sessions.setStatus', { sessionId, status: 'notation' });
  const grid = runner.run('grids.get', { id: session.gridId }).definition;
  const paper: (string | number)[][] = [];
  for (const [jurorIndex, plan] of DEMO_JURORS.entries()) {
    const jurorId = members[jurorIndex]?.id ?? 0;
    if (plan.scores === 'none') continue;
    for (const item of agenda.filter((candidate) => !candidate.conflictedJurorIds.includes(jurorId))) {
      for (const [criterionKey, answer] of Object.entries(sheetOf(grid, item, jurorIndex))) paper.push([jurorId, item.applicationId, criterionKey, answer.score, answer.comment]);
    }
  }
  // One file for every paper sheet, as the chair's assistant typed them: all or nothing.
  runner.at(DEMO_SESSION.paperEnteredOn, '16:00');
  const csv = ['juror;application;criterion;score;comment', ...paper.map((cells) => cells.map((cell) => `"${String(cell).replaceAll('"', '""')}"`).join(';'))].join('\r\n');
  const imported = runner.run('scores.importCsv', { sessionId, fileName: DEMO_SESSION.paperFileName, contentBase64: Buffer.from(`${csv}\r\n`, 'utf8').toString('base64'), chairPin: DEMO_CHAIR_PIN });
  if (imported.errors.length > 0) throw new Error(`Demo data, paper sheets: ${imported.errors.map((error) => `row ${error.row} ${error.column}: ${error.message}`).join(' ')}`);

  for (const [index, member] of members.entries()) {
    runner.at(DEMO_SESSION.heldOn, '09:30');
    runner.run('sessions.setAttendance', { sessionId, jurorId: member.id, attendance: DEMO_JURORS[index]?.scores === 'none' ? 'excuse' : 'present' });
  }
  runner.at(DEMO_SESSION.heldOn, '09:45');
  runner.run('sessions.setStatus', { sessionId, status: 'deliberation' });
  runner.at(DEMO_SESSION.heldOn, '09:50');
  runner.run('sessions.reveal', { sessionId, chairPin: DEMO_CHAIR_PIN });
  for (const item of agenda) {
    const avis = DEMO_AVIS[item.title];
    if (!avis) throw new Error(`Demo data: no avis planned for "${item.title}".`);
    runner.at(DEMO_SESSION.heldOn, '10:00');
    const text = avis.kind === 'favorable' ? { motivation: avis.text } : avis.kind === 'favorable_sous_reserve' ? { conditions: avis.text } : { reasons: avis.text };
    runner.run('sessions.setAvis', { sessionId, applicationId: item.applicationId, kind: avis.kind, proposedCents: avis.proposedEuros === undefined ? null : avis.proposedEuros * 100, ...text });
  }
  runner.at(DEMO_SESSION.heldOn, '12:30');
  runner.run('sessions.setStatus', { sessionId, status: 'close' });
  return sessionId;
}

/** Recevabilité, the CAI and the conventions of the demo call, in one go (inside the caller's transaction). */
export function loadDemoYear(context: ServiceContext, callId: number, providerIds: ReadonlyMap<string, number>): DemoYearResult {
  const runner = demoRunner(context, DEMO_ACTOR);
  const applications = runner.run('applications.list', { callId, limit: 5000 }).items;
  const members = createJurors(runner);
  recevabilite(runner, applications);
  const sessionId = holdSession(runner, callId, members, providerIds);
  const conventions = runDemoConventions(runner, sessionId);
  return { sessionId, jurors: DEMO_JURORS.length, conventions };
}
