// The audit log, newest first, and the check of its chain.
import { count, desc } from 'drizzle-orm';
import { auditLog } from '../../../db/schema/audit.ts';
import type { Handlers } from '../handlers.ts';
import type { auditMethods } from './audit-api.ts';
import { verifyAuditLog } from './audit-log.ts';

export const auditHandlers: Handlers<keyof typeof auditMethods> = {
  'audit.list': ({ limit, offset }, { db }) => {
    const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
    const rows = db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(limit).offset(offset).all();
    return { total, items: rows.map(({ previousHash: _previous, details, ...row }) => ({ ...row, details: JSON.parse(details) as unknown })) };
  },
  'audit.verify': (_input, { db }) => {
    const check = verifyAuditLog(db);
    const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
    if (check.ok) return { ok: true, count: check.count, message: `Journal d’audit intègre : ${check.count} entrée${check.count > 1 ? 's' : ''} vérifiée${check.count > 1 ? 's' : ''}.` };
    return { ok: false, count: total, brokenSeq: check.brokenSeq, message: `Journal d’audit altéré à l’entrée n° ${check.brokenSeq} : ${check.reason}` };
  },
};
