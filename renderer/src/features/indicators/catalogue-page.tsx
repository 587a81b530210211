// The catalogue of common indicators (Indicateurs › Indicateurs communs): what each funded action reports
// in its yearly bilan, how each figure is computed, and the import of another catalogue file.
import { Group, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { formatFrenchDate } from '../../../../core/domain/french-parsing.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { IndicatorsTabs } from '../indicators/indicators-tabs.tsx';
import { CatalogueImportButton, CatalogueImportOutcome, useCatalogueImportFlow } from './catalogue-import-button.tsx';
import { CatalogueTable } from './catalogue-table.tsx';
import { useIndicatorCatalogue } from './use-indicators.ts';

export function CataloguePage() {
  usePageTitle('Indicateurs communs');
  const [allVersions, setAllVersions] = useState(false);
  const catalogue = useIndicatorCatalogue(allVersions);
  const importFlow = useCatalogueImportFlow();
  return (
    <IndicatorsTabs
      active="catalogue"
      intro="Les indicateurs que chaque action financée renseigne dans son bilan annuel. Un code ne change jamais de sens : une définition modifiée est une nouvelle version."
      actions={<CatalogueImportButton flow={importFlow} />}
    >
      <CatalogueImportOutcome flow={importFlow} />
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" data-testid="catalogue-count">
          {catalogue.data
            ? `${catalogue.data.rows.filter((row) => row.inForce).length} indicateurs en vigueur le ${formatFrenchDate(catalogue.data.asOf)}${allVersions ? `, ${catalogue.data.rows.length} versions enregistrées` : ''}`
            : ' '}
        </Text>
        <Switch label="Afficher toutes les versions" checked={allVersions} onChange={(event) => setAllVersions(event.currentTarget.checked)} data-testid="catalogue-all-versions" />
      </Group>
      {catalogue.isPending ? (
        <PageLoader label="Chargement du catalogue…" />
      ) : catalogue.isError ? (
        <ErrorAlert error={catalogue.error} title="Le catalogue n’a pas pu être chargé" onRetry={() => void catalogue.refetch()} />
      ) : (
        <CatalogueTable rows={catalogue.data.rows} caption="Ventilations : chaque catégorie admet « non renseigné ». Les ratios et les indicateurs calculés ne se saisissent pas." />
      )}
    </IndicatorsTabs>
  );
}
