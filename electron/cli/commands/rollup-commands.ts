// `pacte rollup …` (the common indicators rolled up by lever, objective, territory, provider or year) and
// `pacte export indicators …` (every validated figure of a year in long format, .xlsx or .csv).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { achievement, formatFigure, formatPercent, formatRate, ROLLUP_AXES, ROLLUP_AXIS_LABELS, type RollupAxis } from '../../../core/domain/indicators/rollup.ts';
import type { RollupRow } from '../../../core/service/rollups/rollups-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { calendarYear } from './convention-option-parsers.ts';
import { printJson } from './option-parsers.ts';

type RollupOptions = { by: RollupAxis; year?: number; code?: string; includeReceived?: boolean; secondary?: boolean; json?: boolean };

function indicatorCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{1,4}\d{2,3}[A-Z]?$/u.test(code)) throw new AppError('validation', `--code : « ${value} » n’est pas un code d’indicateur (par exemple IC12).`);
  return code;
}

/** Columns padded to their widest cell; figures aligned on the right. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths = headers.map((header, index) => Math.max(header.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => (rightAligned.has(index) ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** A row as the table prints it: a rate as "89,2 % (91 / 102)", a target with its achievement. */
function tableCells(row: RollupRow, isRatio: boolean): string[] {
  const label = row.label.length > 48 ? `${row.label.slice(0, 47)}…` : row.label;
  const value = isRatio ? formatPercent(row.value) : formatFigure(row.value);
  const rate = row.numerator !== null && row.denominator !== null ? formatRate(row.numerator, row.denominator) : '';
  const target = row.target === null ? '' : `${formatFigure(row.target)} (${formatPercent(achievement(row.value, row.target))})`;
  return [row.key || '—', label, row.code, value, rate, target, String(row.bilans)];
}

function addRollupCommand(program: Command, io: CliIo): void {
  frenchSubcommand(program, 'rollup', 'les indicateurs communs agrégés (bilans validés) par levier, objectif, territoire, prestataire ou année')
    .addOption(new Option('--by <axe>', 'axe : lever (levier), objective (objectif opérationnel principal), territory (quartier), provider (prestataire), year (année)').choices(ROLLUP_AXES).makeOptionMandatory())
    .option('--year <AAAA>', 'année des bilans (sinon toutes)', calendarYear('--year'))
    .option('--code <code>', 'un seul indicateur (IC12…)', indicatorCode)
    .option('--include-received', 'compter aussi les bilans reçus, pas encore validés')
    .option('--secondary', 'par objectif : les objectifs secondaires des actions (présentés à part, jamais ajoutés aux principaux)')
    .option('--json', 'sortie JSON')
    .action(async (options: RollupOptions, command: Command) =>
      withService(command, io, async ({ service }) => {
        if (options.secondary && options.by !== 'objective') throw new AppError('validation', '--secondary ne vaut que pour --by objective.');
        const rows = await service.invoke('rollups.get', {
          by: options.by,
          ...(options.year !== undefined ? { year: options.year } : {}),
          ...(options.code !== undefined ? { code: options.code } : {}),
          includeReceived: options.includeReceived === true,
          secondary: options.secondary === true,
        });
        if (options.json) {
          return printJson(
            io.stdout,
            rows.map(({ key, label, code, value, numerator, denominator, target, participations }) => ({ key, label, code, value, numerator, denominator, target, participations })),
          );
        }
        const counted = options.includeReceived ? 'bilans validés et reçus' : 'bilans validés';
        const scope = `${options.year !== undefined ? `Année ${options.year}` : 'Toutes années'} — ${counted}`;
        if (rows.length === 0) {
          io.stdout(`${scope} : aucun chiffre (aucun bilan ${options.includeReceived ? 'validé ni reçu' : 'validé'}${options.code ? ` pour ${options.code}` : ''}).\n`);
          return;
        }
        const { indicators } = await service.invoke('rollups.getOptions', {});
        const ratios = new Set(indicators.filter((indicator) => indicator.aggregation === 'ratio').map((indicator) => indicator.code));
        const headers = [ROLLUP_AXIS_LABELS[options.by], 'Libellé', 'Code', 'Valeur', 'Taux (num. / dén.)', 'Cible (atteinte)', 'Bilans'];
        io.stdout(`${scope}, par ${ROLLUP_AXIS_LABELS[options.by].toLocaleLowerCase('fr')}${options.secondary ? ' (objectifs secondaires)' : ''}\n\n`);
        io.stdout(`${textTable(headers, rows.map((row) => tableCells(row, ratios.has(row.code))), new Set([3, 4, 5, 6]))}\n\n`);
        io.stdout('Les personnes sont des participations : une personne suivie par deux actions compte deux fois. Les taux sont des rapports de sommes.\n');
      }),
    );
}

type ExportOptions = { year: number; out: string; json?: boolean };

function addIndicatorsExport(program: Command, io: CliIo): void {
  const exports = program.commands.find((command) => command.name() === 'export');
  if (!exports) throw new Error('The `export` command must be registered before the indicators export.');
  frenchSubcommand(exports, 'indicators', 'écrire les indicateurs des bilans validés d’une année, un chiffre par ligne (.xlsx ou .csv)')
    .requiredOption('--year <AAAA>', 'année des bilans', calendarYear('--year'))
    .requiredOption('--out <fichier>', 'fichier à écrire : .xlsx (classeur) ou .csv (point-virgule, virgule décimale, pour Excel)')
    .option('--json', 'sortie JSON')
    .action(async (options: ExportOptions, command: Command) => {
      const extension = path.extname(options.out).slice(1).toLowerCase();
      if (extension !== 'xlsx' && extension !== 'csv') throw new AppError('validation', `--out : « ${options.out} » doit se terminer par .xlsx ou .csv.`);
      await withService(command, io, async ({ service }) => {
        const file = await service.invoke('exports.indicators', { year: options.year, format: extension });
        const target = path.resolve(options.out);
        const bytes = Buffer.from(file.contentBase64, 'base64');
        try {
          writeFileSync(target, bytes);
        } catch (error) {
          throw new AppError('file_unwritable', `Impossible d’écrire « ${target} » : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
        }
        if (options.json) return printJson(io.stdout, { file: target, rows: file.rowCount, bytes: bytes.length });
        io.stdout(`Indicateurs ${options.year} écrits dans « ${target} » : ${file.rowCount} ligne${file.rowCount > 1 ? 's' : ''}.\n`);
      });
    });
}

/** `pacte rollup` and, under the existing `pacte export`, `indicators`: call after addExportCommands. */
export function addRollupCommands(program: Command, io: CliIo): void {
  addRollupCommand(program, io);
  addIndicatorsExport(program, io);
}
