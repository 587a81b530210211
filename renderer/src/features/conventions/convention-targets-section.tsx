// "Cibles des indicateurs": per year of the convention, a target for each common indicator in force that
// year (printed in annex III), with the indicators the application proposed beside them as the reminder
// they were agreed from. Closed, terminated or abandoned conventions show their targets without fields.
import { Alert, Grid, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ConventionDetail } from '../../../../core/service/conventions/conventions-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { TargetYearForm } from '../indicators/target-year-form.tsx';
import { useConventionTargets } from '../indicators/use-indicators.ts';

type Props = { convention: ConventionDetail };

export function ConventionTargetsSection({ convention }: Props) {
  const targets = useConventionTargets(convention.id);
  return (
    <Stack gap="sm" component="section" aria-labelledby="convention-targets-title" data-testid="convention-targets">
      <Title order={2} id="convention-targets-title">
        Cibles des indicateurs
      </Title>
      <Text size="sm" maw={880}>
        Pour chaque année, la cible de chaque indicateur commun que l’action vise ; elles figurent à l’annexe III de la convention. Laissez vide un indicateur sans cible.
      </Text>
      {targets.isPending ? (
        <PageLoader label="Chargement des cibles…" />
      ) : targets.isError ? (
        <ErrorAlert error={targets.error} title="Les cibles n’ont pas pu être chargées" onRetry={() => void targets.refetch()} />
      ) : (
        <Grid gap="lg" maw={1100}>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              {!targets.data.editable && (
                <Alert color="gray" variant="light" data-testid="targets-locked">
                  La convention est terminée : ses cibles ne changent plus.
                </Alert>
              )}
              {targets.data.years.map((entry) => (
                <TargetYearForm key={entry.year} conventionId={convention.id} year={entry.year} indicators={entry.indicators} editable={targets.data.editable} />
              ))}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder p="md" component="aside" aria-labelledby="targets-proposed-title" data-testid="targets-proposed">
              <Title order={3} size="h5" id="targets-proposed-title" mb="xs">
                Indicateurs proposés dans la demande
              </Title>
              {targets.data.proposed.length === 0 ? (
                <Text size="sm" c="dimmed">
                  La demande ne propose aucun indicateur propre.
                </Text>
              ) : (
                <List size="sm" spacing={6}>
                  {targets.data.proposed.map((proposed, index) => (
                    <List.Item key={`${index}:${proposed.label}`}>
                      {proposed.label}
                      {proposed.target ? (
                        <Text span size="sm" fw={600}>
                          {' '}
                          : {proposed.target}
                        </Text>
                      ) : null}
                    </List.Item>
                  ))}
                </List>
              )}
            </Paper>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
