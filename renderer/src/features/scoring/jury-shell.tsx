// Jury mode's own frame: no navbar and no search, so that a juror at the chair's laptop sees their
// sheet and nothing else; the header names who is scoring and holds "Quitter" (back to the jury login).
// No link leads to the session: "Fermer le mode juré" asks for the chair's PIN first. On a juror's own
// laptop the header also carries the laptop's banner, and leads back to the juror's pack.
import { Anchor, Badge, Box, Button, Container, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconDoorExit, IconLogout } from '@tabler/icons-react';
import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { LaptopBanner } from '../packs/laptop-banner.tsx';
import { JURY_PACK_PATH } from '../packs/pack-labels.ts';
import { useLaptopPack } from '../packs/use-packs.ts';

const MAIN_ID = 'contenu';

/** onLeave: the way out to the app's other screens (the page asks for the chair's PIN); null where there is none. */
type Props = { jurorName: string | null; quitting: boolean; onQuit: () => void; onLeave: (() => void) | null; children: ReactNode };

/** A plain #contenu href would be read by the hash router as a route, so the link moves focus itself. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

export function JuryShell({ jurorName, quitting, onQuit, onLeave, children }: Props) {
  const laptop = useLaptopPack();
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <a href={`#${MAIN_ID}`} className="skip-link" onClick={skipToContent}>
        Aller au contenu
      </a>
      <Box component="header" bg="white" px="lg" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" gap="sm" maw={1100} mx="auto">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} size="lg" c="pacte.8" style={{ whiteSpace: 'nowrap' }}>
              Pacte CAI
            </Text>
            <Badge variant="filled" color="pacte.7" size="lg" tt="none">
              Mode juré
            </Badge>
          </Group>
          {jurorName !== null ? (
            <Group gap="sm" wrap="nowrap">
              <Text fw={600} data-testid="jury-juror-name">
                {jurorName}
              </Text>
              <Button variant="default" leftSection={<IconLogout size={18} aria-hidden />} loading={quitting} onClick={onQuit} data-testid="jury-quit">
                Quitter
              </Button>
            </Group>
          ) : laptop ? (
            <Anchor component={Link} to={JURY_PACK_PATH} size="sm" data-testid="jury-to-pack">
              <Group gap={4} wrap="nowrap">
                <IconArrowLeft size={16} aria-hidden />
                Mon dossier et mes notes
              </Group>
            </Anchor>
          ) : (
            onLeave !== null && (
              <Button variant="subtle" size="sm" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={onLeave} data-testid="jury-leave">
                Fermer le mode juré
              </Button>
            )
          )}
        </Group>
        {laptop && (
          <Box maw={1100} mx="auto" mt="sm">
            <LaptopBanner pack={laptop} />
          </Box>
        )}
      </Box>
      <Container size={1100} component="main" id={MAIN_ID} tabIndex={-1} py="xl" px="lg">
        {children}
      </Container>
    </Box>
  );
}
