// `pacte indicators …` (the common indicators' catalogue: list, import) and `pacte targets …` (a convention's
// targets per year: list, set or remove).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { formatLongDate, parseFrenchNumber } from '../../../core/domain/french-parsing.ts';
import { DIMENSION_LABELS, UNIT_LABELS, type IndicatorDefinition } from '../../../core/domain/indicators/catalogue.ts';
import { targetText } from '../../../core/service/indicators/convention-targets.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { calendarYear } from './convention-option-parsers.ts';
import { frenchDate, positiveInteger, printJson } from './option-parsers.ts';

const AGGREGATION_WORDS: Record<IndicatorDefinition['aggregation'], string> = { sum: 'somme', ratio: 'ratio', derived: 'calculé' };

const REMOVE = 'aucune';

/** `--valeur 24`, `--valeur 12,5`, or `--valeur aucune` to remove the target (commander turns a parsed null into '', hence the word). */
function targetValue(value: string): number | typeof REMOVE {
  if (['aucune', 'aucun', 'rien'].includes(value.trim().toLocaleLowerCase('fr'))) return REMOVE;
  const reading = parseFrenchNumber(value);
  if (!reading.ok) throw new AppError('validation', `--valeur : ${reading.message} (ou « aucune » pour retirer la cible)`);
  return reading.value;
}

function indicatorCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{1,4}\d{2,3}[A-Z]?$/u.test(code)) throw new AppError('validation', `--code : « ${value} » n’est pas un code d’indicateur (par exemple IC01).`);
  return code;
}

export function addIndicatorCommands(program: Command, io: CliIo): void {
  const indicators = frenchSubcommand(program, 'indicators', 'le catalogue des indicateurs communs : lister, importer').usage('[options] <commande>');

  frenchSubcommand(indicators, 'list', 'lister les indicateurs en vigueur (aujourd’hui, ou à une date)')
    .option('--json', 'sortie JSON')
    .option('--date <aaaa-mm-jj>', 'les définitions en vigueur à cette date', frenchDate('--date'))
    .option('--toutes-versions', 'toutes les versions enregistrées, en vigueur ou non')
    .action(async (options: { json?: boolean; date?: string; toutesVersions?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const catalogue = await service.invoke('indicators.list', { ...(options.date ? { asOf: options.date } : {}), ...(options.toutesVersions ? { allVersions: true } : {}) });
        if (options.json) {
          return printJson(
            io.stdout,
            catalogue.rows.map((row) => ({
              code: row.code,
              label: row.label,
              unit: row.unit,
              aggregation: row.aggregation,
              breakdowns: row.breakdowns,
              version: row.version,
              kind: row.kind,
              ...(options.toutesVersions ? { inForce: row.inForce, validFrom: row.validFrom, validTo: row.validTo } : {}),
            })),
          );
        }
        io.stdout(`Indicateurs en vigueur le ${formatLongDate(catalogue.asOf)} : ${catalogue.rows.filter((row) => row.inForce).length}\n`);
        for (const row of catalogue.rows) {
          const breakdowns = row.breakdowns.length > 0 ? row.breakdowns.map((dimension) => DIMENSION_LABELS[dimension]).join(', ') : 'aucune';
          const state = options.toutesVersions && !row.inForce ? ' (hors vigueur)' : '';
          io.stdout(`${row.code} v${row.version}\t${row.label}\t${UNIT_LABELS[row.unit] ?? row.unit}\t${AGGREGATION_WORDS[row.aggregation]}\tventilations : ${breakdowns}${state}\n`);
        }
      }),
    );

  frenchSubcommand(indicators, 'import <fichier>', 'importer un autre catalogue (fichier JSON au format de resources/indicators) : tout ou rien')
    .option('--json', 'sortie JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (error) {
        throw new AppError('file_unreadable', `Impossible de lire « ${file} » : ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : (error as Error).message}.`);
      }
      await withService(command, io, async ({ service }) => {
        const report = await service.invoke('indicators.import', { content });
        if (options.json) return printJson(io.stdout, report);
        io.stdout(
          report.status === 'created'
            ? `Catalogue ${report.catalogueKey} importé : ${report.created.map((entry) => `${entry.code} v${entry.version}`).join(', ')} ajouté(s), ${report.unchanged} déjà présent(s).\n`
            : `Catalogue ${report.catalogueKey} déjà présent à l’identique : rien n’a changé.\n`,
        );
      });
    });

  const targets = frenchSubcommand(program, 'targets', 'les cibles des indicateurs d’une convention, par année').usage('[options] <commande>');

  frenchSubcommand(targets, 'list', 'les cibles d’une convention, année par année')
    .requiredOption('--convention <numéro>', 'numéro (id) de la convention', positiveInteger('--convention'))
    .option('--json', 'sortie JSON')
    .action(async (options: { convention: number; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const sheet = await service.invoke('targets.list', { conventionId: options.convention });
        if (options.json) return printJson(io.stdout, sheet);
        io.stdout(`Convention ${sheet.number}\n`);
        for (const year of sheet.years) {
          const set = year.indicators.filter((indicator) => indicator.target !== null);
          io.stdout(`\n${year.year} : ${set.length === 0 ? 'aucune cible' : `${set.length} cible(s)`}\n`);
          for (const indicator of set) io.stdout(`  ${indicator.code}\t${indicator.label}\t${targetText(indicator.target ?? 0, indicator.unit)}\n`);
        }
        if (sheet.proposed.length > 0) {
          io.stdout('\nIndicateurs proposés dans la demande :\n');
          for (const proposed of sheet.proposed) io.stdout(`  - ${proposed.label}${proposed.target ? ` : ${proposed.target}` : ''}\n`);
        }
      }),
    );

  frenchSubcommand(targets, 'set', 'fixer (ou retirer avec --valeur aucune) la cible d’un indicateur pour une année')
    .requiredOption('--convention <numéro>', 'numéro (id) de la convention', positiveInteger('--convention'))
    .requiredOption('--year <aaaa>', 'année de la convention', calendarYear('--year'))
    .requiredOption('--code <code>', 'code de l’indicateur (IC01…)', indicatorCode)
    .requiredOption('--valeur <nombre>', 'la cible (12 ou 12,5), ou « aucune » pour la retirer', targetValue)
    .option('--json', 'sortie JSON')
    .action(async (options: { convention: number; year: number; code: string; valeur: number | typeof REMOVE; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const sheet = await service.invoke('targets.set', { conventionId: options.convention, year: options.year, code: options.code, value: options.valeur === REMOVE ? null : options.valeur });
        if (options.json) return printJson(io.stdout, sheet);
        const indicator = sheet.years.find((entry) => entry.year === options.year)?.indicators.find((entry) => entry.code === options.code);
        io.stdout(
          indicator?.target == null
            ? `Convention ${sheet.number} : pas de cible ${options.year} pour ${options.code}.\n`
            : `Convention ${sheet.number} : cible ${options.year} de ${options.code} = ${targetText(indicator.target, indicator.unit)}.\n`,
        );
      }),
    );
}
