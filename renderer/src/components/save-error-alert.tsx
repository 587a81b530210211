// The alert above a form whose save was refused: one sentence on what to do, and the problems no field can show.
import { Alert, List, Text } from '@mantine/core';
import { ApiCallError, errorMessage } from '../api/api-call-error.ts';

export type SaveErrorAlertProps = {
  title: string;
  error: unknown;
  /** Server issues whose path matches no field of the form. */
  otherErrors: string[];
  testId?: string;
};

/**
 * The host's message names raw paths ("signatories.0.name"): when it came with issues, they are shown
 * under their fields or listed below, so the sentence only says what to do.
 */
function saveErrorSentence(error: unknown): string {
  if (error instanceof ApiCallError && error.issues.length > 0) {
    return 'Certaines informations ont été refusées : corrigez les champs signalés puis enregistrez à nouveau.';
  }
  return errorMessage(error);
}

export function SaveErrorAlert({ title, error, otherErrors, testId }: SaveErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} role="alert" data-testid={testId}>
      <Text size="sm">{saveErrorSentence(error)}</Text>
      {otherErrors.length > 0 && (
        <List size="sm" mt="xs">
          {otherErrors.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
