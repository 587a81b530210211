// `pacte user show|set`: who uses this computer — the person the CLI's acts are attributed to, as the app's.
import type { Command } from 'commander';
import type { LocalUser } from '../../../core/service/settings/local-user-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { printJson } from './option-parsers.ts';

function describeUser(user: LocalUser): string {
  return user.role === '' ? user.name : `${user.name} (${user.role})`;
}

export function addUserCommands(program: Command, io: CliIo): void {
  const user = frenchSubcommand(program, 'user', 'qui utilise cet ordinateur : les actes faits ici sont enregistrés à son nom').usage('[options] <commande>');

  frenchSubcommand(user, 'show', 'afficher l’utilisateur de ce poste')
    .option('--json', 'sortie JSON ({ user: { name, role } | null, recordedAs })')
    .action(async (options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const current = await service.invoke('settings.localUser', {});
        if (options.json) return printJson(io.stdout, current);
        if (!current.user) {
          return io.stdout(`Aucun utilisateur n’est défini pour ce poste : les actes sont enregistrés au nom du compte du système « ${current.recordedAs} ». Définissez-le avec « pacte user set --name … ».\n`);
        }
        io.stdout(`Utilisateur de ce poste : ${describeUser(current.user)}\n`);
      }),
    );

  frenchSubcommand(user, 'set', 'définir l’utilisateur de ce poste (nom, et fonction si voulu)')
    .requiredOption('--name <nom>', 'prénom et nom (120 caractères au plus)')
    .option('--role <fonction>', 'fonction, par exemple « chargée de mission insertion » (vide : aucune)', '')
    .option('--json', 'sortie JSON')
    .action(async (options: { name: string; role: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const saved = await service.invoke('settings.saveLocalUser', { name: options.name, role: options.role });
        if (options.json) return printJson(io.stdout, saved);
        io.stdout(`Utilisateur de ce poste : ${describeUser(saved)}. Les actes faits ici sont désormais enregistrés à ce nom.\n`);
      }),
    );
}
