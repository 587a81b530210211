// What the crash harness checks once a child was killed: the file is a sound SQLite database
// ("corrupt"), the write is all or nothing ("partial"), and what was written has its audit entry in a
// chain that still verifies ("unaudited"). Attachment files copied before a killed write are counted
// apart: they are not in the database and hold nothing but a pack's own pieces.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openService } from '../../core/service/open-service.ts';
import { repoRoot } from '../support/test-app.ts';
import type { PreparedScenario } from './crash-scenarios.ts';

export type Snapshot = { counts: Record<string, number>; auditSeq: number };
export type Verdict = { corrupt: string | null; partial: string | null; unaudited: string | null; orphanFiles: number };

function countsOf(sqlite: Database.Database): Record<string, number> {
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> 'audit_log' order by name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]));
}

const auditSeqOf = (sqlite: Database.Database) => (sqlite.prepare('select coalesce(max(seq), 0) as seq from audit_log').get() as { seq: number }).seq;

export function snapshot(file: string): Snapshot {
  const sqlite = new Database(file);
  try {
    return { counts: countsOf(sqlite), auditSeq: auditSeqOf(sqlite) };
  } finally {
    sqlite.close();
  }
}

function differing(left: Record<string, number>, right: Record<string, number>): string[] {
  return Object.keys({ ...left, ...right }).filter((name) => left[name] !== right[name]);
}

function orphanFiles(folder: string, sqlite: Database.Database): number {
  const pieces = path.join(folder, 'pacte-pieces');
  const files = existsSync(pieces) ? readdirSync(pieces, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !entry.parentPath.includes('.en-cours')).length : 0;
  const referenced = (sqlite.prepare('select count(distinct sha256) as n from application_attachments').get() as { n: number }).n;
  return Math.max(0, files - referenced);
}

/** One write (an import, a pack): every table as before, or every table as after, and one audit entry exactly when after. */
function wholeWrite(base: Snapshot, after: Snapshot, counts: Record<string, number>, entries: number): Pick<Verdict, 'partial' | 'unaudited'> {
  const fromBase = differing(base.counts, counts);
  const fromAfter = differing(after.counts, counts);
  if (fromBase.length === 0) return { partial: entries > 0 ? `${entries} audit entr(ies) for a write that is not there` : null, unaudited: null };
  if (fromAfter.length === 0) return { partial: null, unaudited: entries === 1 ? null : `the write is there with ${entries} audit entr(ies)` };
  return { partial: `neither before nor after: ${fromAfter.map((name) => `${name} ${base.counts[name]} → ${counts[name]} (whole: ${after.counts[name]})`).join(', ')}`, unaudited: null };
}

/** Answers saved one by one, sheets sealed juror by juror: each answer and each seal has its entry, and a seal covers all of a juror's sheets. */
function scoring(sqlite: Database.Database, base: Snapshot, counts: Record<string, number>, actions: string[]): Pick<Verdict, 'partial' | 'unaudited'> {
  const answers = (counts.score_answers ?? 0) - (base.counts.score_answers ?? 0);
  const saves = actions.filter((action) => action === 'jury.saveAnswer').length;
  const jurors = sqlite.prepare("select juror_id as jurorId, sum(status = 'submitted') as sealed, count(*) as sheets from score_sheets group by juror_id").all() as { jurorId: number; sealed: number; sheets: number }[];
  const halfSealed = jurors.filter((juror) => juror.sealed > 0 && juror.sealed < juror.sheets);
  const sealed = jurors.filter((juror) => juror.sheets > 0 && juror.sealed === juror.sheets).length;
  const submits = actions.filter((action) => action === 'jury.submit').length;
  const partial = [
    saves > answers ? `${saves} saves logged for ${answers} answers` : null,
    halfSealed.length > 0 ? `juror(s) ${halfSealed.map((juror) => juror.jurorId).join(', ')} half sealed` : null,
    submits > sealed ? `${submits} seals logged for ${sealed} sealed jurors` : null,
  ].filter((text) => text !== null);
  const unaudited = [answers > saves ? `${answers} answers for ${saves} saves logged` : null, sealed > submits ? `${sealed} sealed jurors for ${submits} seals logged` : null].filter((text) => text !== null);
  return { partial: partial.join('; ') || null, unaudited: unaudited.join('; ') || null };
}

export async function checkKilled(scenario: PreparedScenario, folder: string, base: Snapshot, after: Snapshot): Promise<Verdict> {
  const file = path.join(folder, 'pacte.sqlite');
  // A plain connection first: SQLite recovers the WAL as it would for the app, then checks every page.
  const sqlite = new Database(file);
  let verdict: Verdict;
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    const foreignKeys = sqlite.pragma('foreign_key_check') as unknown[];
    if (integrity.join() !== 'ok' || foreignKeys.length > 0) {
      return { corrupt: `integrity_check: ${integrity.slice(0, 3).join('; ')}; foreign key problems: ${foreignKeys.length}`, partial: null, unaudited: null, orphanFiles: 0 };
    }
    const counts = countsOf(sqlite);
    const actions = (sqlite.prepare('select action from audit_log where seq > ? order by seq').all(base.auditSeq) as { action: string }[]).map((row) => row.action);
    const writes = scenario.name === 'scoring' ? scoring(sqlite, base, counts, actions) : wholeWrite(base, after, counts, actions.length);
    verdict = { corrupt: null, ...writes, orphanFiles: 0 };
  } finally {
    sqlite.close();
  }
  // Then the app itself on the file: its chain of hashes must verify.
  let opened: ReturnType<typeof openService>;
  try {
    // The killed process is gone for sure: its pending copies are swept now, not ten minutes later.
    opened = openService({ databaseFile: file, appRoot: repoRoot, actor: 'crash-harness', pendingCopiesGraceMs: 0 });
  } catch (error) {
    return { ...verdict, corrupt: `the app cannot open the file: ${(error as Error).message}` };
  }
  try {
    const check = await opened.service.call('audit.verify', {});
    const intact = check.ok && (check.value as { ok: boolean }).ok;
    if (!intact) verdict.unaudited = [verdict.unaudited, `audit chain: ${JSON.stringify(check).slice(0, 200)}`].filter(Boolean).join('; ');
  } finally {
    opened.close();
  }
  // Counted after the app's start: what its sweep of pending copies leaves behind is what a user would keep.
  const reopened = new Database(file, { readonly: true });
  try {
    verdict.orphanFiles = orphanFiles(folder, reopened);
  } finally {
    reopened.close();
  }
  return verdict;
}
