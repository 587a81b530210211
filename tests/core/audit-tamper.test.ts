// The four kinds of tampering the chain of hashes alone let through (issue 11, finding 5): a business
// table edited, the log's tail cut off, the log re-chained after an edit, the whole log deleted. Each
// passes the chain check (what `pacte audit verify` ran before) and is found by audit.verify now.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { auditHeadLine, parseAuditHead } from '../../core/domain/audit-head.ts';
import { formatFrenchDate } from '../../core/domain/french-parsing.ts';
import { chainAuditEntry, type AuditEntry, type JsonValue } from '../../core/domain/jury/audit-chain.ts';
import type { AuditLogEntry } from '../../core/service/api.ts';
import { sha256Hex, verifyAuditLog } from '../../core/service/audit/audit-log.ts';
import type { Service } from '../../core/service/create-service.ts';
import { localDay } from '../../core/service/exports/local-time.ts';
import { boardSession } from '../support/board-session.ts';
import { CHAIR_PIN, fullSheet } from '../support/scoring-session.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const SESSION = 'CAI du 12 décembre 2017';

/** What a person with the file and sqlite3 can do: the append-only triggers go first. */
function withoutTriggers(sqlite: Database.Database): void {
  sqlite.exec('drop trigger if exists audit_log_no_update; drop trigger if exists audit_log_no_delete;');
}

async function lastEntry(service: Service, action: string, status?: string): Promise<AuditLogEntry> {
  const items = (await service.invoke('audit.list', { limit: 1000, filters: { action } })).items;
  const entry = items.find((item) => status === undefined || (item.details as { status?: string }).status === status);
  if (!entry) throw new Error(`No ${action} in the log.`);
  return entry;
}

const dayOf = (entry: AuditLogEntry) => formatFrenchDate(localDay(entry.at));

/** Calls created one by one: a log of `count` entries. */
async function smallLog(service: Service, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) await service.invoke('calls.create', { year: 2018 + index, title: `Appel ${2018 + index}`, envelopeCents: 100_000 });
}

