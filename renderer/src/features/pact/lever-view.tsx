// The "Leviers" tab: the list of levers beside the selected one (from #/pacte/levier/N, lever 1 by default).
import { Alert, Box, Flex } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useLocation, useParams } from 'react-router';
import { LeverNav } from './lever-nav.tsx';
import { LeverPanel } from './lever-panel.tsx';
import { usePactOutlet } from './pact-outlet-context.ts';
import { isPactFocus } from './pact-tree.ts';

export function LeverView() {
  const { pact } = usePactOutlet();
  const { leverNumber } = useParams();
  const location = useLocation();
  const wanted = leverNumber === undefined ? pact.levers[0]?.number : Number(leverNumber);
  const lever = pact.levers.find((candidate) => candidate.number === wanted);
  const state: unknown = location.state;
  const focus = typeof state === 'object' && state !== null && 'focus' in state && isPactFocus(state.focus) ? state.focus : null;

  return (
    <Flex gap="xl" direction={{ base: 'column', md: 'row' }} align={{ base: 'stretch', md: 'flex-start' }}>
      {/* Sticky beside a long lever, so another lever is one click away at any scroll depth. */}
      <Box w={{ base: '100%', md: 270 }} style={{ flexShrink: 0 }} pos={{ base: 'static', md: 'sticky' }} top={72}>
        <LeverNav levers={pact.levers} activeNumber={lever?.number} />
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }}>
        {lever ? (
          // Keyed by lever so the expanded objectives of one lever do not leak into the next.
          <LeverPanel key={lever.id} lever={lever} focus={focus} focusKey={location.key} />
        ) : (
          <Alert variant="light" color="pacte" icon={<IconInfoCircle aria-hidden />} title="Levier introuvable">
            Ce référentiel n’a pas de levier {leverNumber}. Choisissez un levier dans la liste.
          </Alert>
        )}
      </Box>
    </Flex>
  );
}
