// TanStack Query hooks over the roll-ups: the choices (years, indicators), the figures of an axis, the bilans
// behind one figure. All reads: nothing to invalidate here; a validated bilan shows at the next visit.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export const rollupKeys = {
  all: ['rollups'] as const,
  options: ['rollups', 'options'] as const,
  rows: (input: MethodInput<'rollups.get'>) => ['rollups', 'rows', input] as const,
  drill: (input: MethodInput<'rollups.drill'>) => ['rollups', 'drill', input] as const,
  costs: (input: MethodInput<'rollups.getCosts'>) => ['rollups', 'costs', input] as const,
};

/** Paid for the counted convention years over participants (IC01), per key: not by territory. */
export function useRollupCosts(input: MethodInput<'rollups.getCosts'> | null) {
  const query = input ?? { by: 'year' as const };
  return useQuery({ queryKey: rollupKeys.costs(query), queryFn: () => client.call('rollups.getCosts', query), enabled: input !== null });
}

export function useRollupOptions() {
  return useQuery({ queryKey: rollupKeys.options, queryFn: () => client.call('rollups.getOptions', {}) });
}

export function useRollup(input: MethodInput<'rollups.get'>, enabled: boolean) {
  return useQuery({ queryKey: rollupKeys.rows(input), queryFn: () => client.call('rollups.get', input), enabled, placeholderData: keepPreviousData });
}

export function useRollupDrill(input: MethodInput<'rollups.drill'> | null) {
  return useQuery({ queryKey: rollupKeys.drill(input ?? { by: 'year', key: '', code: '' }), queryFn: () => client.call('rollups.drill', input ?? { by: 'year', key: '', code: '' }), enabled: input !== null });
}
