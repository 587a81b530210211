// Decisive acts write into their audit entry the digest of what they decide on, the same module
// computes it again at verification, and honest acts made afterwards through the app seal it again:
// only a change made behind the app's back is reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditLogEntry } from '../../core/service/api.ts';
import { verifyAuditLog } from '../../core/service/audit/audit-log.ts';
import { verifyAudit } from '../../core/service/audit/audit-verify.ts';
import { decisionDigest, digestsIn, type DecisionKind } from '../../core/service/audit/decision-digests.ts';
import type { Service } from '../../core/service/create-service.ts';
import { CHAIR_PIN, fullSheet, openJury, scoreSheet, startNotation } from '../support/scoring-session.ts';
import { signedConvention } from '../support/signed-convention.ts';
import { openTestService, type TestService } from '../support/test-app.ts';
import { receiveBilan } from '../support/received-bilan.ts';

async function logOf(service: Service): Promise<AuditLogEntry[]> {
  return (await service.invoke('audit.list', { limit: 1000 })).items.reverse();
}

const kindsOf = (entry: AuditLogEntry | undefined) => digestsIn(entry?.details).map((digest) => `${digest.kind}:${digest.id}`);

/** A closed session, a convention validated, signed, paid in advance and amended: every kind of decision. */
async function decidedYear(app: TestService) {
  const made = await signedConvention(app.service, app.database.sqlite);
  return { ...made, callId: made.setup.call.id, sessionId: made.setup.sessionId };
}

