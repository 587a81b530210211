// The shell around every page: header (app, organisation, global search), section navbar, main content.
// On a juror's laptop (a jury pack is open in this database) it shows the juror's screens only, under a banner.
import { AppShell, Box, Burger, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { MouseEvent } from 'react';
import { Navigate, Outlet, ScrollRestoration, useLocation } from 'react-router';
import type { Location } from 'react-router';
import { PageLoader } from '../components/page-loader.tsx';
import { LaptopBanner } from '../features/packs/laptop-banner.tsx';
import { isLaptopPath, laptopNavItems } from '../features/packs/laptop-nav.ts';
import { JURY_PACK_PATH } from '../features/packs/pack-labels.ts';
import { useJuryPackInfo } from '../features/packs/use-packs.ts';
import { HeaderSearch } from '../features/search/header-search.tsx';
import { useOrganisation } from '../features/settings/use-organisation.ts';
import { LocalUserModal } from '../features/settings/local-user-modal.tsx';
import { MainNav } from './main-nav.tsx';

const MAIN_ID = 'contenu';

/**
 * A new section starts at the top; the pact's tabs and levers share one key so that switching
 * them keeps the reader where the tab bar is (the search results may sit above it).
 */
function scrollKey(location: Location): string {
  return location.pathname === '/pacte' || location.pathname.startsWith('/pacte/') ? '/pacte' : location.key;
}

/** A plain #contenu href would be read by the hash router as a route, so the link moves focus itself. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById(MAIN_ID);
  main?.focus();
  main?.scrollIntoView();
}

export function AppLayout() {
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const organisation = useOrganisation();
  const organisationName = organisation.data?.name.trim() ?? '';
  const juryPack = useJuryPackInfo();
  // Until the host has said whether this is a juror's laptop, no section is shown: a juror never glimpses the others.
  const undetermined = juryPack.isPending;
  const laptop = juryPack.data?.pack ?? null;
  const { pathname } = useLocation();
  if (laptop && !isLaptopPath(pathname)) return <Navigate to={JURY_PACK_PATH} replace />;

  return (
    <>
      <ScrollRestoration getKey={scrollKey} />
      <a href={`#${MAIN_ID}`} className="skip-link" onClick={skipToContent}>
        Aller au contenu
      </a>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Fermer le menu' : 'Ouvrir le menu'}
            />
            <Text fw={700} size="lg" c="pacte.8" style={{ whiteSpace: 'nowrap' }} data-testid="app-name">
              Pacte CAI
            </Text>
            {organisationName !== '' && (
              <>
                <Text aria-hidden c="dimmed">
                  ·
                </Text>
                <Text size="md" truncate="end" data-testid="header-organisation">
                  {organisationName}
                </Text>
              </>
            )}
            {!undetermined && !laptop && <HeaderSearch />}
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label="Navigation principale">
          <AppShell.Section grow component={ScrollArea}>
            {!undetermined && <MainNav onNavigate={close} {...(laptop ? { items: laptopNavItems(laptop) } : {})} />}
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1}>
          {laptop && (
            <Box mb="lg">
              <LaptopBanner pack={laptop} />
            </Box>
          )}
          {undetermined ? <PageLoader label="Chargement…" /> : <Outlet />}
          {/* Who uses this computer, asked once per start; a juror's laptop names its juror by PIN instead. */}
          {!undetermined && !laptop && <LocalUserModal />}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
