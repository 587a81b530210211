// `pacte documents …`: writes the PDF documents of a CAI session to files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { shortFingerprint } from '../../../core/documents/fingerprint.ts';
import type { GeneratedDocument } from '../../../core/service/api.ts';
import type { Service } from '../../../core/service/create-service.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { positiveId, writeDocument } from './document-output.ts';
import { addConventionDocumentCommands } from './convention-document-commands.ts';
import { addPactReviewDocumentCommands } from './pact-review-commands.ts';
import { addBilanDocumentCommands } from './bilan-commands.ts';

/**
 * The avis techniques: with --out FILE.pdf, one document (the application's, or all combined); with a
 * folder, one PDF per application under its own name, the folder created if needed.
 */
async function writeAvis(io: CliIo, service: Service, options: { session: number; application?: number; out: string; json?: boolean }): Promise<void> {
  const toFile = options.out.toLowerCase().endsWith('.pdf');
  const written: { file: string; document: GeneratedDocument }[] = [];
  const inFolder = (documents: GeneratedDocument[]) => {
    const folder = path.resolve(options.out);
    mkdirSync(folder, { recursive: true });
    for (const document of documents) written.push({ file: path.join(folder, document.fileName), document });
  };
  if (options.application !== undefined) {
    const document = await service.invoke('documents.avis', { sessionId: options.session, applicationId: options.application });
    if (toFile) written.push({ file: path.resolve(options.out), document });
    else inFolder([document]);
  } else {
    const series = await service.invoke('documents.avisAll', { sessionId: options.session, combined: toFile });
    if (series.combined) written.push({ file: path.resolve(options.out), document: series.document });
    else inFolder(series.files);
  }
  const summaries = written.map(({ file, document }) => {
    const bytes = Buffer.from(document.contentBase64, 'base64');
    writeFileSync(file, bytes);
    return { file, bytes: bytes.length, reference: document.reference, dataSha256: document.dataSha256 };
  });
  if (options.json) {
    io.stdout(`${JSON.stringify(summaries, null, 2)}\n`);
    return;
  }
  for (const summary of summaries) io.stdout(`Document écrit : ${summary.file} (${summary.bytes} octets, réf. ${summary.reference}, empreinte ${shortFingerprint(summary.dataSha256)}).\n`);
  if (summaries.length > 1) io.stdout(`${summaries.length} avis techniques écrits dans ${path.resolve(options.out)}.\n`);
}

export function addDocumentCommands(program: Command, io: CliIo): void {
  const documents = frenchSubcommand(program, 'documents', 'les documents PDF d’une séance de la CAI et des conventions').usage('[options] <commande>');

  frenchSubcommand(documents, 'releve', 'écrire le relevé d’avis de la séance')
    .requiredOption('--session <id>', 'numéro de la séance', positiveId('--session'))
    .requiredOption('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: { session: number; out: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => writeDocument(io, options.out, await service.invoke('documents.releve', { sessionId: options.session }), options.json)),
    );

  frenchSubcommand(documents, 'avis', 'écrire les avis techniques : celui d’un dossier, ou tous ceux de la séance (un PDF par dossier, ou un seul PDF)')
    .requiredOption('--session <id>', 'numéro de la séance', positiveId('--session'))
    .option('--application <id>', 'numéro du dossier (sinon : tous les dossiers de l’ordre du jour)', positiveId('--application'))
    .requiredOption('--out <dossier|fichier.pdf>', 'fichier PDF à écrire, ou dossier où écrire un PDF par dossier (créé au besoin)')
    .option('--json', 'sortie JSON')
    .action(async (options: { session: number; application?: number; out: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => writeAvis(io, service, options)),
    );

  frenchSubcommand(documents, 'rapport-ca', 'écrire le rapport au conseil d’administration (séance close)')
    .requiredOption('--session <id>', 'numéro de la séance', positiveId('--session'))
    .requiredOption('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: { session: number; out: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => writeDocument(io, options.out, await service.invoke('documents.rapportCa', { sessionId: options.session }), options.json)),
    );

  addConventionDocumentCommands(documents, io);
  addPactReviewDocumentCommands(documents, io);
  addBilanDocumentCommands(documents, io);

  frenchSubcommand(documents, 'fiche', 'écrire la fiche de notation d’un membre du jury, vierge ou remplie de ses notes soumises')
    .requiredOption('--session <id>', 'numéro de la séance', positiveId('--session'))
    .requiredOption('--juror <id>', 'numéro du membre du jury', positiveId('--juror'))
    .option('--blank', 'fiche vierge, à remplir à la main')
    .requiredOption('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: { session: number; juror: number; blank?: boolean; out: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) =>
        writeDocument(io, options.out, await service.invoke('documents.fiche', { sessionId: options.session, jurorId: options.juror, blank: options.blank ?? false }), options.json),
      ),
    );
}
