// Opens the service for one CLI run on the database chosen by --db, PACTE_DB or the user data folder.
import type { Command } from 'commander';
import { openService, type OpenedService } from '../../core/service/open-service.ts';
import { resolveDatabaseFile } from '../common/app-paths.ts';
import type { CliIo } from './cli-io.ts';

export function openCliService(command: Command, io: CliIo): OpenedService {
  const { db } = command.optsWithGlobals<{ db?: string }>();
  return openService({
    databaseFile: resolveDatabaseFile(db, io.env),
    appRoot: io.appRoot,
    reportInternalError: (method, error) => io.stderr(`Erreur interne dans ${method} : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
  });
}

/** Runs `work` with the service open, and closes the database whatever happens. */
export async function withService<T>(command: Command, io: CliIo, work: (opened: OpenedService) => Promise<T>): Promise<T> {
  const opened = openCliService(command, io);
  try {
    return await work(opened);
  } finally {
    opened.close();
  }
}
