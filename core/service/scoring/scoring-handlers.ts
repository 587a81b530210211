// Jury scoring: jury mode, the chair's acts, results and avis, paper sheets from a CSV.
import type { Handlers } from '../handlers.ts';
import { chairHandlers } from './chair-handlers.ts';
import { csvImportHandlers } from './csv-import-handlers.ts';
import { juryHandlers } from './jury-handlers.ts';
import { resultsHandlers } from './results-handlers.ts';
import type { scoringMethods } from './scoring-api.ts';

export const scoringHandlers: Handlers<keyof typeof scoringMethods> = { ...juryHandlers, ...chairHandlers, ...resultsHandlers, ...csvImportHandlers };
