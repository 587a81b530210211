// "Is the stored record already what the file says?" — decides unchanged versus updated, so that
// importing the same file twice writes nothing the second time.
import type { ApplicationDetail, ApplicationFields } from '../applications/applications-api.ts';
import { providerFieldsSchema, type Provider, type ProviderFields } from '../providers/providers-api.ts';

const PROVIDER_KEYS = Object.keys(providerFieldsSchema.shape) as (keyof ProviderFields)[];

/** The fields of a stored provider, as the create schema outputs them. */
export function providerFieldsOf(provider: Provider): ProviderFields {
  return Object.fromEntries(PROVIDER_KEYS.map((key) => [key, provider[key]])) as ProviderFields;
}

export function sameProvider(stored: ProviderFields, parsed: ProviderFields): boolean {
  return PROVIDER_KEYS.every((key) => stored[key] === parsed[key]);
}

/** The fields of a stored application, as the create schema outputs them. */
export function applicationFieldsOf(detail: ApplicationDetail): ApplicationFields {
  return {
    callId: detail.callId,
    providerId: detail.providerId,
    title: detail.title,
    summary: detail.summary,
    description: detail.description,
    primaryObjectiveId: detail.primaryObjectiveId,
    secondaryObjectiveIds: detail.secondaryObjectiveIds,
    publics: detail.publics,
    publicOther: detail.publicOther,
    expectedParticipants: detail.expectedParticipants,
    expectedRsaParticipants: detail.expectedRsaParticipants,
    territoryIds: detail.territoryIds,
    startsOn: detail.startsOn,
    endsOn: detail.endsOn,
    isRenewal: detail.isRenewal,
    duration: detail.duration,
    mobility: detail.mobility,
    budgetLines: detail.budgetLines.map(({ account, label, amountCents }) => ({ account, label, amountCents })),
    indicators: detail.indicators,
  };
}

const sorted = <T extends string | number>(values: readonly T[]): T[] => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The order-free form of an application: publics, territories and secondary objectives are sets;
 * budget lines are compared as a bag (their order is the template's, not a fact of the budget);
 * indicators keep their order, which the provider chose.
 */
function canonical(fields: ApplicationFields): unknown {
  return {
    ...fields,
    secondaryObjectiveIds: sorted(fields.secondaryObjectiveIds),
    publics: sorted(fields.publics),
    territoryIds: sorted(fields.territoryIds),
    budgetLines: fields.budgetLines.map((line) => JSON.stringify([line.account, line.label ?? '', line.amountCents])).sort(),
    indicators: fields.indicators.map((indicator) => [indicator.label, indicator.target]),
  };
}

export function sameApplication(stored: ApplicationFields, parsed: ApplicationFields): boolean {
  const left = canonical(stored) as Record<string, unknown>;
  const right = canonical(parsed) as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => JSON.stringify(left[key]) === JSON.stringify(right[key]));
}
