// "Saisir une fiche papier": the chair types the sheet a juror filled on paper — each criterion's
// level or N/A, the comments — and confirms with the chair's PIN. The sheet is submitted at once.
import { Modal, NativeSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ModalActions } from '../../components/modal-actions.tsx';
import type { EvaluationGrid } from '../../../../core/domain/jury/grid.ts';
import type { CriterionScore } from '../../../../core/domain/jury/sheet-rules.ts';
import type { SessionDetail } from '../../../../core/service/api.ts';
import { ChairPinInput, chairPinProblem, generalError, issueAt } from './chair-pin.tsx';
import { useEnterPaper } from './use-deliberation.ts';

type Props = { session: SessionDetail; grid: EvaluationGrid | undefined; opened: boolean; onClose: () => void; onSaved: (message: string) => void };

type Draft = Record<string, { score: string; comment: string }>;

const NA = 'na' as const;

export function PaperSheetModal({ session, grid, opened, onClose, onSaved }: Props) {
  const enter = useEnterPaper(session.id);
  const [jurorId, setJurorId] = useState<string | null>(null);
  const [applicationId, setApplicationId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>({});
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<string | undefined>();
  const [missing, setMissing] = useState<{ juror?: string; application?: string }>({});

  const juror = jurorId === null ? null : Number(jurorId);
  const applications = session.agenda.filter((item) => juror === null || !item.conflictedJurorIds.includes(juror));
  const error = enter.error;
  const other = generalError(error, (path) => path === 'chairPin' || path === 'jurorId' || path === 'applicationId' || path.startsWith('answers.'));

  const close = () => {
    setApplicationId(null);
    setDraft({});
    setPin('');
    setPinError(undefined);
    setMissing({});
    enter.reset();
    onClose();
  };

  const setAnswer = (key: string, part: 'score' | 'comment', value: string) => {
    setDraft((current) => ({ ...current, [key]: { score: current[key]?.score ?? '', comment: current[key]?.comment ?? '', [part]: value } }));
    enter.reset();
  };

  const submit = () => {
    const found = { juror: juror === null ? 'Choisissez le membre du jury.' : undefined, application: applicationId === null ? 'Choisissez le dossier.' : undefined };
    setMissing(found);
    const problem = chairPinProblem(pin);
    if (problem) setPinError(problem);
    if (problem || juror === null || applicationId === null || !grid) return;
    const answers = Object.fromEntries(
      grid.criteria.map((criterion) => {
        const answer = draft[criterion.key];
        const score: CriterionScore | null = !answer?.score ? null : answer.score === NA ? NA : Number(answer.score);
        return [criterion.key, { score, comment: answer?.comment ?? '' }];
      }),
    );
    enter.mutate(
      { jurorId: juror, applicationId: Number(applicationId), answers, chairPin: pin },
      {
        onSuccess: () => {
          const name = session.members.find((member) => member.id === juror)?.name ?? '';
          const title = session.agenda.find((item) => item.applicationId === Number(applicationId))?.title ?? '';
          close();
          onSaved(`Fiche papier de ${name} pour « ${title} » enregistrée.`);
        },
        onError: (failure) => setPinError(issueAt(failure, 'chairPin')),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Saisir une fiche papier" size="xl" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="paper-modal">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">La fiche est enregistrée comme soumise par ce membre du jury, source « fiche papier ».</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Membre du jury"
              data={session.members.map((member) => ({ value: String(member.id), label: member.name }))}
              value={jurorId}
              onChange={(value) => {
                setJurorId(value);
                setApplicationId(null);
                setMissing({});
                enter.reset();
              }}
              withAsterisk
              allowDeselect={false}
              error={missing.juror ?? issueAt(error, 'jurorId')}
              data-testid="paper-juror"
            />
            <Select
              label="Dossier"
              data={applications.map((item) => ({ value: String(item.applicationId), label: `${item.position}. ${item.title} — ${item.providerName}` }))}
              value={applicationId}
              onChange={(value) => {
                setApplicationId(value);
                setMissing((current) => ({ ...current, application: undefined }));
                enter.reset();
              }}
              withAsterisk
              allowDeselect={false}
              searchable
              nothingFoundMessage="Aucun dossier"
              error={missing.application ?? issueAt(error, 'applicationId')}
              data-testid="paper-application"
            />
          </SimpleGrid>
          {grid?.criteria.map((criterion, index) => (
            <Paper key={criterion.key} withBorder p="sm" data-testid="paper-criterion" data-key={criterion.key}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect
                  label={`${index + 1}. ${criterion.label}`}
                  description={`Poids ${criterion.weight.toLocaleString('fr-FR')}, de ${criterion.scale.min} à ${criterion.scale.max}`}
                  data={[
                    { value: '', label: '— Note —' },
                    ...criterion.scale.levels.map((level) => ({ value: String(level.value), label: `${level.value} — ${level.descriptor}` })),
                    ...(criterion.allowsNotApplicable ? [{ value: NA, label: 'Non applicable' }] : []),
                  ]}
                  value={draft[criterion.key]?.score ?? ''}
                  onChange={(event) => setAnswer(criterion.key, 'score', event.currentTarget.value)}
                  error={issueAt(error, `answers.${criterion.key}`)}
                  data-testid="paper-score"
                />
                <TextInput
                  label="Commentaire"
                  description={criterion.commentRequiredBelow === null ? 'Facultatif.' : `Obligatoire pour une note inférieure à ${criterion.commentRequiredBelow}.`}
                  maxLength={4000}
                  value={draft[criterion.key]?.comment ?? ''}
                  onChange={(event) => setAnswer(criterion.key, 'comment', event.currentTarget.value)}
                  data-testid="paper-comment"
                />
              </SimpleGrid>
            </Paper>
          ))}
          <ChairPinInput
            value={pin}
            onChange={(value) => {
              setPin(value);
              setPinError(undefined);
            }}
            error={pinError}
          />
          {other && (
            <Text size="sm" c="red.9" role="alert" data-testid="paper-error">
              {other}
            </Text>
          )}
          <ModalActions onCancel={close} submitLabel="Enregistrer la fiche" loading={enter.isPending} testId="paper-save" />
        </Stack>
      </form>
    </Modal>
  );
}
