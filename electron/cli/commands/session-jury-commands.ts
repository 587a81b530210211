// `pacte sessions attend|agenda|pin` and `pacte conflicts declare`: the jury on the day of the session.
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { CONFLICT_TYPE_LABELS, MEMBER_ATTENDANCE_LABELS, type ConflictType, type MemberAttendance } from '../../../core/service/sessions/sessions-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { positiveInteger, positiveIntegers, printJson } from './option-parsers.ts';
import { printSession } from './session-commands.ts';
import { CHAIR_PIN_ENV, MEMBER_PIN_ENV, optionalPin, pinHelp, requiredPin } from '../cli-pins.ts';

const ATTENDANCE_CHOICES = Object.keys(MEMBER_ATTENDANCE_LABELS).filter((attendance) => attendance !== 'convoque');

export function addSessionJuryCommands(program: Command, sessions: Command, io: CliIo): void {
  frenchSubcommand(sessions, 'attend', 'noter la présence d’un membre du jury')
    .requiredOption('--seance <numéro>', 'séance', positiveInteger('--seance'))
    .requiredOption('--jure <numéro>', 'membre du jury', positiveInteger('--jure'))
    .addOption(new Option('--presence <présence>', 'présence').choices(ATTENDANCE_CHOICES).makeOptionMandatory())
    .option('--represente-par <numéro>', 'membre présent qui le représente (avec --presence represente)', positiveInteger('--represente-par'))
    .option('--json', 'sortie JSON')
    .action(async (options: { seance: number; jure: number; presence: MemberAttendance; representePar?: number; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const session = await service.invoke('sessions.setAttendance', {
          sessionId: options.seance,
          jurorId: options.jure,
          attendance: options.presence,
          representedByJurorId: options.representePar ?? null,
        });
        if (options.json) return printJson(io.stdout, session);
        const member = session.members.find((candidate) => candidate.id === options.jure);
        io.stdout(`${member?.name ?? `Membre n° ${options.jure}`} : ${MEMBER_ATTENDANCE_LABELS[options.presence].toLowerCase()}.\n${session.quorum.statement}\n`);
      }),
    );

  frenchSubcommand(sessions, 'agenda', 'composer l’ordre du jour : le remplir avec les dossiers recevables, ou le fixer dossier par dossier')
    .requiredOption('--seance <numéro>', 'séance', positiveInteger('--seance'))
    .option('--remplir', 'ajouter tous les dossiers recevables de l’appel qui n’y sont pas encore (par prestataire, puis titre)')
    .option('--dossier <numéros...>', 'l’ordre du jour complet, dans l’ordre de passage', positiveIntegers('--dossier'))
    .option('--json', 'sortie JSON')
    .action(async (options: { seance: number; remplir?: boolean; dossier?: number[]; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        if (options.remplir && options.dossier) throw new AppError('validation', 'Choisissez --remplir ou --dossier, pas les deux.');
        const session = options.remplir
          ? await service.invoke('sessions.fillAgenda', { sessionId: options.seance })
          : options.dossier
            ? await service.invoke('sessions.setAgenda', { sessionId: options.seance, applicationIds: options.dossier })
            : await service.invoke('sessions.get', { id: options.seance });
        if (options.json) return printJson(io.stdout, session);
        printSession(io, session);
      }),
    );

  frenchSubcommand(sessions, 'pin', 'définir le code PIN d’un membre du jury (4 à 8 chiffres), qui ouvre sa fiche de notation')
    .requiredOption('--seance <numéro>', 'séance', positiveInteger('--seance'))
    .requiredOption('--jure <numéro>', 'membre du jury', positiveInteger('--jure'))
    .option('--pin [chiffres]', pinHelp('le nouveau code PIN', MEMBER_PIN_ENV))
    .option('--pin-president [chiffres]', pinHelp('code PIN du président : requis une fois la notation commencée', CHAIR_PIN_ENV))
    .option('--json', 'sortie JSON')
    .action(async (options: { seance: number; jure: number; pin?: string | boolean; pinPresident?: string | boolean; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const pin = requiredPin(io, { option: '--pin', env: MEMBER_PIN_ENV, value: options.pin });
        const chairPin = optionalPin(io, { option: '--pin-president', env: CHAIR_PIN_ENV, value: options.pinPresident });
        const session = await service.invoke('sessions.setPin', { sessionId: options.seance, jurorId: options.jure, pin, ...(chairPin === undefined ? {} : { chairPin }) });
        // The PIN itself is never printed back.
        if (options.json) return printJson(io.stdout, session);
        const member = session.members.find((candidate) => candidate.id === options.jure);
        io.stdout(`Code PIN de ${member?.name ?? `membre n° ${options.jure}`} enregistré.\n`);
      }),
    );

  const conflicts = frenchSubcommand(program, 'conflicts', 'les conflits d’intérêts des membres du jury').usage('[options] <commande>');
  frenchSubcommand(conflicts, 'declare', 'déclarer le conflit d’intérêts d’un membre avec un dossier ou un prestataire')
    .requiredOption('--seance <numéro>', 'séance', positiveInteger('--seance'))
    .requiredOption('--jure <numéro>', 'membre du jury', positiveInteger('--jure'))
    .option('--dossier <numéro>', 'dossier concerné', positiveInteger('--dossier'))
    .option('--prestataire <numéro>', 'prestataire concerné (tous ses dossiers)', positiveInteger('--prestataire'))
    .addOption(new Option('--type <type>', 'nature du conflit').choices(Object.keys(CONFLICT_TYPE_LABELS)).makeOptionMandatory())
    .option('--note <texte>', 'précision')
    .option('--pin-president [chiffres]', pinHelp('code PIN du président : le conflit est confirmé et ne peut être retiré que par lui', CHAIR_PIN_ENV))
    .option('--json', 'sortie JSON')
    .action(
      async (options: { seance: number; jure: number; dossier?: number; prestataire?: number; type: ConflictType; note?: string; pinPresident?: string | boolean; json?: boolean }, command: Command) =>
        withService(command, io, async ({ service }) => {
          const chairPin = optionalPin(io, { option: '--pin-president', env: CHAIR_PIN_ENV, value: options.pinPresident });
          if ((options.dossier === undefined) === (options.prestataire === undefined)) throw new AppError('validation', 'Indiquez --dossier ou --prestataire (l’un des deux).');
          const session = await service.invoke('sessions.declareConflict', {
            sessionId: options.seance,
            jurorId: options.jure,
            applicationId: options.dossier ?? null,
            providerId: options.prestataire ?? null,
            type: options.type,
            note: options.note ?? '',
            ...(chairPin === undefined ? {} : { chairPin }),
          });
          if (options.json) return printJson(io.stdout, session);
          const member = session.members.find((candidate) => candidate.id === options.jure);
          io.stdout(`Conflit d’intérêts de ${member?.name ?? `membre n° ${options.jure}`} enregistré${chairPin === undefined ? '' : ', confirmé par le président'}.\n`);
        }),
    );
}
