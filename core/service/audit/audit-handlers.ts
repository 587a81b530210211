// The audit log, newest first and filtered, its export, and the check of its chain.
import { count } from 'drizzle-orm';
import { auditLog } from '../../../db/schema/audit.ts';
import type { Handlers } from '../handlers.ts';
import type { auditMethods } from './audit-api.ts';
import { buildAuditExport } from './audit-export.ts';
import { verifyAuditLog } from './audit-log.ts';
import { allMatchingAudit, listAudit } from './audit-query.ts';

export const auditHandlers: Handlers<keyof typeof auditMethods> = {
  'audit.list': ({ limit, offset, filters }, { db }) => listAudit(db, filters, { limit, offset }),
  'audit.export': ({ filters, format }, { db, now }) => buildAuditExport(allMatchingAudit(db, filters), filters, format, now()),
  'audit.verify': (_input, { db }) => {
    const check = verifyAuditLog(db);
    const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
    if (check.ok) return { ok: true, count: check.count, message: `Journal d’audit intègre : ${check.count} entrée${check.count > 1 ? 's' : ''} vérifiée${check.count > 1 ? 's' : ''}.` };
    return { ok: false, count: total, brokenSeq: check.brokenSeq, message: `Journal d’audit altéré à l’entrée n° ${check.brokenSeq} : ${check.reason}` };
  },
};
