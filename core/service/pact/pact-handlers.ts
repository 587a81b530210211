// The pact referential: list, read, search, import a new versioned pact.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import { pactFileSchema } from '../../domain/pact/pact-file.ts';
import { importPact, sha256, type PactImportOutcome } from '../../../db/queries/pact-import.ts';
import { getPact, listPacts, resolvePactId, searchPact } from '../../../db/queries/pact-read.ts';
import type { ServiceContext } from '../context.ts';
import type { Handlers } from '../handlers.ts';
import { zodIssues } from '../validation.ts';
import type { pactMethods } from './pact-api.ts';
import { pactToCsv, pactToExportJson } from './pact-export.ts';

export const DEFAULT_PACT_FILE = path.join('pact', 'pri-2017-2021.json');

export function importPactContent(context: ServiceContext, content: string): PactImportOutcome {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('validation', `Le fichier n'est pas un JSON valide : ${(error as Error).message}`);
  }
  const parsed = pactFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('validation', "Le fichier n'est pas un référentiel de pacte valide ; rien n'a été importé.", zodIssues(parsed.error));
  }
  return importPact(context.db, parsed.data, sha256(content), context.now().toISOString());
}

/** First run: the app ships the PRI 2017–2021 and loads it when no pact is there yet. */
export function ensureDefaultPact(context: ServiceContext): PactImportOutcome | null {
  if (listPacts(context.db).length > 0) return null;
  const content = readFileSync(path.join(context.resourcesDir, DEFAULT_PACT_FILE), 'utf8');
  return importPactContent(context, content);
}

export const pactHandlers: Handlers<keyof typeof pactMethods> = {
  'pacts.list': (_input, { db }) => listPacts(db),
  'pacts.get': ({ pactId }, { db, now }) => getPact(db, resolvePactId(db, pactId, now().getFullYear())),
  'pacts.search': ({ pactId, text, limit }, { db, now }) => searchPact(db, resolvePactId(db, pactId, now().getFullYear()), text, limit ?? 200),
  'pacts.export': ({ pactId, format }, { db, now }) => {
    const pact = getPact(db, resolvePactId(db, pactId, now().getFullYear()));
    return format === 'json'
      ? { fileName: `${pact.code}.json`, mediaType: 'application/json', content: `${JSON.stringify(pactToExportJson(pact), null, 2)}\n` }
      : { fileName: `${pact.code}.csv`, mediaType: 'text/csv', content: pactToCsv(pact) };
  },
  'pacts.import': ({ content }, context) => importPactContent(context, content),
};
