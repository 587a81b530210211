// "Journal d'audit": every write of the app, newest first, filtered by day, person, operation, object and
// words, exported as a spreadsheet, and the check of its chain of hashes — what an auditor asks for a
// year later: who did what, when, and proof that nobody rewrote it since.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileSpreadsheet, IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditExportFormat } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { AuditCounts } from './audit-counts.tsx';
import { AuditFilters } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { AUDIT_PAGE, dateRangeProblem, NO_AUDIT_FILTERS, toAuditFilters, useAuditExport, useAuditList, type AuditFilterValues } from './use-audit.ts';

const TYPING_MS = 250;

export function AuditSection() {
  const [values, setValues] = useState<AuditFilterValues>(NO_AUDIT_FILTERS);
  const [offset, setOffset] = useState(0);
  // Typed text waits for a pause; chosen values apply at once.
  const [actor] = useDebouncedValue(values.actor, TYPING_MS);
  const [search] = useDebouncedValue(values.search, TYPING_MS);
  const filters = toAuditFilters({ ...values, actor, search });
  const filtered = Object.keys(filters).length > 0;
  const valid = dateRangeProblem(values) === '';
  const log = useAuditList(filters, offset, valid);
  const verify = useMutation({ mutationFn: () => client.call('audit.verify', {}) });
  const exporting = useAuditExport();
  const total = log.data?.total ?? 0;

  const changeFilters = (next: AuditFilterValues) => {
    setValues(next);
    setOffset(0);
    exporting.reset();
  };
  const exportAs = (format: AuditExportFormat) => exporting.mutate({ filters, format });

  return (
    <Stack gap="sm" maw={1100} component="section" aria-labelledby="audit-title" data-testid="audit-section">
      <Title order={2} id="audit-title">
        Journal d’audit
      </Title>
      <Text maw={760}>
        Chaque modification enregistrée par l’application y est inscrite, avec son auteur et sa date. Chaque entrée porte l’empreinte de la précédente : une
        modification faite en dehors de l’application se voit à la vérification. Les notes et les codes PIN n’y figurent jamais en clair.
      </Text>
      <Group>
        <Button leftSection={<IconShieldCheck size={18} aria-hidden />} variant="light" loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
          Vérifier le journal
        </Button>
      </Group>
      {verify.data && (
        <Alert color={verify.data.ok ? 'teal' : 'red'} c={verify.data.ok ? '#0b5e45' : '#a51111'} data-testid="audit-verify-result" data-ok={verify.data.ok}>
          {verify.data.message}
        </Alert>
      )}
      {verify.isError && <ErrorAlert error={verify.error} title="La vérification n’a pas pu être faite" />}
      <AuditFilters values={values} onChange={changeFilters} choices={log.data?.choices} searching={log.isFetching && filtered} />
      {log.isPending && valid && <PageLoader label="Lecture du journal…" />}
      {log.isError && <ErrorAlert error={log.error} title="Le journal n’a pas pu être lu" onRetry={() => void log.refetch()} />}
      {log.isSuccess && log.data.overall === 0 && <Text size="sm">Le journal est vide : rien n’a encore été enregistré.</Text>}
      {log.isSuccess && log.data.overall > 0 && (
        <>
          <Group justify="space-between" align="center" gap="sm">
            <AuditCounts list={log.data} filtered={filtered} />
            <Group gap="xs">
              {(['xlsx', 'csv'] as const).map((format) => (
                <Button
                  key={format}
                  size="xs"
                  variant="default"
                  leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
                  disabled={total === 0 || !valid}
                  loading={exporting.isPending && exporting.variables.format === format}
                  onClick={() => exportAs(format)}
                  data-testid={`audit-export-${format}`}
                >
                  Exporter en .{format}
                </Button>
              ))}
            </Group>
          </Group>
          {exporting.isSuccess && exporting.data.delivery.kind !== 'cancelled' && (
            <Alert color="teal" variant="light" role="status" data-testid="audit-export-done">
              {exporting.data.delivery.kind === 'saved' ? `Enregistré : ${exporting.data.delivery.path}` : `Téléchargé : ${exporting.data.file.fileName}`} ({exporting.data.file.count} entrée
              {exporting.data.file.count > 1 ? 's' : ''}).
            </Alert>
          )}
          {exporting.isError && <ErrorAlert error={exporting.error} title="L’export n’a pas pu être fait" />}
          {total === 0 ? (
            <Text size="sm" data-testid="audit-no-match">
              Aucune entrée ne correspond à ces filtres.
            </Text>
          ) : (
            <>
              <AuditTable items={log.data.items} />
              <Group justify="space-between">
                <Text size="sm" data-testid="audit-page">
                  Entrées {offset + 1} à {Math.min(offset + AUDIT_PAGE, total)} sur {total}
                </Text>
                <Group gap="xs">
                  <Button size="xs" variant="default" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - AUDIT_PAGE))} data-testid="audit-newer">
                    Plus récentes
                  </Button>
                  <Button size="xs" variant="default" disabled={offset + AUDIT_PAGE >= total} onClick={() => setOffset(offset + AUDIT_PAGE)} data-testid="audit-older">
                    Plus anciennes
                  </Button>
                </Group>
              </Group>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
