// `pacte pact …`: list, export, search and import pact referentials.
import { readFileSync, writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import type { PactSearchHit } from '../../../core/service/pact/pact-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';

const KIND_LABELS: Record<PactSearchHit['kind'], string> = {
  lever: 'Levier',
  objective: 'Objectif',
  operationalObjective: 'Objectif opérationnel',
  action: 'Action',
};

function parsePactId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new AppError('validation', `Numéro de référentiel invalide : « ${value} » (un entier positif, voir « pacte pact list »).`);
  return id;
}

export function addPactCommands(program: Command, io: CliIo): void {
  // commander's default usage would read "[command]", in English.
  const pact = frenchSubcommand(program, 'pact', 'le référentiel du pacte : lister, exporter, chercher, importer').usage('[options] <commande>');

  frenchSubcommand(pact, 'list', 'lister les référentiels chargés')
    .option('--json', 'sortie JSON')
    .action(async (options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const pacts = await service.invoke('pacts.list', {});
        if (options.json) return io.stdout(`${JSON.stringify(pacts, null, 2)}\n`);
        for (const item of pacts) {
          io.stdout(`${item.id}\t${item.code}\t${item.title} ${item.periodStart}–${item.periodEnd}\t${item.counts.levers} leviers, ${item.counts.objectives} objectifs, ${item.counts.operationalObjectives} objectifs opérationnels, ${item.counts.actions} actions\n`);
        }
      }),
    );

  frenchSubcommand(pact, 'export', 'exporter un référentiel en JSON ou en CSV (sur la sortie standard, ou dans un fichier)')
    .addOption(new Option('--format <format>', 'format du fichier').choices(['json', 'csv']).default('json'))
    .option('--pact <numéro>', 'référentiel à exporter (par défaut : celui en vigueur)', parsePactId)
    .option('--out <fichier>', 'écrire dans ce fichier au lieu de la sortie standard')
    .action(async (options: { format: 'json' | 'csv'; pact?: number; out?: string }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const exported = await service.invoke('pacts.export', { format: options.format, ...(options.pact ? { pactId: options.pact } : {}) });
        if (options.out) {
          writeFileSync(options.out, exported.content, 'utf8');
          io.stderr(`Référentiel exporté dans ${options.out}\n`);
        } else {
          io.stdout(exported.content);
        }
      }),
    );

  frenchSubcommand(pact, 'search <texte...>', 'chercher dans le pacte (sans tenir compte des accents ni des majuscules)')
    .option('--json', 'sortie JSON')
    .option('--pact <numéro>', 'référentiel où chercher (par défaut : celui en vigueur)', parsePactId)
    .action(async (words: string[], options: { json?: boolean; pact?: number }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const result = await service.invoke('pacts.search', { text: words.join(' '), ...(options.pact ? { pactId: options.pact } : {}) });
        if (options.json) return io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        io.stdout(`${result.total} résultat${result.total > 1 ? 's' : ''} pour « ${result.query} »\n`);
        for (const hit of result.hits) {
          io.stdout(`\n${hit.code}  ${KIND_LABELS[hit.kind]} : ${hit.title}\n`);
          if (hit.path.length > 0) io.stdout(`    ${hit.path.map((step) => `${KIND_LABELS[step.kind]} ${step.code} ${step.title}`).join(' › ')}\n`);
          if (hit.partners.length > 0) io.stdout(`    Partenaires : ${hit.partners.join(', ')}\n`);
          if (hit.sources.length > 0) io.stdout(`    Sources : ${hit.sources.join(', ')}\n`);
        }
      }),
    );

  frenchSubcommand(pact, 'import <fichier>', 'importer un nouveau référentiel (fichier JSON au format de resources/pact) à côté des autres')
    .option('--json', 'sortie JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (error) {
        throw new AppError('file_unreadable', `Impossible de lire « ${file} » : ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : (error as Error).message}.`);
      }
      await withService(command, io, async ({ service }) => {
        const report = await service.invoke('pacts.import', { content });
        if (options.json) return io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        io.stdout(report.status === 'created' ? `Référentiel ${report.code} importé (n° ${report.pactId}).\n` : `Référentiel ${report.code} déjà présent à l'identique (n° ${report.pactId}) : rien n'a changé.\n`);
      });
    });
}
