// `pacte jurors add|list`: the members of the CAI's jury, kept from one year to the next.
import { Option, type Command } from 'commander';
import { JUROR_ROLE_LABELS, type Juror, type JurorRole } from '../../../core/service/jurors/jurors-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { printJson } from './option-parsers.ts';

export function describeJuror(juror: Juror): string {
  const organisation = juror.organisation ? ` (${juror.organisation})` : '';
  return `${juror.id}\t${juror.name}${organisation}${juror.isDemo ? ' [démonstration]' : ''}\t${JUROR_ROLE_LABELS[juror.role]}\t${juror.isPermanent ? 'titulaire' : 'suppléant'}${juror.email ? `\t${juror.email}` : ''}`;
}

export function addJurorCommands(program: Command, io: CliIo): void {
  const jurors = frenchSubcommand(program, 'jurors', 'les membres du jury : ajouter, lister').usage('[options] <commande>');

  frenchSubcommand(jurors, 'list', 'lister les membres du jury, par nom')
    .option('--json', 'sortie JSON')
    .action(async (options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const list = await service.invoke('jurors.list', {});
        if (options.json) return printJson(io.stdout, list);
        if (list.length === 0) return io.stdout('Aucun membre du jury. Ajoutez-en un avec « pacte jurors add ».\n');
        for (const juror of list) io.stdout(`${describeJuror(juror)}\n`);
      }),
    );

  frenchSubcommand(jurors, 'add', 'ajouter un membre du jury')
    .requiredOption('--nom <nom>', 'prénom et nom')
    .addOption(new Option('--role <rôle>', 'rôle au sein du jury').choices(Object.keys(JUROR_ROLE_LABELS)).makeOptionMandatory())
    .option('--organisation <texte>', 'organisme représenté')
    .option('--suppleant', 'membre suppléant (par défaut : titulaire, compté pour le quorum)')
    .option('--email <adresse>', 'adresse électronique')
    .option('--json', 'sortie JSON')
    .action(async (options: { nom: string; role: JurorRole; organisation?: string; suppleant?: boolean; email?: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const juror = await service.invoke('jurors.create', {
          name: options.nom,
          role: options.role,
          organisation: options.organisation ?? '',
          isPermanent: !options.suppleant,
          email: options.email ?? null,
        });
        if (options.json) return printJson(io.stdout, juror);
        io.stdout(`Membre du jury n° ${juror.id} ajouté.\n${describeJuror(juror)}\n`);
      }),
    );
}
