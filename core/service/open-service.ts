// Opens the database of an app installation and returns the service over it, the referential loaded.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type PacteDatabase } from '../../db/open-database.ts';
import type { ServiceContext } from './context.ts';
import { createService, type InternalErrorReporter, type Service } from './create-service.ts';
import { isStoredCopyReferenced } from '../../db/queries/attachment-queries.ts';
import { sweepPendingCopies } from './attachments/pending-copies.ts';
import { ensureDefaultPact } from './pact/pact-handlers.ts';
import { ensureDefaultGrid } from './sessions/grids-handlers.ts';
import { ensureDefaultIndicators } from './indicators/default-catalogue.ts';
import { ensureDefaultTerritories } from './territories/territories-handlers.ts';

export type OpenServiceOptions = {
  databaseFile: string;
  /** The folder holding package.json, db/migrations and resources/. */
  appRoot: string;
  nativeBinding?: string;
  now?: () => Date;
  reportInternalError?: InternalErrorReporter;
  /** Recorded in histories; defaults to the operating-system user. */
  actor?: string;
  /** See ServiceContext.packKdfCost: tests only. */
  packKdfCost?: number;
  /** How old a pending-copies marker must be before its orphan copies are swept (PENDING_GRACE_MS by default). */
  pendingCopiesGraceMs?: number;
};

export type OpenedService = { service: Service; database: PacteDatabase; close: () => void };

export function openService(options: OpenServiceOptions): OpenedService {
  const now = options.now ?? (() => new Date());
  const database = openDatabase({
    file: options.databaseFile,
    migrationsFolder: path.join(options.appRoot, 'db', 'migrations'),
    now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    const packageJson = JSON.parse(readFileSync(path.join(options.appRoot, 'package.json'), 'utf8')) as { version: string };
    const context: ServiceContext = {
      db: database.db,
      databaseFile: database.file,
      schemaVersion: database.schemaVersion,
      appVersion: packageJson.version,
      resourcesDir: path.join(options.appRoot, 'resources'),
      attachmentsDir: attachmentsDirFor(database.file),
      now,
      actor: options.actor ?? currentUser(),
      ...(options.packKdfCost === undefined ? {} : { packKdfCost: options.packKdfCost }),
    };
    ensureDefaultPact(context);
    ensureDefaultTerritories(context);
    ensureDefaultGrid(context);
    ensureDefaultIndicators(context);
    // Wall-clock time, not context.now: the markers' ages are file times, and tests move now() to past years.
    sweepPendingCopies(context.attachmentsDir, (sha256) => isStoredCopyReferenced(context.db, sha256), Date.now(), options.pendingCopiesGraceMs);
    return { service: createService(context, options.reportInternalError), database, close: database.close };
  } catch (error) {
    database.close();
    throw error;
  }
}

/** `…/pacte.sqlite` keeps its files in `…/pacte-pieces/`: a backup of the folder holding both is complete. */
export function attachmentsDirFor(databaseFile: string): string {
  const parsed = path.parse(databaseFile);
  return path.join(parsed.dir, `${parsed.name}-pieces`);
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    // No passwd entry (some containers): a history row still needs a name.
    return 'utilisateur inconnu';
  }
}
