// Shown by the router when a route fails to render or load, inside the app frame when possible.
import { Container, Title } from '@mantine/core';
import { useRouteError } from 'react-router';
import { ErrorAlert } from '../components/error-alert.tsx';
import { usePageTitle } from '../components/use-page-title.ts';

export function RouteErrorPage() {
  const error = useRouteError();
  usePageTitle('Erreur');
  console.error('Pacte CAI: route failed', error);
  return (
    <Container size="sm" py="xl" component="main">
      <Title order={1} mb="md">
        Erreur
      </Title>
      <ErrorAlert error={error} title="Cet écran n’a pas pu s’afficher" onRetry={() => window.location.reload()} />
    </Container>
  );
}
