// The manager's appraisal of the action, printed on the fiche bilan: editable at any status, validated
// included (the fiche is often written after the decision). Saved only when changed.
import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { BilanDetail } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { useBilanWrite } from './use-bilans.ts';

type Props = { bilan: BilanDetail & { id: number } };

export function BilanAppraisal({ bilan }: Props) {
  const [text, setText] = useState(bilan.appraisal);
  const save = useBilanWrite('bilans.setAppraisal');
  const changed = text.trim() !== bilan.appraisal;
  return (
    <Stack gap="xs" component="section" aria-labelledby="bilan-appraisal-title" maw={880}>
      <Title order={2} id="bilan-appraisal-title">
        Appréciation du gestionnaire
      </Title>
      <Textarea
        label="Appréciation"
        description="Ce que vous retenez de l’action cette année ; imprimée sur la fiche bilan."
        autosize
        minRows={3}
        maxRows={12}
        maxLength={20_000}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          save.reset();
        }}
        data-testid="bilan-appraisal"
      />
      {save.isError && (
        <Alert color="red" c="#a51111" variant="light" title="Refusé" role="alert">
          {errorMessage(save.error)}
        </Alert>
      )}
      <Group gap="sm">
        <Button variant="light" disabled={!changed} loading={save.isPending} onClick={() => save.mutate({ id: bilan.id, appraisal: text })} data-testid="bilan-appraisal-save">
          Enregistrer l’appréciation
        </Button>
        <div role="status" aria-live="polite">
          {save.isSuccess && !changed && (
            <Text size="sm" c="#0b5e45" data-testid="bilan-appraisal-saved">
              Appréciation enregistrée.
            </Text>
          )}
        </div>
      </Group>
    </Stack>
  );
}
