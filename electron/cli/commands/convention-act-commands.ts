// `pacte conventions present|validate|sign|start|close|terminate|abandon|update|schedule|bilan|avenant`:
// each act on one convention, with what it needs (deliberation, signatures, reason), logged by the service.
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { formatFrenchDate } from '../../../core/domain/french-parsing.ts';
import { formatEuros } from '../../../core/domain/money.ts';
import { CONVENTION_INSTRUMENT_LABELS, CONVENTION_STATUS_LABELS, SCHEDULE_KIND_LABELS, type ConventionDetail, type ConventionInstrument } from '../../../core/service/conventions/conventions-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { calendarYear, checkTotalMatchesYears, euros, percentage, yearAmounts, type YearAmount } from './convention-option-parsers.ts';
import { conventionState, detailJson, withConventionService } from './convention-output.ts';
import { frenchDate, positiveInteger, printJson } from './option-parsers.ts';

type Json = { json?: boolean };
const conventionId = positiveInteger('numéro');

/** What every act prints: the convention as the issue's JSON, or one French sentence and where the convention stands. */
function printAct(io: CliIo, detail: ConventionDetail, json: boolean | undefined, sentence: string, more: string[] = []): void {
  if (json) return printJson(io.stdout, detailJson(detail));
  io.stdout(`${sentence}\n${more.map((line) => `  ${line}\n`).join('')}${conventionState(detail)}\n`);
}

const nowStatus = (detail: ConventionDetail) => `La convention ${detail.number} est maintenant au statut « ${CONVENTION_STATUS_LABELS[detail.status]} ».`;

function addStatusActs(conventions: Command, io: CliIo): void {
  frenchSubcommand(conventions, 'present <numéro>', 'présenter une convention au conseil d’administration (son échéancier doit tomber juste)')
    .option('--motif <texte>', 'note jointe à l’acte, consignée dans l’historique')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { motif?: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('conventions.present', { id: conventionId(idText), reason: options.motif ?? '' });
        printAct(io, detail, options.json, nowStatus(detail));
      }),
    );

  frenchSubcommand(conventions, 'validate <numéro>', 'enregistrer la validation par le conseil d’administration : numéro et date de la délibération')
    .requiredOption('--deliberation <référence>', 'numéro de la délibération du CA')
    .requiredOption('--date <jj/mm/aaaa>', 'date de la délibération', frenchDate('--date'))
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { deliberation: string; date: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('conventions.validate', { id: conventionId(idText), deliberationRef: options.deliberation, deliberationOn: options.date });
        printAct(io, detail, options.json, `${nowStatus(detail)} Délibération n° ${options.deliberation} du ${formatFrenchDate(options.date)}.`);
      }),
    );

  frenchSubcommand(conventions, 'sign <numéro>', 'enregistrer les signatures (jamais avant la délibération du CA) ; celle du prestataire peut manquer pour un arrêté attributif')
    .option('--signature-prestataire <jj/mm/aaaa>', 'date de signature du prestataire', frenchDate('--signature-prestataire'))
    .requiredOption('--signature-ccas <jj/mm/aaaa>', 'date de signature du CCAS', frenchDate('--signature-ccas'))
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { signaturePrestataire?: string; signatureCcas: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('conventions.sign', { id: conventionId(idText), signedProviderOn: options.signaturePrestataire ?? null, signedCcasOn: options.signatureCcas });
        printAct(io, detail, options.json, nowStatus(detail));
      }),
    );

  frenchSubcommand(conventions, 'start <numéro>', 'passer une convention signée « en cours » (le premier versement le fait aussi)')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('conventions.start', { id: conventionId(idText) });
        printAct(io, detail, options.json, nowStatus(detail));
      }),
    );

  frenchSubcommand(conventions, 'close <numéro>', 'clôturer une convention : refusé tant qu’il reste de l’argent à verser ou un reversement attendu')
    .option('--motif <texte>', 'note jointe à la clôture, consignée dans l’historique')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { motif?: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('conventions.close', { id: conventionId(idText), reason: options.motif ?? '' });
        printAct(io, detail, options.json, nowStatus(detail));
      }),
    );

  for (const [name, method, description] of [
    ['terminate', 'conventions.terminate', 'résilier une convention signée ou en cours, avec son motif'],
    ['abandon', 'conventions.abandon', 'abandonner une convention pas encore signée, avec son motif'],
  ] as const) {
    frenchSubcommand(conventions, `${name} <numéro>`, description)
      .requiredOption('--motif <texte>', 'motif, consigné dans l’historique')
      .option('--json', 'sortie JSON')
      .action(async (idText: string, options: { motif: string } & Json, command: Command) =>
        withConventionService(command, io, async ({ service }) => {
          const detail = await service.invoke(method, { id: conventionId(idText), reason: options.motif });
          printAct(io, detail, options.json, nowStatus(detail));
        }),
      );
  }
}

