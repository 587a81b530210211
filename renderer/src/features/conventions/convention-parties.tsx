// The two parties of the convention: the CCAS (from the organisation settings, its SIRET and first signatory)
// and the provider (SIRET or RNA, as the open-data export needs one of them).
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ConventionDetail } from '../../../../core/service/conventions/conventions-api.ts';
import { displaySiret, providerPath } from '../providers/provider-labels.ts';
import { useOrganisation } from '../settings/use-organisation.ts';

type Props = { convention: ConventionDetail };

function Missing({ children }: { children: string }) {
  return (
    <Text span size="sm" c="#a51111">
      {children}
    </Text>
  );
}

export function ConventionParties({ convention }: Props) {
  const organisation = useOrganisation();
  const ccas = organisation.data;
  const signatory = ccas?.signatories[0];
  const providerSiret = displaySiret(convention.providerSiret);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={880} component="section" aria-label="Les parties" data-testid="convention-parties">
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Title order={2} size="h4">
            Le CCAS
          </Title>
          <Text fw={600}>{ccas?.name || <Missing>Nom de l’organisme à renseigner dans les paramètres</Missing>}</Text>
          <Text size="sm">SIRET : {ccas?.siret ? displaySiret(ccas.siret) : <Missing>à renseigner dans les paramètres</Missing>}</Text>
          <Text size="sm">{signatory ? `Représenté par ${signatory.name}, ${signatory.role}` : <Missing>Signataire à renseigner dans les paramètres</Missing>}</Text>
          {(!ccas?.siret || !signatory) && (
            <Anchor component={Link} to="/parametres" size="sm">
              Ouvrir les paramètres
            </Anchor>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Title order={2} size="h4">
            Le prestataire
          </Title>
          <Anchor component={Link} to={providerPath(convention.providerId)} fw={600} data-testid="convention-provider">
            {convention.providerName}
          </Anchor>
          <Text size="sm">SIRET : {providerSiret ?? <Missing>non renseigné</Missing>}</Text>
          <Text size="sm">RNA : {convention.providerRna ?? '—'}</Text>
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
