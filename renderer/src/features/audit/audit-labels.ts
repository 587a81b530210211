// The audit log's words live beside the service, which writes them into the exports too.
export { auditActionLabel, auditEntityLabel } from '../../../../core/service/audit/audit-api.ts';