type UpdateOptions = { objet?: string; objetPublie?: string; debut?: string; fin?: string; instrument?: ConventionInstrument; montant?: number; annee?: YearAmount[]; motif: string } & Json;

/** The years to save: given one by one, or the new amount of a one-year convention (a multi-year one must say each year). */
async function yearsOfUpdate(read: () => Promise<ConventionDetail>, montant: number | undefined, annee: YearAmount[] | undefined): Promise<YearAmount[] | undefined> {
  checkTotalMatchesYears(montant, annee);
  if (annee !== undefined || montant === undefined) return annee;
  const detail = await read();
  const only = detail.years.length === 1 ? detail.years[0] : undefined;
  if (!only) throw new AppError('validation', `La convention ${detail.number} est pluriannuelle : indiquez le montant de chaque année avec --annee AAAA=MONTANT.`);
  return [{ year: only.year, amountCents: montant }];
}

function addChangeActs(conventions: Command, io: CliIo): void {
  frenchSubcommand(conventions, 'update <numéro>', 'corriger une convention avant la validation par le CA (ensuite, seulement par avenant) ; le motif est consigné')
    .option('--objet <texte>', 'objet de la convention')
    .option('--objet-publie <texte>', 'objet publié dans le fichier national des subventions (256 caractères au plus)')
    .option('--debut <jj/mm/aaaa>', 'date de début', frenchDate('--debut'))
    .option('--fin <jj/mm/aaaa>', 'date de fin', frenchDate('--fin'))
    .addOption(new Option('--instrument <acte>', 'convention de financement, ou arrêté attributif (23 000 € par an au plus pour le prestataire)').choices(Object.keys(CONVENTION_INSTRUMENT_LABELS)))
    .option('--montant <montant>', 'nouveau montant d’une convention annuelle, par exemple « 12 000 »', euros('--montant'))
    .option('--annee <année=montant...>', 'montant d’une année (pluriannuelle : chaque année), par exemple 2018=12 000 2019=13 000', yearAmounts('--annee'))
    .requiredOption('--motif <texte>', 'motif de la correction, consigné dans l’historique')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: UpdateOptions, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const id = conventionId(idText);
        const changes = [options.objet, options.objetPublie, options.debut, options.fin, options.instrument, options.montant, options.annee];
        if (changes.every((value) => value === undefined)) {
          throw new AppError('validation', 'Rien à corriger : indiquez --objet, --objet-publie, --debut, --fin, --instrument, --montant ou --annee.');
        }
        const years = await yearsOfUpdate(() => service.invoke('conventions.get', { id }), options.montant, options.annee);
        const detail = await service.invoke('conventions.update', {
          id,
          reason: options.motif,
          ...(options.objet === undefined ? {} : { object: options.objet }),
          ...(options.objetPublie === undefined ? {} : { openDataObject: options.objetPublie }),
          ...(options.debut === undefined ? {} : { startsOn: options.debut }),
          ...(options.fin === undefined ? {} : { endsOn: options.fin }),
          ...(options.instrument === undefined ? {} : { instrument: options.instrument }),
          ...(years === undefined ? {} : { years }),
        });
        printAct(io, detail, options.json, `Convention ${detail.number} corrigée (${CONVENTION_INSTRUMENT_LABELS[detail.instrument].toLowerCase()}, du ${formatFrenchDate(detail.startsOn)} au ${formatFrenchDate(detail.endsOn)}).`);
      }),
    );

  frenchSubcommand(conventions, 'schedule <numéro>', 'refaire l’échéancier avec un autre pourcentage d’avance à la signature, le solde après le bilan (avant la validation par le CA)')
    .requiredOption('--avance <pourcentage>', 'avance à la signature, en % du montant de chaque année (par exemple 70 ou 62,5)', percentage('--avance'))
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { avance: number } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('conventions.resplit', { id: conventionId(idText), advancePercent: options.avance });
        const lines = detail.schedule.filter((line) => line.supersededBy === null).map((line) => `${line.rank}. ${SCHEDULE_KIND_LABELS[line.kind]} ${line.year} : ${formatEuros(line.plannedCents)}`);
        printAct(io, detail, options.json, `Échéancier de ${detail.number} refait avec une avance de ${options.avance.toLocaleString('fr-FR')} % :`, lines);
      }),
    );

  frenchSubcommand(conventions, 'bilan <numéro>', 'enregistrer l’acceptation du bilan d’une année : le solde de cette année devient exigible')
    .requiredOption('--annee <AAAA>', 'année du bilan', calendarYear('--annee'))
    .requiredOption('--date <jj/mm/aaaa>', 'date d’acceptation du bilan', frenchDate('--date'))
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { annee: number; date: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('conventions.acceptBilan', { id: conventionId(idText), year: options.annee, acceptedOn: options.date });
        printAct(io, detail, options.json, `Bilan ${options.annee} de ${detail.number} accepté le ${formatFrenchDate(options.date)}.`);
      }),
    );

  frenchSubcommand(conventions, 'avenant <numéro>', 'passer un avenant à une convention signée : une nouvelle version ; les échéances non versées qu’il remplace restent, remplacées')
    .option('--montant <montant>', 'nouveau montant total (convention annuelle), par exemple « 16 000 »', euros('--montant'))
    .option('--annee <année=montant...>', 'nouveau montant d’une année (pluriannuelle : chaque année), par exemple 2019=8 000', yearAmounts('--annee'))
    .option('--fin <jj/mm/aaaa>', 'nouvelle date de fin', frenchDate('--fin'))
    .option('--objet <texte>', 'nouvel objet')
    .requiredOption('--motif <texte>', 'motif de l’avenant')
    .option('--deliberation <référence>', 'numéro de la délibération du CA qui approuve l’avenant')
    .option('--date-deliberation <jj/mm/aaaa>', 'date de cette délibération', frenchDate('--date-deliberation'))
    .option('--signature <jj/mm/aaaa>', 'date de signature de l’avenant', frenchDate('--signature'))
    .option('--json', 'sortie JSON')
    .action(
      async (
        idText: string,
        options: { montant?: number; annee?: YearAmount[]; fin?: string; objet?: string; motif: string; deliberation?: string; dateDeliberation?: string; signature?: string } & Json,
        command: Command,
      ) =>
        withConventionService(command, io, async ({ service }) => {
          checkTotalMatchesYears(options.montant, options.annee);
          if ((options.deliberation === undefined) !== (options.dateDeliberation === undefined)) {
            throw new AppError('validation', 'Indiquez la délibération de l’avenant avec sa date : --deliberation et --date-deliberation vont ensemble.');
          }
          const detail = await service.invoke('conventions.amend', {
            id: conventionId(idText),
            reason: options.motif,
            ...(options.montant === undefined ? {} : { totalCents: options.montant }),
            ...(options.annee === undefined ? {} : { years: options.annee }),
            ...(options.fin === undefined ? {} : { endsOn: options.fin }),
            ...(options.objet === undefined ? {} : { object: options.objet }),
            deliberationRef: options.deliberation ?? null,
            deliberationOn: options.dateDeliberation ?? null,
            signedOn: options.signature ?? null,
          });
          const avenant = detail.avenants.at(-1);
          const changes = (avenant?.changes ?? []).map((change) => `${change.label} : ${change.before} → ${change.after}`);
          printAct(io, detail, options.json, `Avenant n° ${avenant?.rank ?? '?'} à ${detail.number} enregistré :`, changes);
        }),
    );
}

export function addConventionActCommands(conventions: Command, io: CliIo): void {
  addStatusActs(conventions, io);
  addChangeActs(conventions, io);
}
