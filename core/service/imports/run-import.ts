// One import, start to end: read the file, check every row of every sheet, decide what each row
// does, and only then — when committing, and allowed — write it all in one transaction.
import { AppError } from '../../domain/app-error.ts';
import { getApplication } from '../../../db/queries/application-read.ts';
import { findApplicationByIdentity, loadImportReferences } from '../../../db/queries/import-references.ts';
import { writeImport } from '../../../db/queries/import-write.ts';
import { getProvider } from '../../../db/queries/provider-queries.ts';
import type { z } from 'zod';
import { makeBackup } from '../backup/backup-make.ts';
import type { ServiceContext } from '../context.ts';
import { deferWrite, type DeferredWrite } from '../deferred-write.ts';
import { planApplications } from './application-rows.ts';
import { COLUMNS, SHEET_NAMES } from './columns.ts';
import { applicationFieldsOf, providerFieldsOf } from './compare.ts';
import type { ImportCounts, ImportReport, importRunSchema } from './imports-api.ts';
import { planProviders, type WriteStatus } from './provider-rows.ts';
import { readImportFile } from './read-file.ts';
import { matchSheet } from './validate-rows.ts';

function count(statuses: { providers: WriteStatus[]; applications: WriteStatus[] }, wanted: WriteStatus): ImportCounts {
  return {
    providers: statuses.providers.filter((status) => status === wanted).length,
    applications: statuses.applications.filter((status) => status === wanted).length,
  };
}

export async function runImport(input: z.output<typeof importRunSchema>, context: ServiceContext): Promise<DeferredWrite<ImportReport>> {
  const { db } = context;
  const sheets = await readImportFile(Buffer.from(input.contentBase64, 'base64'), input.fileName, input.csvKind);
  const providerSheet = sheets.find((sheet) => sheet.kind === 'providers');
  const applicationSheet = sheets.find((sheet) => sheet.kind === 'applications');
  const callId = input.callId ?? null;
  if (applicationSheet && callId === null) {
    throw new AppError('validation', 'Ce fichier contient des dossiers : indiquez l’appel à projets auquel les rattacher.', [{ path: 'callId', message: 'Appel à projets requis pour importer des dossiers.' }]);
  }
  const references = loadImportReferences(db, callId);

  const providerMatch = providerSheet ? matchSheet(providerSheet, SHEET_NAMES.providers, COLUMNS.providers) : null;
  const applicationMatch = applicationSheet ? matchSheet(applicationSheet, SHEET_NAMES.applications, COLUMNS.applications) : null;

  const providers = planProviders(providerMatch?.matched ?? null, references, (id) => providerFieldsOf(getProvider(db, id)));
  const applications = planApplications(applicationMatch?.matched ?? null, references, providers, {
    findByIdentity: (providerId, titleKey) => (callId === null ? undefined : findApplicationByIdentity(db, callId, providerId, titleKey)),
    storedFields: (id) => applicationFieldsOf(getApplication(db, id)),
  });

  const errors = [...(providerMatch?.errors ?? []), ...providers.errors, ...(applicationMatch?.errors ?? []), ...applications.errors];
  const warnings = [...(providerMatch?.warnings ?? []), ...providers.warnings, ...(applicationMatch?.warnings ?? []), ...applications.warnings];
  const statuses = { providers: providers.planned.map((row) => row.status), applications: applications.planned.map((row) => row.status) };

  // By default one wrong row stops the whole file: half a file imported is harder to fix than none.
  const committed = input.mode === 'commit' && (errors.length === 0 || input.validOnly);
  const writes = statuses.providers.concat(statuses.applications).some((status) => status !== 'unchanged');
  // A whole file is the riskiest write a person does: the base as it was is kept first.
  if (committed && writes && context.databaseFile !== ':memory:') await makeBackup(context, { reason: 'avant-import' });
  const report: ImportReport = {
    created: count(statuses, 'created'),
    updated: count(statuses, 'updated'),
    unchanged: count(statuses, 'unchanged'),
    errors,
    warnings,
    rows: [...providers.rows, ...applications.rows],
    committed,
  };
  // The rows and the import's audit entry, in the one transaction `call()` opens for this write.
  return deferWrite(() => {
    if (committed) {
      writeImport(
        db,
        {
          providers: providers.planned.map((row) => ({ existingId: row.existingId, unchanged: row.status === 'unchanged', fields: row.fields })),
          applications: applications.planned.filter((row) => row.status !== 'unchanged').map((row) => ({ existingId: row.existingId, provider: row.provider, fields: row.fields })),
        },
        context.now().toISOString(),
        context.actor,
      );
    }
    return report;
  });
}
