// The first setup, step by step, read in one SQL statement over the whole database (never from rows a
// screen happened to load): the organisation's identity and signatories, the territories, the pact,
// a call for projects, the members of the jury.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { calls } from '../../../db/schema/calls.ts';
import { jurors } from '../../../db/schema/jury.ts';
import { pacts } from '../../../db/schema/pact.ts';
import { organisation, signatories } from '../../../db/schema/settings.ts';
import { territories } from '../../../db/schema/territories.ts';
import type { OrganisationGap, SetupStatus } from './app-api.ts';

type Counts = {
  hasName: number;
  hasAddress: number;
  hasSiret: number;
  signatories: number;
  territories: number;
  priorityTerritories: number;
  pacts: number;
  calls: number;
  demoCalls: number;
  jurors: number;
};

type LatestPact = { code: string; title: string; periodStart: number; periodEnd: number };

export function setupStatus(db: Db): SetupStatus {
  const filled = (column: unknown) => sql`coalesce((select trim(${column}) <> '' from ${organisation} where ${organisation.id} = 1), 0)`;
  const counts = db.get<Counts>(sql`select
    ${filled(organisation.name)} as hasName,
    -- The address block of letters and conventions: street, postal code and city.
    coalesce((select trim(${organisation.address}) <> '' and trim(${organisation.postalCode}) <> '' and trim(${organisation.city}) <> '' from ${organisation} where ${organisation.id} = 1), 0) as hasAddress,
    ${filled(organisation.siret)} as hasSiret,
    (select count(*) from ${signatories}) as signatories,
    (select count(*) from ${territories} where ${territories.archived} = 0) as territories,
    (select count(*) from ${territories} where ${territories.archived} = 0 and ${territories.isPriority} = 1) as priorityTerritories,
    (select count(*) from ${pacts}) as pacts,
    (select count(*) from ${calls}) as calls,
    (select count(*) from ${calls} where ${calls.isDemo} = 1) as demoCalls,
    (select count(*) from ${jurors}) as jurors`);
  // The pact in force the latest: the one a new call is attached to by default.
  const latest =
    db.get<LatestPact | undefined>(
      sql`select ${pacts.code} as code, ${pacts.title} as title, ${pacts.periodStart} as periodStart, ${pacts.periodEnd} as periodEnd from ${pacts} order by ${pacts.periodEnd} desc, ${pacts.id} desc limit 1`,
    ) ?? null;
  const missing: OrganisationGap[] = [];
  if (!counts.hasName) missing.push('name');
  if (!counts.hasAddress) missing.push('address');
  if (!counts.hasSiret) missing.push('siret');
  if (counts.signatories === 0) missing.push('signatory');
  const status = {
    organisation: { done: missing.length === 0, missing },
    territories: { done: counts.territories > 0, count: counts.territories, priorityCount: counts.priorityTerritories },
    pact: { done: counts.pacts > 0, count: counts.pacts, latest },
    call: { done: counts.calls > 0, count: counts.calls },
    jury: { done: counts.jurors > 0, count: counts.jurors },
  };
  const complete = Object.values(status).every((step) => step.done);
  return { ...status, complete, demoLoaded: counts.demoCalls > 0 };
}
