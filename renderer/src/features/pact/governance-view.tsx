// The "Gouvernance" tab: the bodies that steer the pact (CAI, CA du CCAS, COPIL, séminaire…).
import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { usePactOutlet } from './pact-outlet-context.ts';

/** Short codes are the acronyms people say (CAI, COPIL, CA-CCAS); longer ones are only keys. */
function isAcronym(code: string): boolean {
  return code.length <= 8;
}

export function GovernanceView() {
  const { pact } = usePactOutlet();
  return (
    <Stack gap="md">
      <Title order={2}>Gouvernance</Title>
      {pact.governance.length === 0 ? (
        <Text>Ce référentiel ne décrit pas d’instances de gouvernance.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {pact.governance.map((body) => (
            <Card key={body.code} withBorder padding="lg" data-testid={`governance-${body.code}`}>
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Title order={3} size="h4">
                    {body.name}
                  </Title>
                  {isAcronym(body.code) && (
                    <Badge variant="default" tt="none" style={{ flexShrink: 0 }}>
                      {body.code}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">
                  <strong>Fréquence :</strong> {body.frequency}
                </Text>
                <Text size="sm">
                  <strong>Rôle :</strong> {body.role}
                </Text>
                <div>
                  <Text size="sm" fw={700}>
                    Membres
                  </Text>
                  {body.members.length === 0 ? (
                    <Text size="sm">Non précisés dans le référentiel.</Text>
                  ) : (
                    <List size="sm" spacing={2}>
                      {body.members.map((member) => (
                        <List.Item key={member}>{member}</List.Item>
                      ))}
                    </List>
                  )}
                </div>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
