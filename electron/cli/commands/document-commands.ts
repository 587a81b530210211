// `pacte documents …`: writes the PDF documents of a CAI session to files.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { shortFingerprint } from '../../../core/documents/fingerprint.ts';
import type { GeneratedDocument } from '../../../core/service/api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';

function positiveId(option: string) {
  return (value: string): number => {
    const id = Number(value);
    if (!Number.isInteger(id) || id <= 0) throw new AppError('validation', `${option} : « ${value} » n’est pas un numéro.`);
    return id;
  };
}

function writeDocument(io: CliIo, out: string, document: GeneratedDocument, json: boolean | undefined): void {
  if (!out.toLowerCase().endsWith('.pdf')) throw new AppError('validation', `--out : « ${out} » doit se terminer par .pdf.`);
  const file = path.resolve(out);
  const bytes = Buffer.from(document.contentBase64, 'base64');
  writeFileSync(file, bytes);
  const summary = { file, bytes: bytes.length, reference: document.reference, dataSha256: document.dataSha256 };
  io.stdout(json ? `${JSON.stringify(summary, null, 2)}\n` : `Document écrit : ${file} (${bytes.length} octets, réf. ${document.reference}, empreinte ${shortFingerprint(document.dataSha256)}).\n`);
}

export function addDocumentCommands(program: Command, io: CliIo): void {
  const documents = frenchSubcommand(program, 'documents', 'les documents PDF d’une séance de la CAI').usage('[options] <commande>');

  frenchSubcommand(documents, 'releve', 'écrire le relevé d’avis de la séance')
    .requiredOption('--session <id>', 'numéro de la séance', positiveId('--session'))
    .requiredOption('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: { session: number; out: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => writeDocument(io, options.out, await service.invoke('documents.releve', { sessionId: options.session }), options.json)),
    );
}
