// Last line of defence: a render crash shows a French message and a way out, never a blank window.
import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

type Props = { children: ReactNode };
type State = { failed: boolean };

export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console so a developer can read it from the Electron devtools or the browser.
    console.error('Pacte CAI: rendering failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Container size="sm" py="xl" component="main">
        <Alert color="red" variant="light" title="Pacte CAI a rencontré une erreur" icon={<IconAlertTriangle aria-hidden />}>
          <Stack gap="sm">
            <Text size="sm">
              L’écran n’a pas pu s’afficher. Vos données enregistrées ne sont pas perdues. Rechargez la page pour
              continuer ; si l’erreur revient, signalez-la avec l’heure à laquelle elle s’est produite.
            </Text>
            <div>
              <Button onClick={() => window.location.reload()}>Recharger</Button>
            </div>
          </Stack>
        </Alert>
      </Container>
    );
  }
}
