// The dashboard's data for a year (the host picks the year when none is asked). It sums what every other
// screen writes: read again each time the page opens, the last figures shown meanwhile.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client.ts';

export const dashboardKeys = { year: (year: number | undefined) => ['dashboard', year ?? 'default'] as const };

export function useDashboard(year: number | undefined) {
  return useQuery({ queryKey: dashboardKeys.year(year), queryFn: () => client.call('dashboard.get', year === undefined ? {} : { year }), placeholderData: keepPreviousData, staleTime: 0, refetchOnMount: 'always' });
}
