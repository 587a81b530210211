// `pacte documents convention|avenant|certificat|conventions` and `pacte export scdl`: the PDFs of the
// conventions and the national open-data file, written to files (nothing written when refused).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { shortFingerprint } from '../../../core/documents/fingerprint.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { positiveId, writeDocument } from './document-output.ts';

type Json = { json?: boolean };

export function addConventionDocumentCommands(documents: Command, io: CliIo): void {
  frenchSubcommand(documents, 'convention', 'écrire une convention de financement (ou l’arrêté attributif), avec ses annexes')
    .requiredOption('--convention <id>', 'numéro de la convention', positiveId('--convention'))
    .requiredOption('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: { convention: number; out: string } & Json, command: Command) =>
      withService(command, io, async ({ service }) => writeDocument(io, options.out, await service.invoke('documents.convention', { conventionId: options.convention }), options.json)),
    );

  frenchSubcommand(documents, 'avenant', 'écrire un avenant à une convention')
    .requiredOption('--convention <id>', 'numéro de la convention', positiveId('--convention'))
    .requiredOption('--numero <n>', 'numéro de l’avenant (1, 2…)', positiveId('--numero'))
    .requiredOption('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: { convention: number; numero: number; out: string } & Json, command: Command) =>
      withService(command, io, async ({ service }) => writeDocument(io, options.out, await service.invoke('documents.avenant', { conventionId: options.convention, rank: options.numero }), options.json)),
    );

  frenchSubcommand(documents, 'certificat', 'écrire le certificat administratif de paiement d’un versement')
    .requiredOption('--versement <id>', 'numéro du versement', positiveId('--versement'))
    .requiredOption('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: { versement: number; out: string } & Json, command: Command) =>
      withService(command, io, async ({ service }) => writeDocument(io, options.out, await service.invoke('documents.certificat', { paymentId: options.versement }), options.json)),
    );

  frenchSubcommand(documents, 'conventions', 'écrire toutes les conventions préparées d’après une séance : un seul PDF, ou un PDF par convention dans un dossier')
    .requiredOption('--session <id>', 'numéro de la séance', positiveId('--session'))
    .requiredOption('--out <dossier|fichier.pdf>', 'fichier PDF à écrire, ou dossier où écrire un PDF par convention (créé au besoin)')
    .option('--json', 'sortie JSON')
    .action(async (options: { session: number; out: string } & Json, command: Command) =>
      withService(command, io, async ({ service }) => {
        const combined = options.out.toLowerCase().endsWith('.pdf');
        const series = await service.invoke('documents.conventionsAll', { sessionId: options.session, combined });
        if (series.combined) return writeDocument(io, options.out, series.document, options.json);
        const folder = path.resolve(options.out);
        mkdirSync(folder, { recursive: true });
        const summaries = series.files.map((document) => {
          const file = path.join(folder, document.fileName);
          const bytes = Buffer.from(document.contentBase64, 'base64');
          writeFileSync(file, bytes);
          return { file, bytes: bytes.length, reference: document.reference, dataSha256: document.dataSha256 };
        });
        if (options.json) return io.stdout(`${JSON.stringify(summaries, null, 2)}\n`);
        for (const summary of summaries) io.stdout(`Document écrit : ${summary.file} (${summary.bytes} octets, réf. ${summary.reference}, empreinte ${shortFingerprint(summary.dataSha256)}).\n`);
        io.stdout(`${summaries.length} conventions écrites dans ${folder}.\n`);
      }),
    );
}

function yearOption(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/u.test(value) || year < 2000 || year > 2100) throw new AppError('validation', `--year : « ${value} » n’est pas une année (AAAA).`);
  return year;
}

export function addExportCommands(program: Command, io: CliIo): void {
  const exports = frenchSubcommand(program, 'export', 'les exports de données publiques').usage('[options] <commande>');
  frenchSubcommand(exports, 'scdl', 'écrire le fichier national « subventions » (SCDL 2.1.1) des conventions signées une année')
    .requiredOption('--year <AAAA>', 'année de signature des conventions', yearOption)
    .requiredOption('--out <fichier.csv>', 'fichier CSV à écrire (UTF-8 sans BOM, séparateur virgule)')
    .option('--json', 'sortie JSON')
    .action(async (options: { year: number; out: string } & Json, command: Command) =>
      withService(command, io, async ({ service }) => {
        if (!options.out.toLowerCase().endsWith('.csv')) throw new AppError('validation', `--out : « ${options.out} » doit se terminer par .csv.`);
        // Every row is checked before anything is written; the file appears whole or not at all.
        const exported = await service.invoke('conventions.exportScdl', { year: options.year });
        const file = path.resolve(options.out);
        const partial = `${file}.partiel`;
        writeFileSync(partial, exported.csv, 'utf8');
        renameSync(partial, file);
        const summary = { file, rows: exported.rowCount, bytes: Buffer.byteLength(exported.csv, 'utf8') };
        io.stdout(options.json ? `${JSON.stringify(summary, null, 2)}\n` : `Fichier SCDL écrit : ${file} (${exported.rowCount} ligne${exported.rowCount > 1 ? 's' : ''}).\n`);
      }),
    );
}
