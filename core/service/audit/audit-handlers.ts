// The audit log, newest first and filtered, its export, and its verification (chain, head, decisions).
import type { Handlers } from '../handlers.ts';
import type { auditMethods } from './audit-api.ts';
import { buildAuditExport } from './audit-export.ts';
import { allMatchingAudit, listAudit } from './audit-query.ts';
import { verifyAudit } from './audit-verify.ts';

export const auditHandlers: Handlers<keyof typeof auditMethods> = {
  'audit.list': ({ limit, offset, filters }, { db }) => listAudit(db, filters, { limit, offset }),
  'audit.export': ({ filters, format }, { db, now }) => buildAuditExport(allMatchingAudit(db, filters), filters, format, now()),
  'audit.verify': ({ head }, { db }) => verifyAudit(db, head),
};
