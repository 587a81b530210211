// A loading state that screen readers announce instead of an empty region.
import { Center, Loader, Text } from '@mantine/core';

type Props = { label?: string };

export function PageLoader({ label = 'Chargement…' }: Props) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" mr="sm" aria-hidden />
      <Text size="sm">{label}</Text>
    </Center>
  );
}
