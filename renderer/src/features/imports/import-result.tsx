// The import written: what it did, the rows it left out, and the way to the applications it created.
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ImportReport } from '../../../../core/service/api.ts';
import { ImportCountsTable } from './import-counts-table.tsx';
import { ImportErrorsAlert } from './import-errors-alert.tsx';
import { kindsInReport, reportSentence } from './import-labels.ts';
import { ImportRowsTable } from './import-rows-table.tsx';
import { ImportWarningsAlert } from './import-warnings-alert.tsx';

type Props = { report: ImportReport; callId: string | null; onAgain: () => void };

export function ImportResult({ report, callId, onAgain }: Props) {
  const kinds = kindsInReport(report);
  const heading = useRef<HTMLHeadingElement>(null);
  // The "Importer" button that had the focus is gone with the preview: the focus goes to what replaced it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md" component="section" aria-labelledby="import-result-title" data-testid="import-result">
      <Title order={2} id="import-result-title" ref={heading} tabIndex={-1}>
        3. Résultat
      </Title>
      <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} maw={880} data-testid="import-done">
        <Text size="sm">
          <strong>Import terminé :</strong> {reportSentence(report)}
        </Text>
      </Alert>
      <ImportCountsTable report={report} done />
      {report.errors.length > 0 && <ImportErrorsAlert errors={report.errors} done />}
      {report.warnings.length > 0 && <ImportWarningsAlert warnings={report.warnings} />}
      <Group gap="lg">
        {callId !== null && kinds.includes('applications') && (
          <Anchor component={Link} to={`/dossiers?appel=${callId}`} fw={600} data-testid="import-applications-link">
            Voir les dossiers de l’appel
          </Anchor>
        )}
        {kinds.includes('providers') && (
          <Anchor component={Link} to="/prestataires" fw={600}>
            Voir les prestataires
          </Anchor>
        )}
        <Button variant="default" onClick={onAgain} data-testid="import-again">
          Importer un autre fichier
        </Button>
      </Group>
      <Title order={3} size="h4">
        Lignes du fichier
      </Title>
      <ImportRowsTable rows={report.rows} done />
    </Stack>
  );
}
