// One line per workbook: what it is (convention, year), what happened or would happen, and each problem
// at its place (sheet, row, column) for the provider to fix.
import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { FileOutcome } from './bilan-import-flow.ts';

// Light badges with a dark text of their hue: Mantine's own light text fails the contrast ratio (axe).
const TEXT: Record<string, string> = { red: '#a51111', blue: '#184068', gray: '#373a40', green: '#1f5f1f' };

function verdict(outcome: FileOutcome): { label: string; color: string } {
  const { report } = outcome;
  if (!report.ok) return { label: 'Refusé', color: 'red' };
  if (report.dryRun) return report.changed ? { label: 'Prêt à importer', color: 'blue' } : { label: 'Déjà à jour', color: 'gray' };
  return report.changed ? { label: 'Importé', color: 'green' } : { label: 'Déjà à jour', color: 'gray' };
}

type Props = { outcomes: FileOutcome[]; testId: string };

export function BilanImportResults({ outcomes, testId }: Props) {
  return (
    <Stack gap="xs" data-testid={testId}>
      {outcomes.map((outcome) => {
        const { label, color } = verdict(outcome);
        const { report } = outcome;
        return (
          <Paper key={outcome.fileName} withBorder p="sm" data-testid="bilan-import-file" data-ok={report.ok ? 'oui' : 'non'}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <div>
                <Text fw={600} size="sm">
                  {outcome.fileName}
                </Text>
                {report.conventionNumber && (
                  <Text size="sm" c="dimmed">
                    {report.conventionNumber}, bilan {report.year}
                    {report.ok ? ` — ${report.valueCount} valeur(s), ${report.lineCount} ligne(s) financière(s)` : ''}
                  </Text>
                )}
              </div>
              <Badge color={color} c={TEXT[color]} variant="light" miw="max-content">
                {label}
              </Badge>
            </Group>
            {report.problems.length > 0 && (
              <List size="sm" mt="xs" spacing={2} aria-label={`Problèmes de ${outcome.fileName}`}>
                {report.problems.slice(0, 50).map((problem, index) => (
                  <List.Item key={`${index}:${problem.message}`}>{problem.message}</List.Item>
                ))}
                {report.problems.length > 50 && <List.Item>… et {report.problems.length - 50} autre(s).</List.Item>}
              </List>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
