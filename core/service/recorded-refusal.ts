// A refusal that must leave a trace: a wrong PIN is refused (the call's transaction rolls back), yet the
// count of failures and an audit entry saying someone tried must stay. call() writes the record in a
// transaction of its own, after the rollback, then returns the refusal.
import { AppError } from '../domain/app-error.ts';
import type { JsonValue } from '../domain/jury/audit-chain.ts';

export type RefusalRecord = {
  /** The audit action, e.g. 'sessions.pinRefused'; labelled in audit-api.ts. */
  action: string;
  entity: string;
  entityId: string | null;
  details: JsonValue;
  /** The rows that keep the refusal's effect (the failure count), written with the audit entry. */
  write: () => void;
};

export class RecordedRefusal extends AppError {
  readonly record: RefusalRecord;

  constructor(refusal: AppError, record: RefusalRecord) {
    super(refusal.code, refusal.message, refusal.issues);
    this.name = 'RecordedRefusal';
    this.record = record;
  }
}
