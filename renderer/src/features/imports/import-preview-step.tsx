// Step 3: what the file would do, its errors first; "Importer" writes it, or only its valid rows if asked.
import { Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { ImportReport } from '../../../../core/service/api.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { ImportCountsTable } from './import-counts-table.tsx';
import { ImportErrorsAlert } from './import-errors-alert.tsx';
import { ImportFailureAlert } from './import-failure-alert.tsx';
import { ImportRowsTable } from './import-rows-table.tsx';
import { ImportWarningsAlert } from './import-warnings-alert.tsx';
import type { ImportFlow } from './use-import-flow.ts';

type Props = { flow: ImportFlow };

/** Why "Importer" is disabled, said beside it: a greyed-out button alone explains nothing. */
function blockedReason(report: ImportReport, validOnly: boolean): string | null {
  if (report.errors.length > 0 && !validOnly) {
    return 'Des lignes sont en erreur : corrigez le fichier, ou cochez « N’importer que les lignes valides ».';
  }
  const toWrite = report.created.providers + report.created.applications + report.updated.providers + report.updated.applications;
  if (toWrite === 0) return 'Rien à importer : aucune ligne valide n’apporte de changement.';
  return null;
}

export function ImportPreviewStep({ flow }: Props) {
  const { preview, commit, report } = flow;
  if (!flow.file) return null;

  const refused = commit.data?.committed === false;
  const reason = report ? blockedReason(report, flow.validOnly) : null;
  return (
    <Stack gap="md" component="section" aria-labelledby="import-preview-title" data-testid="import-preview">
      <Title order={2} id="import-preview-title">
        3. Aperçu
      </Title>
      {flow.readError && <ImportFailureAlert title="Le fichier n’a pas pu être lu" message={flow.readError} />}
      {preview.isPending && <PageLoader label="Lecture du fichier…" />}
      {preview.isError && <ImportFailureAlert title="Aperçu impossible" error={preview.error} />}
      {report && !preview.isPending && (
        <>
          {refused && (
            <ImportFailureAlert
              title="Rien n’a été importé"
              message="La base a changé depuis l’aperçu et des lignes sont désormais en erreur : voici l’aperçu à jour."
            />
          )}
          <Text>Rien n’est encore enregistré : voici ce que ferait l’import.</Text>
          <ImportCountsTable report={report} done={false} />
          {report.errors.length > 0 && <ImportErrorsAlert errors={report.errors} done={false} />}
          {report.warnings.length > 0 && <ImportWarningsAlert warnings={report.warnings} />}
          <Title order={3} size="h4">
            Lignes du fichier
          </Title>
          <ImportRowsTable rows={report.rows} done={false} />
          {report.errors.length > 0 && (
            <Checkbox
              label="N’importer que les lignes valides"
              description="Les lignes en erreur seront laissées de côté ; vous pourrez les importer une fois corrigées."
              checked={flow.validOnly}
              onChange={(event) => flow.setValidOnly(event.currentTarget.checked)}
              data-testid="import-valid-only"
            />
          )}
          {commit.isError && <ImportFailureAlert title="L’import a échoué" error={commit.error} />}
          <Group gap="sm">
            <Button
              leftSection={<IconFileImport size={18} aria-hidden />}
              onClick={flow.runCommit}
              disabled={reason !== null}
              loading={commit.isPending}
              aria-describedby={reason ? 'import-blocked-reason' : undefined}
              data-testid="import-commit"
            >
              Importer
            </Button>
            <Button variant="default" onClick={flow.clear} disabled={commit.isPending} data-testid="import-cancel">
              Annuler
            </Button>
          </Group>
          {reason && (
            <Text size="sm" id="import-blocked-reason" data-testid="import-blocked-reason">
              {reason}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
