// Step 2 of jury mode: the juror's own agenda — "12 / 40" complete sheets, each application's state,
// the way into each sheet, and "Soumettre ma notation" once everything is scored.
import { Alert, Anchor, Button, Group, List, Paper, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconMessageExclamation } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { JurySession } from '../../../../core/service/api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { JuryItemStateBadge } from './scoring-badges.tsx';
import { juryItemState, missingCommentsText, plural, type JuryItem, type JuryItemState } from './scoring-labels.ts';
import { JurySubmitModal } from './jury-submit-modal.tsx';
import { useSubmitJury } from './use-jury.ts';

type Props = { juryToken: string; session: JurySession; settle: () => Promise<void>; onOpen: (applicationId: number) => void };

const ACTIONS: Record<Exclude<JuryItemState, 'conflict'>, string> = { todo: 'Noter', started: 'Reprendre', complete: 'Revoir' };

/**
 * The service names each incomplete sheet by its application ("applications.12") with every problem
 * of it; a sheet with criteria left unscored is summed up in one line, the missing comments are named.
 */
function incompleteSheets(error: unknown, session: JurySession): { item: JuryItem; message: string }[] {
  if (!(error instanceof ApiCallError)) return [];
  return error.issues.flatMap((issue) => {
    const item = session.applications.find((candidate) => issue.path === `applications.${candidate.applicationId}`);
    if (!item) return [];
    const left = item.total - item.answered;
    return [{ item, message: left > 0 ? `${plural(left, 'critère')} sans note sur ${item.total}.` : issue.message }];
  });
}

export function JuryAgenda({ juryToken, session, settle, onOpen }: Props) {
  usePageTitle('Mes dossiers · Mode juré');
  const submit = useSubmitJury(juryToken);
  const [confirming, setConfirming] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const left = session.toScoreCount - session.completeCount;
  const incomplete = incompleteSheets(submit.error, session);
  const confirm = () =>
    void settle().then(() =>
      submit.mutate(undefined, {
        onSettled: () => setConfirming(false),
        onError: () => window.requestAnimationFrame(() => alertRef.current?.focus()),
      }),
    );

  return (
    <Stack gap="lg" data-testid="jury-agenda">
      <Stack gap={4}>
        <Title order={1} ref={titleRef} tabIndex={-1} style={{ outline: 'none' }}>
          Mes dossiers à noter
        </Title>
        <Text>
          Bonjour {session.jurorName}. Ouvrez chaque dossier, lisez-le puis notez-le critère par critère : vos réponses sont enregistrées au fur et à mesure, et personne
          d’autre ne les voit.
        </Text>
      </Stack>
      <Paper withBorder p="md" maw={520}>
        <Group gap="md" wrap="nowrap">
          <Text fz={34} fw={700} lh={1} style={{ whiteSpace: 'nowrap' }} data-testid="jury-progress">
            {session.completeCount} / {session.toScoreCount}
          </Text>
          <Stack gap={6} style={{ flexGrow: 1 }}>
            <Text size="sm">fiches complètes</Text>
            <Progress value={session.toScoreCount === 0 ? 0 : (100 * session.completeCount) / session.toScoreCount} color="teal.8" aria-label="Fiches complètes" />
          </Stack>
        </Group>
      </Paper>
      <Table withTableBorder verticalSpacing="sm" aria-label="Mes dossiers à noter" data-testid="jury-agenda-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>N°</Table.Th>
            <Table.Th>Dossier</Table.Th>
            <Table.Th w={150} style={{ whiteSpace: 'nowrap' }}>
              Critères notés
            </Table.Th>
            <Table.Th w={170}>État</Table.Th>
            <Table.Th w={150}>
              <VisuallyHidden>Action</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {session.applications.map((item, index) => {
            const state = juryItemState(item);
            return (
              <Table.Tr key={item.applicationId} data-testid="jury-agenda-row" data-state={state}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>
                  <Text fw={600}>{item.title}</Text>
                  <Text size="sm">{item.providerName}</Text>
                  {!item.isConflicted && item.missingComments.length > 0 && (
                    <Text size="sm" c="#853200" fw={600} mt={4} data-testid="jury-missing-comments">
                      <IconMessageExclamation size={16} aria-hidden style={{ verticalAlign: 'text-bottom', marginRight: 4 }} />
                      {missingCommentsText(item.missingComments)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{item.isConflicted ? '—' : `${item.answered} / ${item.total}`}</Table.Td>
                <Table.Td>
                  <JuryItemStateBadge state={state} />
                </Table.Td>
                <Table.Td ta="right">
                  {state === 'conflict' ? (
                    <Text size="sm">Ne peut pas être noté</Text>
                  ) : (
                    <Button variant={state === 'complete' ? 'default' : 'filled'} onClick={() => onOpen(item.applicationId)} aria-label={`${ACTIONS[state]} « ${item.title} »`} data-testid="jury-open-sheet">
                      {ACTIONS[state]}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {submit.isError && (
        <Alert ref={alertRef} tabIndex={-1} color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Votre notation n’a pas été soumise" role="alert" data-testid="jury-submit-error">
          {incomplete.length === 0 ? (
            <Text size="sm">{errorMessage(submit.error)}</Text>
          ) : (
            <Stack gap="xs">
              <Text size="sm">Ces fiches sont incomplètes ; complétez-les puis soumettez à nouveau :</Text>
              <List size="sm" spacing="xs">
                {incomplete.map(({ item, message }) => (
                  <List.Item key={item.applicationId} data-testid="jury-incomplete">
                    <Anchor component="button" type="button" fw={600} size="sm" onClick={() => onOpen(item.applicationId)}>
                      {item.title}
                    </Anchor>{' '}
                    : {message}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </Alert>
      )}
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{left > 0 ? `Encore ${plural(left, 'fiche')} à compléter avant de soumettre.` : 'Toutes vos fiches sont complètes : vous pouvez soumettre votre notation.'}</Text>
        <Button size="md" leftSection={<IconLock size={18} aria-hidden />} onClick={() => setConfirming(true)} data-testid="jury-submit">
          Soumettre ma notation
        </Button>
      </Stack>
      <JurySubmitModal opened={confirming} toScoreCount={session.toScoreCount} submitting={submit.isPending} onCancel={() => setConfirming(false)} onConfirm={confirm} />
    </Stack>
  );
}
