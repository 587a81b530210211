// `pacte audit verify|list`: checks the chain of the audit log, and shows its latest entries.
import type { Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';

export function addAuditCommands(program: Command, io: CliIo): void {
  const audit = frenchSubcommand(program, 'audit', 'le journal d’audit : vérifier sa chaîne, lister ses entrées').usage('[options] <commande>');

  frenchSubcommand(audit, 'verify', 'vérifier que le journal d’audit n’a pas été modifié (code de sortie 1 sinon)')
    .option('--json', 'sortie JSON')
    .action(async (options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const check = await service.invoke('audit.verify', {});
        if (options.json) io.stdout(`${JSON.stringify(check, null, 2)}\n`);
        else if (check.ok) io.stdout(`${check.message}\n`);
        if (!check.ok) throw new AppError('audit_broken', check.message);
      }),
    );

  frenchSubcommand(audit, 'list', 'lister les dernières entrées du journal, de la plus récente à la plus ancienne')
    .option('--limite <n>', 'nombre d’entrées', (value) => Number(value), 20)
    .option('--json', 'sortie JSON')
    .action(async (options: { limite: number; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const list = await service.invoke('audit.list', { limit: options.limite });
        if (options.json) return io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        if (list.total === 0) return io.stdout('Le journal d’audit est vide.\n');
        for (const entry of list.items) io.stdout(`${entry.seq}\t${entry.at}\t${entry.actor}\t${entry.action}${entry.entityId ? ` n° ${entry.entityId}` : ''}\n`);
      }),
    );
}
