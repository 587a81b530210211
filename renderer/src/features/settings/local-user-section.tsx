// "Utilisateur de ce poste" in Paramètres: who the acts done on this computer are recorded under.
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { LocalUserForm } from './local-user-form.tsx';
import { useLocalUser } from './use-local-user.ts';

export function LocalUserSection() {
  const localUser = useLocalUser();
  const [saved, setSaved] = useState('');

  return (
    <Stack gap="sm" maw={640} component="section" aria-labelledby="local-user-title" data-testid="local-user-section">
      <Title order={2} id="local-user-title">
        Utilisateur de ce poste
      </Title>
      <Text>
        Les actes faits sur cet ordinateur sans code PIN sont enregistrés à ce nom, dans le journal d’audit et les historiques. Un juré ou le président qui
        tape son code PIN reste nommé pour ce qu’il fait.
      </Text>
      {localUser.isPending && <PageLoader label="Chargement…" />}
      {localUser.isError && <ErrorAlert error={localUser.error} title="L’utilisateur du poste n’a pas pu être lu" onRetry={() => void localUser.refetch()} />}
      {localUser.isSuccess && (
        <>
          <Text size="sm" data-testid="local-user-recorded-as">
            {localUser.data.user ? 'Actes enregistrés au nom de ' : 'Personne n’est encore indiqué : les actes sont enregistrés au nom du compte du système '}
            <strong>{localUser.data.recordedAs}</strong>.
          </Text>
          {saved !== '' && (
            <Alert color="teal" variant="light" role="status" data-testid="local-user-saved">
              Enregistré : les prochains actes faits sur cet ordinateur seront au nom de {saved}.
            </Alert>
          )}
          {/* Keyed on the stored user, so the form starts again from what was saved. */}
          <LocalUserForm
            key={`${localUser.data.user?.name ?? ''}|${localUser.data.user?.role ?? ''}`}
            user={localUser.data.user}
            submitLabel="Changer l’utilisateur"
            onSaved={(user) => setSaved(user.name)}
          />
        </>
      )}
    </Stack>
  );
}
