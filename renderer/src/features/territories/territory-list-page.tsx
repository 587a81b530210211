// "Territoires": the neighbourhoods an action may cover and their priority areas (QPV), as shipped for
// Rennes; read here to check them before the first call (reached from "Pour commencer").
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { orderTerritories } from '../applications/territory-options.ts';
import { useTerritories } from '../applications/use-applications.ts';

export function TerritoryListPage() {
  usePageTitle('Territoires');
  const list = useTerritories();
  const ordered = list.data ? orderTerritories(list.data) : [];
  const priority = ordered.filter((territory) => territory.isPriority).length;

  return (
    <Stack gap="md" maw={880} data-testid="territories-page">
      <Stack gap={4}>
        <Title order={1}>Territoires</Title>
        <Text>
          Les quartiers où se déroulent les actions, et dans chacun ses quartiers prioritaires de la politique de la ville
          (QPV), dont les habitants sont prioritaires. Chaque dossier indique les siens ; les indicateurs s’y rapportent.
        </Text>
      </Stack>
      {list.isPending && <PageLoader label="Chargement des territoires…" />}
      {list.isError && <ErrorAlert error={list.error} title="Les territoires n’ont pas pu être chargés" onRetry={() => void list.refetch()} />}
      {list.isSuccess && (
        <>
          <Text fw={600} data-testid="territories-count">
            {ordered.length} territoires, dont {priority} quartiers prioritaires
          </Text>
          <Table withTableBorder verticalSpacing="xs" aria-label="Territoires" data-testid="territories-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Territoire</Table.Th>
                <Table.Th w={240}>Quartier prioritaire (QPV)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ordered.map((territory) => (
                <Table.Tr key={territory.id} data-testid="territory-row">
                  <Table.Td pl={territory.depth === 1 ? 'xl' : undefined} fw={territory.depth === 0 ? 600 : undefined}>
                    {territory.depth === 1 && <span aria-hidden>— </span>}
                    {territory.name}
                  </Table.Td>
                  <Table.Td>
                    {territory.isPriority ? (
                      <Badge variant="light" color="pacte" c="#184068" tt="none">
                        QPV
                      </Badge>
                    ) : (
                      <Text size="sm" component="span">
                        non
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm">
            La liste livrée avec l’application est celle de Rennes. Une autre ville en a d’autres : la modifier n’est pas
            encore possible depuis l’application.
          </Text>
        </>
      )}
    </Stack>
  );
}
