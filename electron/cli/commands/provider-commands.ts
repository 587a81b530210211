// `pacte providers …`: list providers (import comes with the spreadsheet import).
import type { Command } from 'commander';
import { formatSiret } from '../../../core/domain/identifiers.ts';
import { LEGAL_FORM_LABELS, type ProviderSummary } from '../../../core/service/providers/providers-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';

export function addProviderCommands(program: Command, io: CliIo): void {
  const providers = frenchSubcommand(program, 'providers', 'les prestataires : lister').usage('[options] <commande>');

  frenchSubcommand(providers, 'list', 'lister les prestataires par nom (recherche sans accents ni majuscules)')
    .argument('[texte...]', 'ne garder que les noms contenant ces mots')
    .option('--json', 'sortie JSON')
    .action(async (words: string[], options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const query = words.join(' ').trim();
        // The CLI lists everything: pages of 500 until the total is reached.
        const items: ProviderSummary[] = [];
        let total: number;
        do {
          const page: { total: number; items: ProviderSummary[] } = await service.invoke('providers.list', { ...(query ? { query } : {}), limit: 500, offset: items.length });
          total = page.total;
          items.push(...page.items);
          if (page.items.length === 0) break;
        } while (items.length < total);
        if (options.json) return io.stdout(`${JSON.stringify(items, null, 2)}\n`);
        if (items.length === 0) return io.stdout(query ? `Aucun prestataire pour « ${query} ».\n` : 'Aucun prestataire enregistré.\n');
        for (const provider of items) {
          io.stdout(`${provider.id}\t${provider.name}${provider.isDemo ? ' [démonstration]' : ''}\t${LEGAL_FORM_LABELS[provider.legalForm]}\t${provider.siret ? formatSiret(provider.siret) : 'SIRET non renseigné'}\t${provider.city}\n`);
        }
      }),
    );
}
