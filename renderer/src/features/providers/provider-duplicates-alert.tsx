// "Doublon probable" lines: providers that look like this one, each a link to its page. A warning
// only — two establishments may share a name, and the host refuses a same-SIRET save itself.
import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { nameSimilarity } from '../../../../core/domain/similar-names.ts';
import type { ProbableDuplicate } from '../../../../core/service/api.ts';
import { DUPLICATE_REASON_LABELS, displaySiret, providerPath } from './provider-labels.ts';

type Props = {
  duplicates: ProbableDuplicate[];
  /** The name being compared, to show the closest names first. */
  name: string;
  title: string;
  advice: string;
};

// A short, generic name ("Insertion") can resemble dozens; the first few say enough (same SIRET first).
const SHOWN = 5;

export function ProviderDuplicatesAlert({ duplicates, name, title, advice }: Props) {
  // The host lists same-SIRET first, then close names in record order; the closest name is the likeliest.
  const ordered = duplicates
    .map((duplicate) => ({ duplicate, score: duplicate.reason === 'siret' ? 2 : nameSimilarity(name, duplicate.name) }))
    .sort((left, right) => right.score - left.score)
    .map(({ duplicate }) => duplicate);
  const hidden = ordered.length - SHOWN;
  return (
    <Alert
      color="orange"
      variant="light"
      title={title}
      icon={<IconCopy aria-hidden />}
      // Mantine's orange title on the light orange background is below 4.5:1; the icon keeps the colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      data-testid="provider-duplicates"
    >
      <List size="sm" spacing={4}>
        {ordered.slice(0, SHOWN).map((duplicate) => {
          const siret = displaySiret(duplicate.siret);
          return (
            <List.Item key={duplicate.id} data-testid="provider-duplicate" data-reason={duplicate.reason}>
              Doublon probable :{' '}
              <Anchor component={Link} to={providerPath(duplicate.id)} size="sm" fw={600}>
                « {duplicate.name} »
              </Anchor>{' '}
              ({DUPLICATE_REASON_LABELS[duplicate.reason]}
              {siret && duplicate.reason === 'name' ? `, SIRET ${siret}` : ''})
            </List.Item>
          );
        })}
        {hidden > 0 && (
          <List.Item data-testid="provider-duplicates-more">
            {hidden > 1
              ? `… et ${hidden.toLocaleString('fr-FR')} autres prestataires aux noms proches.`
              : '… et 1 autre prestataire au nom proche.'}
          </List.Item>
        )}
      </List>
      <Text size="sm" mt="xs">
        {advice}
      </Text>
    </Alert>
  );
}
