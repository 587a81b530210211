// Partners or sources of an action as badges; the ones a search matched stand out.
import { Badge, Group, Text } from '@mantine/core';

type Props = {
  /** Read before the badges so a screen reader knows what the names are. */
  label: string;
  names: string[];
  variant: 'partner' | 'source';
  isMatch?: (name: string) => boolean;
  hideLabel?: boolean;
};

export function PactTagList({ label, names, variant, isMatch, hideLabel = false }: Props) {
  if (names.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {hideLabel ? '' : `${label} : `}aucun
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="wrap" role="list" aria-label={label} data-testid={`pact-${variant}s`}>
      {!hideLabel && (
        <Text size="sm" fw={500} mr={4} aria-hidden>
          {label} :
        </Text>
      )}
      {names.map((name) => {
        const matched = isMatch?.(name) ?? false;
        return (
          <Badge
            key={name}
            role="listitem"
            tt="none"
            fw={500}
            size="md"
            radius="sm"
            color={variant === 'partner' ? 'pacte' : 'gray'}
            variant={matched ? 'filled' : variant === 'partner' ? 'light' : 'default'}
          >
            {name}
          </Badge>
        );
      })}
    </Group>
  );
}
