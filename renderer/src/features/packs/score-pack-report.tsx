// What an imported score pack brought: the juror's sheets, how many are submitted, the sheets left out and
// why, and the older pack it replaces. Only submitted sheets count, once the chair reveals the scores.
import { Alert, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { ScorePackImport } from '../../../../core/service/api.ts';
import { importSummary, quoted, savedAtText } from './pack-labels.ts';

export function ScorePackReport({ report }: { report: ScorePackImport }) {
  const drafts = report.sheetCount - report.submittedCount;
  const unchanged = report.status === 'unchanged';
  return (
    <Alert
      color={unchanged ? 'gray' : 'teal'}
      c={unchanged ? undefined : '#0b5e45'}
      variant="light"
      icon={unchanged ? <IconInfoCircle aria-hidden /> : <IconCircleCheck aria-hidden />}
      title={importSummary(report)}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      data-testid="score-pack-report"
      data-status={report.status}
    >
      <Stack gap="xs" c="var(--mantine-color-text)">
        <Text size="sm">Fichier de notes enregistré sur l’ordinateur du juré le {savedAtText(report.savedAt)}.</Text>
        {report.replacedSavedAt !== null && (
          <Text size="sm" data-testid="score-pack-replaced">
            Il remplace le fichier de notes importé auparavant (enregistré le {savedAtText(report.replacedSavedAt)}) ; ce remplacement est inscrit au journal.
          </Text>
        )}
        {!unchanged && report.submittedCount > 0 && (
          <Text size="sm">Les fiches soumises comptent dans les résultats une fois le secret des notes levé par le président, en délibération.</Text>
        )}
        {!unchanged && drafts > 0 && (
          <Text size="sm" data-testid="score-pack-drafts">
            Les fiches en brouillon ne comptent pas : {report.jurorName} doit soumettre sa notation sur son ordinateur, puis vous remettre un nouveau fichier de notes.
          </Text>
        )}
        {report.skipped.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Fiches écartées, jamais comptées :
            </Text>
            <List size="sm" spacing={2}>
              {report.skipped.map((sheet) => (
                <List.Item key={sheet.applicationId} data-testid="score-pack-skipped">
                  {quoted(sheet.title)} : {sheet.reason}.
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
