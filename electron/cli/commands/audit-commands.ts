// `pacte audit verify|list|export`: checks the chain of the audit log, lists its entries and writes
// them to a spreadsheet, with the same filters as the audit screen.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { auditActionLabel, type AuditFiltersInput } from '../../../core/service/audit/audit-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { frenchDate, positiveInteger, printJson } from './option-parsers.ts';

type FilterOptions = { from?: string; to?: string; actor?: string; action?: string; entity?: string; search?: string };

function withFilters(command: Command): Command {
  return command
    .option('--from <JJ/MM/AAAA>', 'entrées de ce jour ou après', frenchDate('--from'))
    .option('--to <JJ/MM/AAAA>', 'entrées de ce jour ou avant', frenchDate('--to'))
    .option('--actor <nom>', 'personne : tout ou partie du nom (accents et majuscules ignorés)')
    .option('--action <code>', 'opération, par son code (ex. sessions.setAvis)')
    .option('--entity <objet>', 'objet, par son code (ex. applications, sessions)')
    .option('--search <texte>', 'texte cherché dans l’opération, la personne et les détails');
}

function filtersOf(options: FilterOptions): AuditFiltersInput {
  const { from, to, actor, action, entity, search } = options;
  return Object.fromEntries(Object.entries({ from, to, actor, action, entity, search }).filter(([, value]) => value !== undefined));
}

function localDateTime(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function addAuditCommands(program: Command, io: CliIo): void {
  const audit = frenchSubcommand(program, 'audit', 'le journal d’audit : vérifier sa chaîne, lister ses entrées, les exporter').usage('[options] <commande>');

  frenchSubcommand(audit, 'verify', 'vérifier le journal d’audit : sa chaîne, les données de chaque décision scellée, et la tête notée (code de sortie 1 sinon)')
    .option('--head <N:EMPREINTE>', 'tête notée plus tôt (pied de page d’un document, manifeste d’une sauvegarde) : trouve un journal tronqué, réécrit ou supprimé depuis')
    .option('--json', 'sortie JSON')
    .action(async (options: { head?: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const check = await service.invoke('audit.verify', options.head === undefined ? {} : { head: options.head });
        if (options.json) io.stdout(`${JSON.stringify(check, null, 2)}\n`);
        else if (check.ok) io.stdout(`${check.message}\n${check.head ? `Tête du journal : ${check.head}\n` : ''}`);
        if (check.ok) return;
        const [only] = check.problems;
        if (check.problems.length === 1 && only !== undefined) throw new AppError('audit_broken', only);
        throw new AppError(
          'audit_broken',
          `Journal d’audit altéré : ${check.problems.length} anomalies.`,
          check.problems.map((message) => ({ path: '', message })),
        );
      }),
    );

  withFilters(frenchSubcommand(audit, 'list', 'lister les entrées du journal, de la plus récente à la plus ancienne'))
    .option('--limite <n>', 'nombre d’entrées', positiveInteger('--limite'), 20)
    .option('--json', 'sortie JSON ({ total, overall, items, counts, choices })')
    .action(async (options: FilterOptions & { limite: number; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const list = await service.invoke('audit.list', { limit: Math.min(options.limite, 1000), filters: filtersOf(options) });
        if (options.json) return printJson(io.stdout, list);
        if (list.overall === 0) return io.stdout('Le journal d’audit est vide.\n');
        if (list.total === 0) return io.stdout(`Aucune entrée ne correspond à ces filtres (${list.overall} au total).\n`);
        for (const entry of list.items) {
          io.stdout(`${entry.seq}\t${localDateTime(entry.at)}\t${entry.actor}\t${auditActionLabel(entry.action)} (${entry.action})${entry.entityId ? `\t${entry.entity} n° ${entry.entityId}` : ''}\n`);
        }
        io.stdout(`${list.items.length} affichée${list.items.length > 1 ? 's' : ''} sur ${list.total} correspondante${list.total > 1 ? 's' : ''} (${list.overall} au total).\n`);
      }),
    );

  withFilters(frenchSubcommand(audit, 'export', 'écrire les entrées filtrées dans un tableur (.csv ou .xlsx), de la plus ancienne à la plus récente'))
    .addOption(new Option('--format <format>', 'format du fichier (par défaut : l’extension de --out)').choices(['csv', 'xlsx']))
    .requiredOption('--out <fichier>', 'fichier à écrire')
    .action(async (options: FilterOptions & { format?: 'csv' | 'xlsx'; out: string }, command: Command) => {
      const extension = path.extname(options.out).toLowerCase().slice(1);
      const format = options.format ?? (extension === 'csv' || extension === 'xlsx' ? extension : undefined);
      if (!format) throw new AppError('validation', `--format csv ou xlsx, ou un fichier --out en .csv ou .xlsx (reçu « ${options.out} »).`);
      const file = await withService(command, io, ({ service }) => service.invoke('audit.export', { filters: filtersOf(options), format }));
      writeFileSync(options.out, Buffer.from(file.contentBase64, 'base64'));
      io.stdout(`${file.count} entrée${file.count > 1 ? 's' : ''} du journal écrite${file.count > 1 ? 's' : ''} dans ${options.out}\n`);
    });
}
