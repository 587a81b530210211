// "Le Pacte": the referential's overview, its search and its tabs (levers, key figures, governance, notes).
import { Alert, Anchor, Group, Stack, Tabs, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useCallback } from 'react';
import { Link, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { PactSearchHit } from '../../../../core/service/api.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PactExportMenu } from './pact-export-menu.tsx';
import type { PactOutletContext } from './pact-outlet-context.ts';
import { PactOverview } from './pact-overview.tsx';
import { PactPageError } from './pact-page-error.tsx';
import { PACT_PARAM, leverPath, pactTabs, parsePactId, tabFromPath, tabPath } from './pact-routes.ts';
import { PactSearch } from './pact-search.tsx';
import { PactSelector } from './pact-selector.tsx';
import { locateInPact } from './pact-tree.ts';
import { usePactDetail, usePactList } from './use-pact-queries.ts';

export function PactPage() {
  usePageTitle('Le Pacte');
  const location = useLocation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const requestedId = parsePactId(searchParams.get(PACT_PARAM));

  const list = usePactList();
  const hasPacts = (list.data?.length ?? 0) > 0;
  const detail = usePactDetail(requestedId, hasPacts);
  const pact = detail.data;

  const openHit = useCallback(
    (hit: PactSearchHit) => {
      if (!pact) return;
      const found = locateInPact(pact, { kind: hit.kind, id: hit.id });
      if (!found) return;
      // The state, not the URL, carries the target: a reload should not scroll again to an old hit.
      void navigate(
        { pathname: leverPath(found.lever.number), search: location.search },
        { state: { focus: { kind: hit.kind, id: hit.id } } },
      );
    },
    [pact, navigate, location.search],
  );

  if (list.isPending) return <PageLoader label="Chargement du référentiel…" />;
  if (list.isError) return <PactPageError error={list.error} onRetry={() => void list.refetch()} />;
  if (!hasPacts) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>Le Pacte</Title>
        <Alert variant="light" color="pacte" icon={<IconInfoCircle aria-hidden />} title="Aucun référentiel chargé">
          La base ne contient encore aucun pacte. Importez le référentiel (par exemple le Pacte Rennais d’Insertion
          2017 – 2021) depuis <Anchor component={Link} to="/parametres">Paramètres</Anchor> pour le consulter ici.
        </Alert>
      </Stack>
    );
  }
  if (detail.isPending) return <PageLoader label="Chargement du référentiel…" />;
  if (detail.isError) return <PactPageError error={detail.error} onRetry={() => void detail.refetch()} />;

  const currentPact = detail.data;
  const activeTab = tabFromPath(location.pathname);
  const outletContext: PactOutletContext = { pact: currentPact };

  const selectPact = (pactId: number) => {
    const next = new URLSearchParams(searchParams);
    next.set(PACT_PARAM, String(pactId));
    // Another referential has other levers: start again from its first tab.
    void navigate({ pathname: '/pacte', search: `?${next.toString()}` });
  };

  const changeTab = (value: string | null) => {
    const tab = pactTabs.find((candidate) => candidate.value === value);
    if (tab && tab.value !== activeTab) void navigate({ pathname: tabPath(tab.value), search: location.search });
  };

  return (
    <Stack gap="lg" data-testid="pact-page">
      <PactOverview pact={currentPact}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          {list.data.length > 1 && (
            <PactSelector pacts={list.data} selectedId={currentPact.id} onSelect={selectPact} />
          )}
          <PactExportMenu pactId={currentPact.id} />
        </Group>
      </PactOverview>
      <PactSearch pact={currentPact} onOpenHit={openHit} />
      <Tabs value={activeTab} onChange={changeTab} keepMounted={false}>
        <Tabs.List aria-label="Sections du pacte">
          {pactTabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value} data-testid={`pact-tab-${tab.value}`}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {pactTabs.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="lg">
            {tab.value === activeTab && <Outlet context={outletContext} />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