describe('tamper evidence beyond the chain', () => {
  it('a business table edited behind the app’s back: the chain holds, the decision names what changed and since which act', async () => {
    const app = openTestService();
    const setup = await boardSession(app.service);
    const close = await lastEntry(app.service, 'sessions.setStatus', 'close');
    const sqlite = app.database.sqlite;
    sqlite.prepare('update score_answers set score = 4 where sheet_id = (select min(id) from score_sheets where session_id = ? and status = ?) and score < 4').run(setup.sessionId, 'submitted');
    sqlite.prepare('update calls set envelope_cents = envelope_cents + 1000000 where id = ?').run(setup.call.id);
    sqlite.prepare('update application_budget_lines set amount_cents = amount_cents + 1 where application_id = ?').run(setup.applicationIds[0]);

    expect(verifyAuditLog(app.service.context.db).ok).toBe(true);
    const check = await app.service.invoke('audit.verify', {});
    const since = `depuis la clôture de la séance (entrée n° ${close.seq} du ${dayOf(close)})`;
    expect(check).toMatchObject({ ok: false, brokenSeq: null });
    expect(check.problems).toEqual([
      `Notes de la séance « ${SESSION} » modifiées ${since}.`,
      `Budgets des dossiers à l’ordre du jour de la séance « ${SESSION} » modifiés ${since}.`,
      `Enveloppe de l’appel à projets « Appel à projets 2018 » modifiée ${since}.`,
    ]);
    expect(check.message).toBe(`Journal d’audit altéré : 3 anomalies. ${check.problems.join(' ')}`);
  });

  it('an edit an honest act later sealed again is still found, between the two acts', async () => {
    const app = openTestService();
    const setup = await boardSession(app.service, { close: false });
    const lastAvis = await lastEntry(app.service, 'sessions.setAvis');
    app.database.sqlite.prepare('update avis set proposed_cents = proposed_cents + 500000 where session_id = ? and application_id = ?').run(setup.sessionId, setup.applicationIds[0]);
    // The chair then enters a paper sheet through the app: the act seals the session again.
    await app.service.invoke('scores.reopen', { sessionId: setup.sessionId, jurorId: setup.jurorIds[1] ?? 0, reason: 'Fiche mal saisie.', chairPin: CHAIR_PIN });
    const reopen = await lastEntry(app.service, 'scores.reopen');
    await app.service.invoke('scores.enterPaper', { sessionId: setup.sessionId, jurorId: setup.jurorIds[1] ?? 0, applicationId: setup.applicationIds[2] ?? 0, answers: fullSheet(setup.grid, 2), chairPin: CHAIR_PIN });

    const check = await app.service.invoke('audit.verify', {});
    expect(check.problems).toEqual([
      `Avis de la séance « ${SESSION} » modifiés hors de l’application entre l’enregistrement d’un avis (entrée n° ${lastAvis.seq} du ${dayOf(lastAvis)}) et l’acte « Fiche d’un juré rouverte » (entrée n° ${reopen.seq} du ${dayOf(reopen)}).`,
    ]);
  });

  it('a truncated log: the chain of what is left holds; the head noted earlier finds it', async () => {
    const app = openTestService();
    await smallLog(app.service, 5);
    const noted = await app.service.invoke('audit.verify', {});
    expect(noted).toMatchObject({ ok: true, head: expect.stringMatching(/^5:[0-9a-f]{64}$/u) as unknown });
    const head = noted.head ?? '';
    await smallLog(app.service, 2);
    withoutTriggers(app.database.sqlite);
    app.database.sqlite.exec('delete from audit_log where seq >= 4');

    expect(verifyAuditLog(app.service.context.db)).toEqual({ ok: true, count: 3 });
    expect((await app.service.invoke('audit.verify', {})).ok).toBe(true);
    const check = await app.service.invoke('audit.verify', { head });
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      `Le journal d’audit s’arrête à l’entrée n° 3, avant la tête notée (entrée n° 5, empreinte ${head.slice(2, 18).toUpperCase().replace(/(.{4})(?!$)/gu, '$1 ')}) : les entrées n° 4 à 5 au moins ont été retirées (journal tronqué).`,
    ]);
  });

  it('a log re-chained after an edit: every hash recomputed, the chain holds; the head noted earlier finds it', async () => {
    const app = openTestService();
    await smallLog(app.service, 4);
    const head = (await app.service.invoke('audit.verify', {})).head ?? '';
    const sqlite = app.database.sqlite;
    withoutTriggers(sqlite);
    // The envelope of the second call, lowered in the table and in its entry, then every hash from there on.
    sqlite.exec("update calls set envelope_cents = 1 where title = 'Appel 2019'");
    const rows = sqlite.prepare('select * from audit_log order by seq').all() as { seq: number; at: string; actor: string; action: string; entity: string; entity_id: string | null; details: string; previous_hash: string | null; hash: string }[];
    let previous: AuditEntry | undefined;
    for (const row of rows) {
      const details = JSON.parse(row.details) as Record<string, JsonValue>;
      if (row.seq === 2) details.envelopeCents = 1;
      const entry = chainAuditEntry(previous, { at: row.at, actor: row.actor, action: row.action, entity: row.entity, entityId: row.entity_id, details }, sha256Hex);
      sqlite.prepare('update audit_log set details = ?, previous_hash = ?, hash = ? where seq = ?').run(JSON.stringify(details), entry.previousHash, entry.hash, row.seq);
      previous = entry;
    }

    expect(verifyAuditLog(app.service.context.db)).toEqual({ ok: true, count: 4 });
    expect((await app.service.invoke('audit.verify', {})).ok).toBe(true);
    const check = await app.service.invoke('audit.verify', { head });
    expect(check.ok).toBe(false);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatch(/^L’entrée n° 4 n’a plus l’empreinte de la tête notée \(entrée n° 4, empreinte [0-9A-F ]{19}\) mais [0-9A-F ]{19} : le journal a été réécrit jusque-là \(entrées modifiées puis rechaînées\)\.$/u);
  });

  it('a deleted log: found with the head noted earlier, and without it from the data only logged acts create', async () => {
    const app = openTestService();
    await smallLog(app.service, 3);
    await app.service.invoke('jurors.create', { name: 'Agnès Martin', role: 'responsable_dispositifs' });
    const head = (await app.service.invoke('audit.verify', {})).head ?? '';
    withoutTriggers(app.database.sqlite);
    app.database.sqlite.exec('delete from audit_log');

    expect(verifyAuditLog(app.service.context.db)).toEqual({ ok: true, count: 0 });
    expect((await app.service.invoke('audit.verify', {})).problems).toEqual([
      'Le journal d’audit est vide alors que la base contient 3 appels à projets, 1 membre du jury, que seuls des actes enregistrés au journal créent : il a été vidé ou supprimé.',
    ]);
    expect((await app.service.invoke('audit.verify', { head })).problems).toEqual([
      `Le journal d’audit est vide alors que la tête notée (entrée n° 4, empreinte ${head.slice(2, 18).toUpperCase().replace(/(.{4})(?!$)/gu, '$1 ')}) montre qu’il en avait 4 au moins : il a été supprimé.`,
    ]);
  });

  it('reads a head the way it is printed: whole, shortened to 16 digits, with the footer’s words', () => {
    const hash = '9f3a01c27b44d0e8'.padEnd(64, '7');
    for (const text of [`1234:${hash}`, '1234:9F3A 01C2 7B44 D0E8', 'Journal n° 1234 · 9F3A 01C2 7B44 D0E8', ' n° 1234 : 9f3a01c27b44d0e8 ']) {
      expect(parseAuditHead(text)).toEqual({ seq: 1234, hashPrefix: text.includes(hash) ? hash : '9f3a01c27b44d0e8' });
    }
    expect(auditHeadLine({ seq: 1234, hash })).toBe('Journal n° 1234 · 9F3A 01C2 7B44 D0E8');
    expect(parseAuditHead(auditHeadLine({ seq: 1234, hash }))).toEqual({ seq: 1234, hashPrefix: '9f3a01c27b44d0e8' });
  });

  it('an empty log of a new base is no finding; a head that is not one is refused in French', async () => {
    const { service } = openTestService();
    expect(await service.invoke('audit.verify', {})).toMatchObject({ ok: true, count: 0, head: null, problems: [] });
    for (const head of ['12', '12:9F3A', 'abc:9F3A01C27B44D0E8', '0:9F3A01C27B44D0E8', '12:9F3A01C27B44D0EG']) {
      const refused = expectFailure(await service.call('audit.verify', { head }));
      expect(refused).toMatchObject({ code: 'validation', message: expect.stringContaining('Tête du journal illisible : attendu N:EMPREINTE') as unknown });
    }
  });
});
