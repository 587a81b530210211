// "Doublon probable" lines: providers that look like this one, each a link to its page. A warning
// only — two establishments may share a name, and the host refuses a same-SIRET save itself.
import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ProbableDuplicate } from '../../../../core/service/api.ts';
import { DUPLICATE_REASON_LABELS, displaySiret, providerPath } from './provider-labels.ts';

type Props = { duplicates: ProbableDuplicate[]; title: string; advice: string };

export function ProviderDuplicatesAlert({ duplicates, title, advice }: Props) {
  return (
    <Alert color="orange" variant="light" title={title} icon={<IconCopy aria-hidden />} data-testid="provider-duplicates">
      <List size="sm" spacing={4}>
        {duplicates.map((duplicate) => {
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
      </List>
      <Text size="sm" mt="xs">
        {advice}
      </Text>
    </Alert>
  );
}
