// `pacte grids list|show|import`: the evaluation grids. A grid is never rewritten: importing a grid
// into an existing family makes its next version, and a version already used for scores stays frozen.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { evaluationGridSchema, parseGrid } from '../../../core/domain/jury/grid.ts';
import type { GridSummary } from '../../../core/service/sessions/sessions-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { positiveInteger, printJson } from './option-parsers.ts';

function describeGrid(grid: GridSummary): string {
  return `${grid.id}\t${grid.family} v${grid.version}\t${grid.title}\t${grid.criteriaCount} critères${grid.isFrozen ? '\tfigée (déjà utilisée pour noter)' : ''}`;
}

function readGridFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AppError('validation', `Fichier illisible : « ${file} ».`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, '')) as unknown;
  } catch {
    throw new AppError('validation', `« ${file} » n’est pas un fichier JSON valide.`);
  }
}

export function addGridCommands(program: Command, io: CliIo): void {
  const grids = frenchSubcommand(program, 'grids', 'les grilles d’évaluation : lister, afficher, importer une nouvelle version').usage('[options] <commande>');

  frenchSubcommand(grids, 'list', 'lister les grilles, version par version')
    .option('--json', 'sortie JSON')
    .action(async (options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const list = await service.invoke('grids.list', {});
        if (options.json) return printJson(io.stdout, list);
        for (const grid of list) io.stdout(`${describeGrid(grid)}\n`);
      }),
    );

  frenchSubcommand(grids, 'show <numéro>', 'afficher une grille : critères, coefficients, échelle et descripteurs (--json : le fichier réimportable)')
    .option('--json', 'sortie JSON (la définition de la grille)')
    .action(async (idText: string, options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const grid = await service.invoke('grids.get', { id: positiveInteger('numéro')(idText) });
        if (options.json) return printJson(io.stdout, grid.definition);
        io.stdout(`${grid.title} — ${grid.family} version ${grid.version}${grid.isFrozen ? ' (figée)' : ''}\n`);
        for (const criterion of grid.definition.criteria) {
          io.stdout(`\n${criterion.label} (coefficient ${criterion.weight}${criterion.allowsNotApplicable ? ', « non applicable » permis' : ''}${criterion.commentRequiredBelow === null ? '' : `, commentaire obligatoire sous ${criterion.commentRequiredBelow}`})\n`);
          if (criterion.description) io.stdout(`  ${criterion.description}\n`);
          for (const level of criterion.scale.levels) io.stdout(`  ${level.value} — ${level.descriptor}\n`);
        }
      }),
    );

  frenchSubcommand(grids, 'import <fichier.json>', 'importer une grille : nouvelle famille, ou nouvelle version d’une famille existante (--famille)')
    .option('--famille <nom>', 'famille dont la grille devient la version suivante (par exemple pacte-defaut)')
    .option('--json', 'sortie JSON')
    .action(async (file: string, options: { famille?: string; json?: boolean }, command: Command) => {
      const json = readGridFile(file);
      const reading = parseGrid(json);
      if (!reading.ok) throw new AppError('validation', `Grille refusée : ${reading.problems.length} problème(s).`, reading.problems.map((message) => ({ path: '', message })));
      return withService(command, io, async ({ service }) => {
        const saved = await service.invoke('grids.save', { definition: evaluationGridSchema.parse(json), ...(options.famille ? { family: options.famille } : {}) });
        if (options.json) return printJson(io.stdout, saved);
        io.stdout(`Grille enregistrée : ${describeGrid(saved)}\n`);
      });
    });
}
