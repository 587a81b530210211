// Why a referential was refused: the host's sentence, then each fault with where it sits in the file.
import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ApiCallError } from '../../api/api-call-error.ts';

type Props = { message: string; issues: ApiCallError['issues'] };

export function PactImportError({ message, issues }: Props) {
  return (
    <Alert
      color="red"
      variant="light"
      title="Le référentiel n’a pas été importé"
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
      data-testid="pact-import-error"
    >
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {issues.length > 0 && (
          <List size="sm" spacing={4}>
            {issues.map((issue) => (
              <List.Item key={`${issue.path}:${issue.message}`}>
                {/* The path ("levers.1.number") tells where to fix the file. */}
                {issue.path !== '' && (
                  <>
                    <Code>{issue.path}</Code> :{' '}
                  </>
                )}
                {issue.message}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );
}
