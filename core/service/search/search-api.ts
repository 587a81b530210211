// One search box for the whole app: applications, providers and the pact in force (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';
import type { ApplicationSummary } from '../applications/applications-api.ts';
import type { PactSearchHit } from '../pact/pact-api.ts';
import type { ProviderSummary } from '../providers/providers-api.ts';

export type GlobalSearchResult = {
  query: string;
  applications: { total: number; items: ApplicationSummary[] };
  providers: { total: number; items: ProviderSummary[] };
  pact: { total: number; items: PactSearchHit[] };
};

export const searchMethods = {
  'search.all': defineMethod<GlobalSearchResult>()(
    z
      .object({
        text: z.string().trim().min(1, 'Saisissez au moins un caractère à chercher.').max(200, 'Recherche trop longue (200 caractères au plus).'),
        limit: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),
};
