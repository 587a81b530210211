// How a failed call reads for a person: its French message, field issues if any, and a retry.
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ApiCallError, errorMessage } from '../api/api-call-error.ts';

type Props = {
  error: unknown;
  title?: string;
  onRetry?: () => void;
};

export function ErrorAlert({ error, title = 'Impossible de charger les données', onRetry }: Props) {
  const issues = error instanceof ApiCallError ? error.issues : [];
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="xs">
        <Text size="sm">{errorMessage(error)}</Text>
        {issues.length > 0 && (
          <List size="sm">
            {issues.map((issue) => (
              <List.Item key={`${issue.path}:${issue.message}`}>
                {issue.path ? `${issue.path} : ` : ''}
                {issue.message}
              </List.Item>
            ))}
          </List>
        )}
        {onRetry && (
          <div>
            <Button size="xs" variant="default" onClick={onRetry}>
              Réessayer
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
