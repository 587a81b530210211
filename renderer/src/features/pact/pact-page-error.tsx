// The pact page when its data could not be loaded: still a titled page, with the reason and a retry.
import { Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert.tsx';

type Props = { error: unknown; onRetry: () => void };

export function PactPageError({ error, onRetry }: Props) {
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>Le Pacte</Title>
      <ErrorAlert error={error} title="Le référentiel n’a pas pu être chargé" onRetry={onRetry} />
      <Text size="sm">Les autres rubriques restent accessibles depuis le menu.</Text>
    </Stack>
  );
}
