// The audit log: read it, and check its chain of hashes (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

export type AuditLogEntry = { seq: number; at: string; actor: string; action: string; entity: string; entityId: string | null; details: unknown; hash: string };
export type AuditVerification = { ok: true; count: number; message: string } | { ok: false; count: number; brokenSeq: number; message: string };

export const auditMethods = {
  'audit.list': defineMethod<{ total: number; items: AuditLogEntry[] }>()(
    z.object({ limit: z.number().int().min(1).max(1000).default(100), offset: z.number().int().min(0).default(0) }).strict(),
  ),
  'audit.verify': defineMethod<AuditVerification>()(z.object({}).strict()),
};
