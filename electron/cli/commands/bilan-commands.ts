// `pacte bilans list|show|validate|reject|incomplete|dispense|appraisal` and `pacte documents bilan`: the yearly
// bilans' lifecycle from a terminal (the workbook's commands hang under the same `bilans` parent).
import type { Command } from 'commander';
import { formatFrenchDate } from '../../../core/domain/french-parsing.ts';
import { formatEuros } from '../../../core/domain/money.ts';
import { BILAN_STATUS_LABELS, type BilanDetail, type BilanList, type BilanStatus } from '../../../core/service/bilans/bilans-api.ts';
import { AppError } from '../../../core/domain/app-error.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { calendarYear } from './convention-option-parsers.ts';
import { withConventionService } from './convention-output.ts';
import { positiveId, writeDocument } from './document-output.ts';
import { frenchDate, positiveInteger, printJson } from './option-parsers.ts';

type Json = { json?: boolean };
const bilanId = positiveInteger('numéro du bilan');
const date = (iso: string | null) => (iso === null ? '—' : formatFrenchDate(iso));

const STATUS_KEYS = Object.keys(BILAN_STATUS_LABELS) as BilanStatus[];

function bilanStatus(value: string): BilanStatus {
  const key = value.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') as BilanStatus;
  if (!STATUS_KEYS.includes(key)) throw new AppError('validation', `--status : « ${value} » n’est pas un statut de bilan (${STATUS_KEYS.join(', ')}).`);
  return key;
}

function printList(io: CliIo, list: BilanList): void {
  const { counts } = list;
  for (const row of list.rows) {
    const late = row.late ? ' — EN RETARD' : '';
    io.stdout(`${row.id === null ? '   —' : String(row.id).padStart(4)}  ${row.conventionNumber}  ${row.year}  ${BILAN_STATUS_LABELS[row.status].padEnd(9)}  échéance ${date(row.dueOn)}${late}  ${row.providerName} — ${row.actionTitle}\n`);
  }
  const shown = list.rows.length < list.total ? ` (${list.rows.length} affichés)` : '';
  io.stdout(`${list.total} bilan${list.total > 1 ? 's' : ''}${shown}. Sur la période : ${STATUS_KEYS.map((key) => `${BILAN_STATUS_LABELS[key].toLowerCase()} ${counts[key]}`).join(' · ')} · en retard ${counts.late}.\n`);
}

function printDetail(io: CliIo, detail: BilanDetail): void {
  const lines = [
    `Bilan ${detail.year} de la convention ${detail.conventionNumber}${detail.id === null ? ' (attendu, rien de reçu)' : ` (n° ${detail.id})`}`,
    `  ${detail.providerName} — ${detail.actionTitle}`,
    detail.lever ? `  Levier ${detail.lever.number} : ${detail.lever.title}${detail.objective ? ` ; objectif ${detail.objective.code} ${detail.objective.title}` : ''}` : null,
    `  Statut : ${BILAN_STATUS_LABELS[detail.status]}${detail.statusReason ? ` (${detail.statusReason})` : ''}${detail.decidedOn ? `, décidé le ${date(detail.decidedOn)} par ${detail.decidedBy ?? '—'}` : ''}`,
    `  Échéance : ${date(detail.dueOn)}${detail.late ? ' — EN RETARD' : ''} ; reçu le ${date(detail.receivedOn)}`,
    `  Montant de l’année : ${formatEuros(detail.amountCents)} ; solde libéré : ${detail.bilanAcceptedOn ? `le ${date(detail.bilanAcceptedOn)}` : 'non'}`,
    `  Contenu : ${detail.valueCount} valeur(s) d’indicateurs, ${detail.financialLineCount} ligne(s) du compte rendu financier`,
    detail.appraisal ? `  Appréciation : ${detail.appraisal}` : null,
    ...detail.history.map((entry) => `  ${date(entry.at.slice(0, 10))} ${entry.actor} : ${entry.summary}${entry.reason ? ` — ${entry.reason}` : ''}`),
  ];
  io.stdout(`${lines.filter((line) => line !== null).join('\n')}\n`);
}

function printAct(io: CliIo, detail: BilanDetail, json: boolean | undefined, sentence: string): void {
  if (json) return printJson(io.stdout, detail);
  io.stdout(`${sentence}\n`);
  printDetail(io, detail);
}

