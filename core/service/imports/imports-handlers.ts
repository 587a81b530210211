// Spreadsheet import: hand out the template, and preview or commit a filled-in file.
import { listTerritories } from '../../../db/queries/territory-queries.ts';
import type { Handlers } from '../handlers.ts';
import type { importsMethods } from './imports-api.ts';
import { runImport } from './run-import.ts';
import { buildTemplate } from './template.ts';

export const importsHandlers: Handlers<keyof typeof importsMethods> = {
  'imports.template': async ({ format }, { db }) => {
    const template = await buildTemplate(format, { territories: listTerritories(db, false) });
    return { fileName: template.fileName, mediaType: template.mediaType, contentBase64: Buffer.from(template.bytes).toString('base64') };
  },
  'imports.run': (input, context) => runImport(input, context),
};
