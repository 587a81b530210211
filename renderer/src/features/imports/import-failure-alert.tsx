// A file the host could not read at all (not a workbook, no sheet of ours, no call for its applications).
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../../api/api-call-error.ts';

type Props = { title: string; error?: unknown; message?: string };

export function ImportFailureAlert({ title, error, message }: Props) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert" maw={880} data-testid="import-failure">
      {/* The host's sentence says what to do; its field paths ("callId") would mean nothing to a person. */}
      <Text size="sm">{message ?? errorMessage(error)}</Text>
    </Alert>
  );
}
