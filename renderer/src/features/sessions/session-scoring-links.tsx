// The way on from preparation: the jurors' own sheets (mode juré) and the chair's deliberation screen.
import { Button, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconGavel, IconUserEdit } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { SessionDetail } from '../../../../core/service/api.ts';
import { deliberationPath, juryModePath } from './session-labels.ts';

type Props = { session: SessionDetail };

/** What each screen is for at this step of the session, in one sentence. */
function juryHint(session: SessionDetail): string {
  if (session.status === 'preparation') return 'Ouvert quand la notation commence : chaque membre choisit son nom et tape son code PIN.';
  if (session.status === 'notation') return 'Chaque membre choisit son nom, tape son code PIN et note les dossiers, sans voir les notes des autres.';
  return 'La notation est terminée : les fiches soumises ne changent plus que si le président les rouvre.';
}

function deliberationHint(session: SessionDetail): string {
  if (session.status === 'deliberation') return 'Le président lève le secret des notes, puis la commission rend son avis sur chaque dossier.';
  if (session.status === 'close') return 'La séance est close : résultats et avis figés.';
  return 'Suivez l’avancement des fiches ; les notes restent secrètes jusqu’à la délibération.';
}

export function SessionScoringLinks({ session }: Props) {
  const cards = [
    { key: 'jury', title: 'Mode juré', hint: juryHint(session), to: juryModePath(session.id), label: 'Ouvrir le mode juré', icon: IconUserEdit },
    { key: 'deliberation', title: 'Délibération', hint: deliberationHint(session), to: deliberationPath(session.id), label: 'Ouvrir la délibération', icon: IconGavel },
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="session-scoring-title">
      <Title order={2} id="session-scoring-title">
        Notation et délibération
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={880}>
        {cards.map((card) => (
          <Paper key={card.key} withBorder p="md" data-testid={`session-${card.key}-card`}>
            <Stack gap="sm" align="flex-start" h="100%" justify="space-between">
              <Stack gap={6}>
                <Title order={3} size="h4" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                  <ThemeIcon variant="light" size="md" aria-hidden>
                    <card.icon size={18} />
                  </ThemeIcon>
                  {card.title}
                </Title>
                <Text size="sm">{card.hint}</Text>
              </Stack>
              <Button component={Link} to={card.to} variant="light" data-testid={`session-${card.key}-link`}>
                {card.label}
              </Button>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
