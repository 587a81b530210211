// The audit log as the screen reads it: one page of the filtered entries with their counts, and the export.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditExportFormat, AuditFiltersInput } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';
import { deliverFiles } from '../documents/deliver-document.ts';

export const AUDIT_PAGE = 25;

/** What the person typed or chose; '' is "no filter". */
export type AuditFilterValues = { from: string; to: string; actor: string; action: string; entity: string; search: string };

export const NO_AUDIT_FILTERS: AuditFilterValues = { from: '', to: '', actor: '', action: '', entity: '', search: '' };

export function toAuditFilters(values: AuditFilterValues): AuditFiltersInput {
  return Object.fromEntries(Object.entries(values).flatMap(([key, value]) => (value.trim() === '' ? [] : [[key, value.trim()]])));
}

/** A start after the end: said under the field, and nothing is asked of the host. */
export function dateRangeProblem(values: AuditFilterValues): string {
  return values.from !== '' && values.to !== '' && values.from > values.to ? 'La date de fin précède la date de début.' : '';
}

export function useAuditList(filters: AuditFiltersInput, offset: number, enabled: boolean) {
  return useQuery({
    queryKey: ['audit', 'list', filters, offset],
    queryFn: () => client.call('audit.list', { limit: AUDIT_PAGE, offset, filters }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAuditExport() {
  return useMutation({
    mutationFn: async ({ filters, format }: { filters: AuditFiltersInput; format: AuditExportFormat }) => {
      const file = await client.call('audit.export', { filters, format });
      const delivery = await deliverFiles([file], file.mediaType);
      return { file, delivery };
    },
  });
}
