// Funding applications: record, correct, read, list, and move through their statuses with a trace.
import { AppError } from '../../domain/app-error.ts';
import { statusChangeProblem } from '../../domain/application-status.ts';
import { getApplication, listApplications } from '../../../db/queries/application-read.ts';
import { changeApplicationStatus, saveApplication } from '../../../db/queries/application-write.ts';
import { applicationChecklist } from '../eligibility/eligibility-handlers.ts';
import { recevableRefusal } from '../../domain/eligibility.ts';
import type { Handlers } from '../handlers.ts';
import type { applicationsMethods } from './applications-api.ts';
import { applicationRecord, applicationStatusLock } from './application-record.ts';

export const applicationsHandlers: Handlers<keyof typeof applicationsMethods> = {
  'applications.create': (fields, { db, now, actor }) => applicationRecord(db, saveApplication(db, fields, now().toISOString(), actor)),
  'applications.update': ({ id, ...fields }, { db, now, actor }) => applicationRecord(db, saveApplication(db, fields, now().toISOString(), actor, { id })),
  'applications.get': ({ id }, { db }) => applicationRecord(db, id),
  'applications.list': ({ sort, descending, limit, offset, ...filters }, { db }) => listApplications(db, filters, { sort, descending }, { limit, offset }),
  'applications.setStatus': ({ id, status, reason }, { db, now, actor }) => {
    const current = getApplication(db, id);
    // Once the commission has decided, the file's status is no longer the instruction's to change.
    const lock = applicationStatusLock(db, id);
    if (lock) throw new AppError('precondition', lock, [{ path: 'status', message: lock }]);
    const problem = statusChangeProblem(current.status, status, reason);
    if (problem) throw new AppError('validation', problem, [{ path: 'reason', message: problem }]);
    // Recevable is a finding, not an opinion: the checklist must be satisfied, point by point.
    const refusal = status === 'recevable' ? recevableRefusal(applicationChecklist(db, id)) : null;
    if (refusal) throw new AppError('precondition', refusal, [{ path: 'status', message: refusal }]);
    changeApplicationStatus(db, { id, from: current.status, to: status, reason, actor, at: now().toISOString() });
    return applicationRecord(db, id);
  },
};
