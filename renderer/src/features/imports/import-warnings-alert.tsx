// What the import will do anyway but the person may want to know (an unknown column, a guessed value).
import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ImportIssue } from '../../../../core/service/api.ts';
import { ImportIssuesTable } from './import-issues-table.tsx';

type Props = { warnings: ImportIssue[] };

export function ImportWarningsAlert({ warnings }: Props) {
  const count = warnings.length;
  return (
    <Alert
      color="yellow"
      // Mantine's tinted title is below 4.5:1 on the tinted background; the icon and tint carry the colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      variant="light"
      title={`${count} ${count >= 2 ? 'avertissements' : 'avertissement'}`}
      icon={<IconInfoCircle aria-hidden />}
      data-testid="import-warnings"
    >
      <Stack gap="sm">
        <Text size="sm">Ils n’empêchent pas l’import ; vérifiez qu’ils ne cachent pas une erreur de saisie.</Text>
        <ImportIssuesTable issues={warnings} label="Avertissements" testId="import-warning" />
      </Stack>
    </Alert>
  );
}
