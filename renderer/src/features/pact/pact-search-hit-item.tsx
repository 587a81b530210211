// One search hit: its kind, its title with the searched words marked, where it sits, its partners and sources.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { PactDetail, PactPathStep, PactSearchHit } from '../../../../core/service/api.ts';
import { MarkedText } from './marked-text.tsx';
import { kindLabels } from './pact-labels.ts';
import { hasTerm } from './search-terms.ts';
import { PactTagList } from './pact-tag-list.tsx';

type Props = { hit: PactSearchHit; pact: PactDetail; terms: string[]; onOpen: () => void };

export function PactSearchHitItem({ hit, pact, terms, onOpen }: Props) {
  const matches = (name: string) => hasTerm(name, terms);
  const path = hit.path.map((step) => stepLabel(step, pact));

  return (
    <Paper component="li" withBorder p="sm" data-testid="pact-search-hit" data-kind={hit.kind}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="dot" color={kindColor(hit.kind)} tt="none" miw="fit-content" data-testid="pact-search-hit-kind">
            {kindLabels[hit.kind]}
          </Badge>
          <Text size="sm" c="dimmed" ff="monospace" aria-label={`code ${hit.code}`}>
            {hit.code}
          </Text>
          <Anchor component="button" type="button" onClick={onOpen} ta="left" fw={600} data-testid="pact-search-hit-title">
            <MarkedText text={hit.title} terms={terms} />
          </Anchor>
        </Group>
        {path.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="pact-search-hit-path">
            {path.join(' › ')}
          </Text>
        )}
        {(hit.partners.length > 0 || hit.sources.length > 0) && (
          <Group gap="lg" align="flex-start">
            {hit.partners.length > 0 && (
              <PactTagList label="Partenaires" names={hit.partners} variant="partner" isMatch={matches} />
            )}
            {hit.sources.length > 0 && (
              <PactTagList label="Sources" names={hit.sources} variant="source" isMatch={matches} />
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function stepLabel(step: PactPathStep, pact: PactDetail): string {
  if (step.kind === 'lever') {
    const lever = pact.levers.find((candidate) => candidate.code === step.code);
    return `Levier ${lever?.number ?? step.code} : ${step.title}`;
  }
  return `${step.code} ${step.title}`;
}

function kindColor(kind: PactSearchHit['kind']): string {
  switch (kind) {
    case 'lever':
      return 'pacte';
    case 'objective':
      return 'teal';
    case 'operationalObjective':
      return 'grape';
    case 'action':
      return 'orange';
  }
}
