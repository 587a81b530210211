// `pacte sessions create|list|show|status|export`: the sittings of the CAI, as the manager prepares them.
import { Option, type Command } from 'commander';
import { formatFrenchDate } from '../../../core/domain/french-parsing.ts';
import { formatEuros } from '../../../core/domain/money.ts';
import { CONFLICT_TYPE_LABELS, MEMBER_ATTENDANCE_LABELS, SESSION_STATUS_LABELS, type SessionDetail, type SessionStatus, type SessionSummary } from '../../../core/service/sessions/sessions-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { addSessionExportCommand } from './export-commands.ts';
import { frenchDate, positiveInteger, positiveIntegers, printJson } from './option-parsers.ts';

function describeSession(session: SessionSummary): string {
  const place = session.place ? ` à ${session.place}` : '';
  return `${session.id}\t${formatFrenchDate(session.heldOn)}${place}\t${session.title}${session.isDemo ? ' [démonstration]' : ''}\t${SESSION_STATUS_LABELS[session.status]}\t${session.callTitle}\t${session.memberCount} membre(s), ${session.agendaCount} dossier(s)`;
}

/** The session as the minutes would open: who sat, whether the quorum is reached, what is discussed. */
export function printSession(io: CliIo, session: SessionDetail): void {
  io.stdout(`${describeSession(session)}\nGrille : ${session.grid.title} (version ${session.grid.version})\n${session.quorum.statement}\n`);
  io.stdout('Jury :\n');
  for (const member of session.members) {
    const representedBy = session.members.find((other) => other.id === member.representedByJurorId);
    const attendance = `${MEMBER_ATTENDANCE_LABELS[member.attendance]}${representedBy ? ` par ${representedBy.name}` : ''}`;
    const flags = [member.isChair ? 'président' : '', member.isPermanent ? 'titulaire' : 'suppléant', member.hasPin ? 'PIN défini' : 'sans PIN'].filter(Boolean).join(', ');
    io.stdout(`  ${member.id}\t${member.name}\t${attendance}\t${flags}\t${member.submittedCount} / ${member.toScoreCount} fiche(s) soumise(s)\n`);
  }
  io.stdout(session.agenda.length === 0 ? 'Ordre du jour vide.\n' : 'Ordre du jour :\n');
  for (const item of session.agenda) {
    const conflicted = item.conflictedJurorIds.length > 0 ? `\tconflit : ${item.conflictedJurorIds.map((id) => session.members.find((member) => member.id === id)?.name ?? `n° ${id}`).join(', ')}` : '';
    io.stdout(`  ${item.position}.\t${item.applicationId}\t${item.title}\t${item.providerName}\tdemandé ${formatEuros(item.requestedCents)}${item.leverNumber === null ? '' : `\tlevier ${item.leverNumber}`}${conflicted}\n`);
  }
  if (session.conflicts.length > 0) io.stdout('Conflits d’intérêts :\n');
  for (const conflict of session.conflicts) {
    const target = conflict.applicationTitle !== null ? `dossier « ${conflict.applicationTitle} »` : `prestataire « ${conflict.providerName ?? ''} »`;
    io.stdout(`  ${conflict.id}\t${conflict.jurorName}\t${target}\t${CONFLICT_TYPE_LABELS[conflict.type]}${conflict.isPinned ? ' (confirmé par le président)' : ''}${conflict.note ? `\t${conflict.note}` : ''}\n`);
  }
}

export function addSessionCommands(program: Command, io: CliIo): Command {
  const sessions = frenchSubcommand(program, 'sessions', 'les séances de la CAI : créer, lister, afficher, présences, ordre du jour, codes PIN').usage('[options] <commande>');

  frenchSubcommand(sessions, 'list', 'lister les séances, de la plus récente à la plus ancienne')
    .option('--appel <numéro>', 'seulement les séances de cet appel à projets', positiveInteger('--appel'))
    .option('--json', 'sortie JSON')
    .action(async (options: { appel?: number; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const list = await service.invoke('sessions.list', options.appel ? { callId: options.appel } : {});
        if (options.json) return printJson(io.stdout, list);
        if (list.length === 0) return io.stdout('Aucune séance. Créez-en une avec « pacte sessions create ».\n');
        for (const session of list) io.stdout(`${describeSession(session)}\n`);
      }),
    );

  frenchSubcommand(sessions, 'create', 'créer une séance (en préparation), avec la grille par défaut')
    .requiredOption('--appel <numéro>', 'appel à projets examiné', positiveInteger('--appel'))
    .requiredOption('--titre <texte>', 'intitulé de la séance')
    .requiredOption('--date <jj/mm/aaaa>', 'date de la séance', frenchDate('--date'))
    .option('--lieu <texte>', 'lieu de la séance')
    .option('--jure <numéros...>', 'membres du jury convoqués (numéros, à répéter ou à la suite)', positiveIntegers('--jure'), [])
    .option('--president <numéro>', 'président du jury (l’un des membres convoqués)', positiveInteger('--president'))
    .option('--json', 'sortie JSON')
    .action(async (options: { appel: number; titre: string; date: string; lieu?: string; jure: number[]; president?: number; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const session = await service.invoke('sessions.create', {
          callId: options.appel,
          title: options.titre,
          heldOn: options.date,
          place: options.lieu ?? '',
          jurorIds: options.jure,
          chairJurorId: options.president ?? null,
        });
        if (options.json) return printJson(io.stdout, session);
        io.stdout(`Séance n° ${session.id} créée.\n`);
        printSession(io, session);
      }),
    );

  frenchSubcommand(sessions, 'show <numéro>', 'afficher une séance : jury, présences, quorum, ordre du jour, conflits')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const session = await service.invoke('sessions.get', { id: positiveInteger('numéro')(idText) });
        if (options.json) return printJson(io.stdout, session);
        printSession(io, session);
      }),
    );

  frenchSubcommand(sessions, 'status', 'faire avancer une séance : notation, délibération, close (ou la rouvrir avec un motif)')
    .requiredOption('--seance <numéro>', 'séance', positiveInteger('--seance'))
    .addOption(new Option('--statut <statut>', 'nouveau statut').choices(Object.keys(SESSION_STATUS_LABELS)).makeOptionMandatory())
    .option('--motif <texte>', 'motif (obligatoire pour rouvrir une séance close)')
    .option('--json', 'sortie JSON')
    .action(async (options: { seance: number; statut: SessionStatus; motif?: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const session = await service.invoke('sessions.setStatus', { sessionId: options.seance, status: options.statut, reason: options.motif ?? '' });
        if (options.json) return printJson(io.stdout, session);
        io.stdout(`La séance n° ${session.id} est maintenant ${SESSION_STATUS_LABELS[session.status]}.\n`);
      }),
    );
  addSessionExportCommand(sessions, io);
  return sessions;
}