describe('decision digests', () => {
  it('the reveal, the close, the board’s validation and each payment record the digest of the data they decide on', async () => {
    const app = openTestService();
    const { id, paymentId, sessionId, callId } = await decidedYear(app);
    const db = app.service.context.db;
    const log = await logOf(app.service);
    const reveal = log.find((entry) => entry.action === 'sessions.reveal');
    const close = log.find((entry) => entry.action === 'sessions.setStatus' && (entry.details as { status?: string }).status === 'close');
    const validation = log.find((entry) => entry.action === 'conventions.validate');
    const payment = log.find((entry) => entry.action === 'payments.record');
    expect(kindsOf(reveal)).toEqual([`scores:${sessionId}`, `avis:${sessionId}`, `budgets:${sessionId}`, `envelope:${callId}`]);
    expect(kindsOf(close)).toEqual([`scores:${sessionId}`, `avis:${sessionId}`, `budgets:${sessionId}`, `envelope:${callId}`]);
    expect(kindsOf(validation)).toEqual([`convention:${id}`]);
    expect(kindsOf(payment)).toEqual([`convention:${id}`, `payment:${paymentId}`]);
    // Untouched since: the digest recorded then is the digest of the tables now.
    const recorded = (entry: AuditLogEntry | undefined, kind: DecisionKind) => digestsIn(entry?.details).find((digest) => digest.kind === kind)?.sha256;
    expect(recorded(reveal, 'scores')).toBe(decisionDigest(db, { kind: 'scores', id: sessionId }));
    expect(recorded(close, 'avis')).toBe(decisionDigest(db, { kind: 'avis', id: sessionId }));
    expect(recorded(payment, 'payment')).toBe(decisionDigest(db, { kind: 'payment', id: paymentId }));
    // The avis were given after the reveal: the reveal's digest of them is not the close's.
    expect(recorded(reveal, 'avis')).not.toBe(recorded(close, 'avis'));
    // Signature, payment and avenant came after the validation: each sealed the convention again.
    expect(recorded(validation, 'convention')).not.toBe(decisionDigest(db, { kind: 'convention', id }));
    expect(recorded(log.findLast((entry) => entry.action === 'conventions.amend'), 'convention')).toBe(decisionDigest(db, { kind: 'convention', id }));
    expect(verifyAudit(db)).toMatchObject({ ok: true, problems: [], decisionsChecked: 6 });
  });

  it('records no digest of the scores while they are sealed: submissions and paper sheets before the reveal', async () => {
    const { service } = openTestService();
    const setup = await startNotation(service, { applications: 2 });
    const bruno = await openJury(service, setup, 1);
    for (const applicationId of setup.applicationIds) await scoreSheet(service, bruno.juryToken, applicationId, fullSheet(setup.grid, 3));
    await service.invoke('jury.submit', { juryToken: bruno.juryToken });
    await service.invoke('scores.enterPaper', { sessionId: setup.sessionId, jurorId: setup.jurorIds[2] ?? 0, applicationId: setup.applicationIds[0] ?? 0, answers: fullSheet(setup.grid, 2), chairPin: CHAIR_PIN });
    await service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'deliberation' });
    const sealed = await logOf(service);
    expect(sealed.flatMap(kindsOf)).toEqual([]);
    expect(JSON.stringify(sealed.map((entry) => entry.details))).not.toContain('"digests"');
    await service.invoke('sessions.reveal', { sessionId: setup.sessionId, chairPin: CHAIR_PIN });
    expect(kindsOf((await logOf(service)).at(-1))).toContain(`scores:${setup.sessionId}`);
  });

  it('honest acts after the decisions seal them again: reopened session, paper sheet, new avis, budget, envelope, payments, recoveries', async () => {
    const app = openTestService();
    const { service } = app;
    const { id, setup, sessionId, callId } = await decidedYear(app);
    await service.invoke('sessions.setStatus', { sessionId, status: 'deliberation', reason: 'Un avis à revoir.' });
    const juror = setup.jurorIds[1] ?? 0;
    await service.invoke('scores.reopen', { sessionId, jurorId: juror, reason: 'Fiche mal saisie.', chairPin: CHAIR_PIN });
    await service.invoke('scores.enterPaper', { sessionId, jurorId: juror, applicationId: setup.applicationIds[2] ?? 0, answers: fullSheet(setup.grid, 1), chairPin: CHAIR_PIN });
    await service.invoke('sessions.setAvis', { sessionId, applicationId: setup.applicationIds[4] ?? 0, kind: 'defavorable', reasons: 'Le budget n’a pas été précisé.' });
    await service.invoke('sessions.setStatus', { sessionId, status: 'close' });
    const call = await service.invoke('calls.get', { id: callId });
    const { year, title, opensOn, closesOn, priorities, status } = call;
    const leverEnvelopes = call.leverEnvelopes.map(({ leverNumber, envelopeCents }) => ({ leverNumber, envelopeCents: envelopeCents + 100_000 }));
    await service.invoke('calls.update', { id: callId, year, title, opensOn, closesOn, priorities, status, envelopeCents: call.envelopeCents + 500_000, leverEnvelopes });
    const application = await service.invoke('applications.get', { id: setup.applicationIds[5] ?? 0 });
    const { providerId, summary, primaryObjectiveId, publics, expectedParticipants, startsOn, endsOn, mobility } = application;
    const budgetLines = application.budgetLines.map(({ account, label, amountCents }, index) => ({ account, label, amountCents: index === 0 ? amountCents + 50_000 : amountCents }));
    await service.invoke('applications.update', { id: application.id, callId, providerId, title: application.title, summary, primaryObjectiveId, publics, expectedParticipants, startsOn, endsOn, mobility, budgetLines });
    await receiveBilan(service, id, 2018, '2018-12-15');
    await service.invoke('conventions.acceptBilan', { id, year: 2018, acceptedOn: '2018-12-20' });
    const convention = await service.invoke('conventions.get', { id });
    const balance = convention.schedule.find((line) => line.supersededBy === null && line.kind === 'solde');
    const mandated = await service.invoke('payments.record', { conventionId: id, lineRank: balance?.rank ?? 0, amountCents: 100_000, orderedOn: '2019-01-10', mandateRef: 'M-77' });
    await service.invoke('payments.markPaid', { id: mandated.payments.at(-1)?.id ?? 0, paidOn: '2019-01-20' });
    const cancelled = await service.invoke('payments.record', { conventionId: id, lineRank: balance?.rank ?? 0, amountCents: 20_000, orderedOn: '2019-01-11' });
    await service.invoke('payments.cancel', { id: cancelled.payments.at(-1)?.id ?? 0, reason: 'Mandat en double.' });
    const recovery = await service.invoke('recoveries.record', { conventionId: id, amountCents: 10_000, cause: 'non_consomme', decisionRef: 'D-2019-3' });
    await service.invoke('recoveries.receive', { id: recovery.recoveries.at(-1)?.id ?? 0, receivedOn: '2019-03-01' });

    const check = verifyAudit(service.context.db);
    expect(check.problems).toEqual([]);
    expect(check).toMatchObject({ ok: true, decisionsChecked: 8 });
    expect(check.message).toMatch(/^Journal d’audit intègre : \d+ entrées vérifiées\. Les données de 8 décisions \(notes, avis, conventions, versements\) sont celles que le journal a scellées\.$/u);
  });

  it('the demo year, loaded in one act, is sealed by it: verify checks its decisions and finds an edit', async () => {
    const { service, database } = openTestService();
    await service.invoke('demo.load', {});
    const check = await service.invoke('audit.verify', {});
    expect(check).toMatchObject({ ok: true, count: 1, problems: [] });
    expect(check.decisionsChecked).toBeGreaterThan(20);
    database.sqlite.exec("update payments set paid_on = '2018-12-31' where id = (select min(id) from payments where status = 'paye')");
    const tampered = await service.invoke('audit.verify', {});
    expect(tampered.ok).toBe(false);
    expect(tampered.problems).toEqual([
      expect.stringMatching(/^Convention CONV-2018-\d+ \(montants, échéancier, versements ou statut\) modifiée depuis l’acte « Données de démonstration chargées » \(entrée n° 1 du \d{2}\/\d{2}\/\d{4}\)\.$/u),
      expect.stringMatching(/^Versement n° \d+ de la convention CONV-2018-\d+ \(montant, dates, échéance ou statut\) modifié depuis l’acte « Données de démonstration chargées »/u),
    ]);
  });

  it('finds any change of a decided amount made behind the app’s back, whatever the amount', async () => {
    const app = openTestService();
    const { sessionId, callId, id, paymentId } = await decidedYear(app);
    const sqlite = app.database.sqlite;
    const db = app.service.context.db;
    const session = `séance « CAI du 12 décembre 2017 »`;
    const targets = [
      { sql: `update score_answers set score = score + ? where rowid = (select a.rowid from score_answers a join score_sheets s on s.id = a.sheet_id where s.session_id = ${sessionId} and s.status = 'submitted' and a.score is not null limit 1)`, found: `Notes de la ${session}` },
      { sql: `update avis set proposed_cents = proposed_cents + ? where session_id = ${sessionId} and application_id = (select min(application_id) from avis where session_id = ${sessionId})`, found: `Avis de la ${session}` },
      { sql: `update applications set requested_cents = requested_cents + ? where id = (select application_id from session_agenda where session_id = ${sessionId} and position = 1)`, found: `Budgets des dossiers à l’ordre du jour de la ${session}` },
      { sql: `update application_budget_lines set amount_cents = amount_cents + ? where id = (select min(l.id) from application_budget_lines l join session_agenda a on a.application_id = l.application_id where a.session_id = ${sessionId})`, found: `Budgets des dossiers` },
      { sql: `update calls set envelope_cents = envelope_cents + ? where id = ${callId}`, found: 'Enveloppe de l’appel à projets « Appel à projets 2018 » modifiée' },
      { sql: `update call_lever_envelopes set envelope_cents = envelope_cents + ? where call_id = ${callId} and lever_id = (select min(lever_id) from call_lever_envelopes where call_id = ${callId})`, found: 'Enveloppe de l’appel' },
      { sql: `update conventions set total_cents = total_cents + ? where id = ${id}`, found: 'Convention CONV-2018-' },
      { sql: `update convention_years set amount_cents = amount_cents + ? where convention_id = ${id}`, found: 'Convention CONV-2018-' },
      { sql: `update schedule_lines set planned_cents = planned_cents + ? where id = (select min(id) from schedule_lines where convention_id = ${id})`, found: 'Convention CONV-2018-' },
      { sql: `update payments set amount_cents = amount_cents + ? where id = ${paymentId}`, found: `Versement n° ${paymentId} de la convention CONV-2018-` },
    ];
    expect(verifyAudit(db).ok).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.integer({ min: 1, max: 100_000_000 }), fc.boolean(), (target, amount, down) => {
        sqlite.exec('savepoint tamper');
        try {
          // Down only where the value stays valid (a score may go negative: the digest still sees it).
          const changed = sqlite.prepare(target.sql).run(down && target.found.startsWith('Notes') ? -amount : amount).changes;
          expect(changed).toBe(1);
          expect(verifyAuditLog(db).ok).toBe(true);
          const check = verifyAudit(db);
          expect(check.ok).toBe(false);
          expect(check.problems.some((problem) => problem.startsWith(target.found) || problem.includes(target.found))).toBe(true);
        } finally {
          sqlite.exec('rollback to tamper; release tamper');
        }
      }),
      { numRuns: 60 },
    );
    expect(verifyAudit(db).ok).toBe(true);
  });
});
