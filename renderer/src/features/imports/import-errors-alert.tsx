// The rows that stop the import, in red and first: by default nothing is written while one is wrong.
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ImportIssue } from '../../../../core/service/api.ts';
import { ImportIssuesTable } from './import-issues-table.tsx';

type Props = { errors: ImportIssue[]; done: boolean };

export function ImportErrorsAlert({ errors, done }: Props) {
  const count = errors.length;
  const title = done
    ? `${count} ${count >= 2 ? 'lignes n’ont pas été importées' : 'ligne n’a pas été importée'}`
    : `${count} ${count >= 2 ? 'erreurs' : 'erreur'} dans le fichier`;
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} data-testid="import-errors">
      <Stack gap="sm">
        <Text size="sm">
          {done
            ? 'Corrigez ces lignes dans le fichier, puis importez-le de nouveau : les lignes déjà importées resteront inchangées.'
            : 'Corrigez le fichier puis choisissez-le de nouveau, ou n’importez que les lignes valides.'}
        </Text>
        <ImportIssuesTable issues={errors} label="Erreurs" testId="import-error" />
      </Stack>
    </Alert>
  );
}
