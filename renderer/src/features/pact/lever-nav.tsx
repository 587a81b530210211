// The six levers as links (Levier 1 … Levier 6 with their titles), each one addressable by URL.
import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import type { PactLever } from '../../../../core/service/api.ts';
import { leverPath } from './pact-routes.ts';

type Props = { levers: PactLever[]; activeNumber: number | undefined };

export function LeverNav({ levers, activeNumber }: Props) {
  const location = useLocation();
  return (
    <nav aria-label="Leviers du pacte">
      <Stack gap={4}>
        {levers.map((lever) => {
          const active = lever.number === activeNumber;
          return (
            <NavLink
              key={lever.id}
              component={Link}
              to={{ pathname: leverPath(lever.number), search: location.search }}
              label={<Text component="span" fw={700} size="sm">{`Levier ${lever.number}`}</Text>}
              description={lever.title}
              active={active}
              aria-current={active ? 'page' : undefined}
              variant={active ? 'filled' : 'light'}
              data-testid={`lever-link-${lever.number}`}
              styles={{ description: { whiteSpace: 'normal', fontSize: 'var(--mantine-font-size-sm)' } }}
            />
          );
        })}
      </Stack>
    </nav>
  );
}
