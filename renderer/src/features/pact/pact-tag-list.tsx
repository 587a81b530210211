// Partners or sources of an action as badges; the ones a search matched stand out.
import { Badge, Group, Text } from '@mantine/core';

type Props = {
  /** Read before the badges so a screen reader knows what the names are. */
  label: string;
  names: string[];
  variant: 'partner' | 'source';
  isMatch?: (name: string) => boolean;
  hideLabel?: boolean;
  /** Said when the list is empty ("Aucun", "Aucune"): French agrees it with the label. */
  emptyText?: string;
};

export function PactTagList({ label, names, variant, isMatch, hideLabel = false, emptyText = 'Aucun' }: Props) {
  if (names.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {hideLabel ? '' : `${label} : `}
        {emptyText}
      </Text>
    );
  }
  const badges = (
    <Group gap={4} wrap="wrap" role="list" aria-label={label} data-testid={`pact-${variant}s`}>
      {names.map((name) => {
        const matched = isMatch?.(name) ?? false;
        return (
          <Badge
            key={name}
            role="listitem"
            tt="none"
            fw={500}
            size="lg"
            fz="xs"
            radius="sm"
            // Filled badges use the dark primary shade: Mantine's filled grey is too pale for white text.
            color={matched || variant === 'partner' ? 'pacte' : 'gray'}
            variant={matched ? 'filled' : variant === 'partner' ? 'light' : 'default'}
            data-matched={matched || undefined}
          >
            {name}
          </Badge>
        );
      })}
    </Group>
  );
  if (hideLabel) return badges;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text size="sm" fw={500} aria-hidden style={{ whiteSpace: 'nowrap' }}>
        {label} :
      </Text>
      {badges}
    </Group>
  );
}
