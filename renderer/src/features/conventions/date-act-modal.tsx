// A confirmation that needs one date (a bilan accepted, a payment made, a recovery received): the date is
// today's unless changed, and a refusal is shown in the host's words with the date kept as typed.
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-call-error.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import { ModalActions } from '../../components/modal-actions.tsx';
import { issueAt } from '../scoring/chair-pin.tsx';
import { todayIso } from './convention-labels.ts';

type Props = {
  opened: boolean;
  title: string;
  text: string;
  dateLabel: string;
  submitLabel: string;
  /** Where the host puts a refused date among its issues. */
  datePath: string;
  loading: boolean;
  error: unknown;
  onSubmit: (isoDate: string) => void;
  onClose: () => void;
  testId: string;
};

export function DateActModal({ opened, title, text, dateLabel, submitLabel, datePath, loading, error, onSubmit, onClose, testId }: Props) {
  const [date, setDate] = useState(todayIso());
  const dateError = issueAt(error, datePath);
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid={testId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(date);
        }}
      >
        <Stack gap="md">
          <Text size="sm">{text}</Text>
          {error !== null && error !== undefined && dateError === undefined && (
            <Alert color="red" c="#a51111" variant="light" title="Refusé" role="alert" data-testid={`${testId}-error`}>
              {errorMessage(error)}
            </Alert>
          )}
          <FrenchDateInput label={dateLabel} withAsterisk aria-required value={date} onChange={setDate} error={dateError} data-testid={`${testId}-date`} maw={220} />
          <ModalActions onCancel={onClose} submitLabel={submitLabel} loading={loading} testId={`${testId}-confirm`} />
        </Stack>
      </form>
    </Modal>
  );
}
