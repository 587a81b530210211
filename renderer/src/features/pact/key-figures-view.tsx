// The "Chiffres clés" tab: the pact's figures as cards (value, label, year, note).
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatKeyFigure } from './format-key-figure.ts';
import { usePactOutlet } from './pact-outlet-context.ts';

export function KeyFiguresView() {
  const { pact } = usePactOutlet();
  return (
    <Stack gap="md">
      <Title order={2}>Chiffres clés</Title>
      {pact.keyFigures.length === 0 ? (
        <Text>Ce référentiel ne contient pas de chiffres clés.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {pact.keyFigures.map((figure) => {
            const formatted = formatKeyFigure(figure);
            return (
              <Card key={figure.key} component="li" withBorder padding="lg" data-testid={`key-figure-${figure.key}`}>
                <Stack gap={6}>
                  <Text fz={28} fw={700} c="pacte.8" lh={1.2} data-testid="key-figure-value">
                    {formatted.value}
                    {formatted.unit && (
                      <Text component="span" fz="md" fw={500} ml={6}>
                        {formatted.unit}
                      </Text>
                    )}
                  </Text>
                  <Text fw={600}>{figure.label}</Text>
                  {(figure.year !== null || figure.note) && (
                    <Group gap="xs" align="flex-start" wrap="nowrap">
                      {figure.year !== null && (
                        <Badge variant="light" color="pacte" tt="none" style={{ flexShrink: 0 }}>
                          {figure.year}
                        </Badge>
                      )}
                      {figure.note && (
                        <Text size="sm" c="dimmed">
                          {figure.note}
                        </Text>
                      )}
                    </Group>
                  )}
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