/** The `bilans` parent command and its lifecycle sub-commands; returned so that the workbook's commands join it. */
export function addBilanCommands(program: Command, io: CliIo): Command {
  const bilans = frenchSubcommand(program, 'bilans', 'les bilans annuels des conventions : liste, décisions, classeur du porteur').usage('[options] <commande>');

  frenchSubcommand(bilans, 'list', 'lister les bilans (attendus compris), par date d’échéance ; les comptes portent sur tous les bilans de la période')
    .option('--year <AAAA>', 'année des bilans', calendarYear('--year'))
    .option('--status <statut>', `statut (${STATUS_KEYS.join(', ')})`, bilanStatus)
    .option('--convention <id>', 'numéro de la convention', positiveId('--convention'))
    .option('--en-retard', 'seulement les bilans en retard (attendus ou incomplets après leur échéance)')
    .option('--limit <n>', 'nombre de bilans au plus (500 par défaut)', positiveInteger('--limit'))
    .option('--offset <n>', 'à partir du combientième (0 par défaut)', (value: string) => (value === '0' ? 0 : positiveInteger('--offset')(value)))
    .option('--json', 'sortie JSON : { rows, total, counts }')
    .action(async (options: { year?: number; status?: BilanStatus; convention?: number; enRetard?: boolean; limit?: number; offset?: number } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const list = await service.invoke('bilans.list', {
          year: options.year,
          status: options.status,
          conventionId: options.convention,
          lateOnly: options.enRetard === true,
          limit: Math.min(options.limit ?? 500, 500),
          offset: options.offset ?? 0,
        });
        if (options.json) printJson(io.stdout, list);
        else printList(io, list);
      }),
    );

  frenchSubcommand(bilans, 'show <numéro>', 'afficher un bilan : convention, statut, échéance, contenu, historique')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('bilans.get', { id: bilanId(idText) });
        if (options.json) printJson(io.stdout, detail);
        else printDetail(io, detail);
      }),
    );

  frenchSubcommand(bilans, 'validate <numéro>', 'valider un bilan reçu (chiffres et compte rendu financier) : le solde de l’année devient payable')
    .option('--date <jj/mm/aaaa>', 'date de la validation (aujourd’hui par défaut)', frenchDate('--date'))
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { date?: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('bilans.validate', { id: bilanId(idText), decidedOn: options.date });
        printAct(io, detail, options.json, `Bilan ${detail.year} de ${detail.conventionNumber} validé : le solde ${detail.year} devient payable.`);
      }),
    );

  for (const [name, method, description, done] of [
    ['reject', 'bilans.reject', 'rejeter un bilan reçu, avec son motif', 'rejeté'],
    ['incomplete', 'bilans.markIncomplete', 'déclarer un bilan reçu incomplet, avec ce qui manque (il est demandé à nouveau au porteur)', 'déclaré incomplet'],
  ] as const) {
    frenchSubcommand(bilans, `${name} <numéro>`, description)
      .requiredOption('--motif <texte>', 'motif, transmis au porteur et imprimé sur la fiche bilan')
      .option('--json', 'sortie JSON')
      .action(async (idText: string, options: { motif: string } & Json, command: Command) =>
        withConventionService(command, io, async ({ service }) => {
          const detail = await service.invoke(method, { id: bilanId(idText), reason: options.motif });
          printAct(io, detail, options.json, `Bilan ${detail.year} de ${detail.conventionNumber} ${done}.`);
        }),
      );
  }

  frenchSubcommand(bilans, 'dispense', 'dispenser une convention de son bilan d’une année (attendu ou incomplet), avec son motif')
    .requiredOption('--convention <id>', 'numéro de la convention', positiveId('--convention'))
    .requiredOption('--year <AAAA>', 'année du bilan', calendarYear('--year'))
    .requiredOption('--motif <texte>', 'motif de la dispense')
    .option('--json', 'sortie JSON')
    .action(async (options: { convention: number; year: number; motif: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('bilans.dispense', { conventionId: options.convention, year: options.year, reason: options.motif });
        printAct(io, detail, options.json, `Bilan ${detail.year} de ${detail.conventionNumber} dispensé.`);
      }),
    );

  frenchSubcommand(bilans, 'appraisal <numéro>', 'enregistrer l’appréciation du gestionnaire (imprimée sur la fiche bilan)')
    .requiredOption('--texte <texte>', 'l’appréciation ; vide pour l’effacer')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { texte: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('bilans.setAppraisal', { id: bilanId(idText), appraisal: options.texte });
        printAct(io, detail, options.json, `Appréciation du bilan ${detail.year} de ${detail.conventionNumber} enregistrée.`);
      }),
    );

  return bilans;
}

/** `pacte documents bilan --bilan ID --out F.pdf`. */
export function addBilanDocumentCommands(documents: Command, io: CliIo): void {
  frenchSubcommand(documents, 'bilan', 'écrire la fiche bilan d’une action : cibles et réalisations, compte rendu financier, appréciation, décision')
    .requiredOption('--bilan <id>', 'numéro du bilan', positiveId('--bilan'))
    .requiredOption('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: { bilan: number; out: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => writeDocument(io, options.out, await service.invoke('documents.ficheBilan', { bilanId: options.bilan }), options.json)),
    );
}
