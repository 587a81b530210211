// One bilan (/indicateurs/bilans/:id, or /indicateurs/bilans/nouveau?convention=…&annee=… for an expected
// bilan that has no row yet): its status and facts, the decisions its status allows, the provider's
// workbook and the import, its figures and financial report, the appraisal, the fiche bilan and the history.
import { Group, Stack, Text, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { ApiCallError } from '../../api/api-call-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { parseId } from '../applications/application-labels.ts';
import { BILANS_PATH, IndicatorsTabs } from '../indicators/indicators-tabs.tsx';
import { BilanActs } from './bilan-acts.tsx';
import { BilanAppraisal } from './bilan-appraisal.tsx';
import { BilanFacts, BilanHistory } from './bilan-facts.tsx';
import { BilanFicheButton } from './bilan-fiche-button.tsx';
import { BilanImportButton } from './bilan-import-button.tsx';
import { BilanStatusBadge } from './bilan-status-badge.tsx';
import { BilanValuesView } from './bilan-values-view.tsx';
import { BilanWorkbookButton } from './bilan-workbook-button.tsx';
import { useBilan, type BilanKey } from './use-bilans.ts';

function useBilanKey(): BilanKey | null {
  const { id } = useParams();
  const [params] = useSearchParams();
  if (id === 'nouveau') {
    const conventionId = parseId(params.get('convention'));
    const year = Number(params.get('annee'));
    return conventionId !== null && Number.isInteger(year) && year >= 2000 && year <= 2100 ? { conventionId, year } : null;
  }
  const bilanId = parseId(id);
  return bilanId === null ? null : { id: bilanId };
}

export function BilanDetailPage() {
  const key = useBilanKey();
  const query = useBilan(key);
  const bilan = query.data;
  usePageTitle(bilan ? `Bilan ${bilan.year} — ${bilan.conventionNumber}` : 'Bilan annuel');
  const notFound = key === null || (query.error instanceof ApiCallError && query.error.code === 'not_found');
  return (
    <IndicatorsTabs active="bilans" intro="Un bilan annuel : ses chiffres, son compte rendu financier, l’appréciation du gestionnaire et la décision.">
      <BackLink to={BILANS_PATH} label="Tous les bilans" />
      {notFound && (
        <Stack gap="xs" data-testid="bilan-not-found">
          <Title order={2}>Bilan introuvable</Title>
          <Text>Ce bilan n’existe pas, ou la convention ne couvre pas cette année. Retrouvez les bilans dans la liste.</Text>
        </Stack>
      )}
      {!notFound && query.isPending && <PageLoader label="Chargement du bilan…" />}
      {!notFound && query.isError && <ErrorAlert error={query.error} title="Le bilan n’a pas pu être chargé" onRetry={() => void query.refetch()} />}
      {bilan && (
        <Stack gap="xl" data-testid="bilan-detail">
          <Stack gap="sm">
            <Title order={2} data-testid="bilan-title">
              Bilan {bilan.year} — {bilan.actionTitle}
            </Title>
            <Group gap="sm" role="group" aria-label="Statut du bilan">
              <BilanStatusBadge status={bilan.status} size="lg" />
              {bilan.isDemo && <DemoBadge testId="bilan-demo" />}
              <BilanActs bilan={bilan} />
            </Group>
            <BilanFacts bilan={bilan} />
          </Stack>
          <Group gap="sm" align="flex-start">
            <BilanWorkbookButton conventionId={bilan.conventionId} year={bilan.year} />
            {bilan.status !== 'valide' && bilan.status !== 'dispense' && <BilanImportButton expected={{ conventionId: bilan.conventionId, year: bilan.year }} label="Importer le classeur rempli" />}
            {bilan.id !== null && <BilanFicheButton bilanId={bilan.id} />}
          </Group>
          <Stack gap="sm" component="section" aria-labelledby="bilan-content-title">
            <Title order={2} id="bilan-content-title">
              Contenu du bilan
            </Title>
            <BilanValuesView {...(bilan.id === null ? { conventionId: bilan.conventionId, year: bilan.year } : { bilanId: bilan.id })} />
          </Stack>
          {bilan.id !== null && <BilanAppraisal key={bilan.id} bilan={{ ...bilan, id: bilan.id }} />}
          <BilanHistory bilan={bilan} />
        </Stack>
      )}
    </IndicatorsTabs>
  );
}
