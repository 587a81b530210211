// `pacte applications attach|attachments`: attach a file to an application, and list what it has and lacks.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { formatFileSize } from '../../../core/domain/attachment-file.ts';
import { DOCUMENT_TYPE_LABELS, MAX_ATTACHMENT_BYTES, type AttachmentItem, type DocumentType } from '../../../core/service/attachments/attachments-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
const at = (iso: string) => dateTime.format(new Date(iso));

function applicationNumber(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new AppError('validation', `numéro : « ${value} » n'est pas un numéro de dossier (entier positif).`);
  return number;
}

/** Checked before reading: a 2 Go video given by mistake is refused at once, not loaded into memory. */
function readAttachment(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new AppError('file_unreadable', `Impossible de lire « ${file} » : ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : (error as Error).message}.`);
  }
  if (size > MAX_ATTACHMENT_BYTES) throw new AppError('validation', `« ${path.basename(file)} » est trop volumineux (${formatFileSize(size)}) : 20 Mo au plus.`);
  return readFileSync(file).toString('base64');
}

function describeAttachment(item: AttachmentItem): string {
  const line = `${item.id}\t${DOCUMENT_TYPE_LABELS[item.documentType]}\t${item.fileName}\t${formatFileSize(item.sizeBytes)}\tajoutée le ${at(item.addedAt)} par ${item.addedBy}\tSHA-256 ${item.sha256}`;
  return item.isRemoved && item.removedAt ? `${line}\t[retirée le ${at(item.removedAt)} par ${item.removedBy ?? '?'} : ${item.removedReason}]` : line;
}

export function addAttachmentCommands(program: Command, io: CliIo): void {
  const applications = program.commands.find((command) => command.name() === 'applications');
  if (!applications) throw new Error('CLI command applications must be declared before its attachment subcommands');

  frenchSubcommand(applications, 'attach <numéro> <fichier>', 'joindre un fichier à un dossier (il est copié dans le stockage de l’application)')
    .addOption(new Option('--type <type>', 'type de pièce').choices(Object.keys(DOCUMENT_TYPE_LABELS)).makeOptionMandatory())
    .option('--json', 'sortie JSON')
    .action(async (idText: string, file: string, options: { type: DocumentType; json?: boolean }, command: Command) => {
      const applicationId = applicationNumber(idText);
      const contentBase64 = readAttachment(file);
      const item = await withService(command, io, ({ service }) => service.invoke('attachments.add', { applicationId, documentType: options.type, fileName: path.basename(file), contentBase64 }));
      if (options.json) return io.stdout(`${JSON.stringify(item, null, 2)}\n`);
      io.stdout(`Pièce n° ${item.id} jointe au dossier n° ${applicationId} : ${item.fileName} (${DOCUMENT_TYPE_LABELS[item.documentType]}, ${formatFileSize(item.sizeBytes)}, SHA-256 ${item.sha256}).\n`);
    });

  frenchSubcommand(applications, 'attachments <numéro>', 'lister les pièces d’un dossier et celles qui manquent')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { json?: boolean }, command: Command) => {
      const list = await withService(command, io, ({ service }) => service.invoke('attachments.list', { applicationId: applicationNumber(idText) }));
      if (options.json) return io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      io.stdout('Pièces demandées :\n');
      for (const line of list.required) {
        const mark = line.isPresent ? '[x]' : line.isRequired ? '[ ]' : '[-]';
        io.stdout(`  ${mark} ${line.label}${line.isPresent ? '' : line.isRequired ? ' (manquante)' : ' (non demandée)'}\n`);
      }
      if (list.items.length === 0) return io.stdout('Aucune pièce jointe.\n');
      io.stdout('Pièces jointes :\n');
      for (const item of list.items) io.stdout(`  ${describeAttachment(item)}\n`);
    });
}
