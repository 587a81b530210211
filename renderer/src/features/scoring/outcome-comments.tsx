// What the jurors wrote on one application, criterion by criterion, named (the chair reads it after the
// reveal, as the individual scores); each comment can be quoted, anonymously, in the avis's motivation.
import { Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconQuote } from '@tabler/icons-react';
import { useState } from 'react';
import type { EvaluationGrid } from '../../../../core/domain/jury/grid.ts';
import type { ApplicationOutcome, JurorComment } from '../../../../core/service/api.ts';
import { avisQuote } from './scoring-labels.ts';

type Props = {
  outcome: ApplicationOutcome;
  grid: EvaluationGrid | undefined;
  /** Appends the quote to the avis; absent when the avis can no longer change. */
  onQuote?: ((quote: string) => void) | undefined;
};

function levelText(score: JurorComment['score'], scaleMax: number | undefined): string {
  if (score === 'na') return 'non applicable';
  if (score === null) return 'non noté';
  return scaleMax === undefined ? `note ${score}` : `note ${score} / ${scaleMax}`;
}

export function OutcomeComments({ outcome, grid, onQuote }: Props) {
  // Which comments were quoted while this application is open: said on their button, so that a second click is a choice.
  const [quoted, setQuoted] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const scaleMax = (key: string) => grid?.criteria.find((criterion) => criterion.key === key)?.scale.max;
  const groups = outcome.criterionComments;
  return (
    <Stack gap="xs" component="section" aria-labelledby="outcome-comments-title" data-testid="outcome-comments">
      <Title order={3} id="outcome-comments-title">
        Commentaires des membres du jury
      </Title>
      {groups.length === 0 ? (
        <Text size="sm">Aucun commentaire n’a été écrit sur ce dossier.</Text>
      ) : (
        <Stack gap="md">
          {onQuote && <Text size="sm">« Citer » ajoute le commentaire à la motivation de l’avis, sans le nom de son auteur : « un membre du jury ».</Text>}
          {groups.map((group) => (
            <Stack key={group.key} gap={6} data-testid="outcome-comment-criterion" data-key={group.key}>
              <Title order={4} size="h5">
                {group.label}
              </Title>
              <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={`Commentaires sur « ${group.label} »`}>
                {group.comments.map((entry) => {
                  const id = `${group.key}:${entry.jurorId}`;
                  const done = quoted.has(id);
                  return (
                    <Group
                      key={id}
                      component="li"
                      justify="space-between"
                      align="flex-start"
                      wrap="nowrap"
                      gap="md"
                      p="xs"
                      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
                      data-testid="outcome-comment"
                    >
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600} data-testid="outcome-comment-juror">
                          {entry.jurorName} · {levelText(entry.score, scaleMax(group.key))}
                        </Text>
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="outcome-comment-text">
                          {entry.comment}
                        </Text>
                      </Stack>
                      {onQuote && (
                        <Button
                          size="xs"
                          variant="light"
                          style={{ flexShrink: 0 }}
                          leftSection={done ? <IconCheck size={14} aria-hidden /> : <IconQuote size={14} aria-hidden />}
                          aria-label={`${done ? 'Citer à nouveau' : 'Citer'} dans l’avis le commentaire de ${entry.jurorName} sur « ${group.label} »`}
                          onClick={() => {
                            onQuote(avisQuote(entry.comment, group.label));
                            setQuoted((previous) => new Set(previous).add(id));
                            setAnnouncement(`Commentaire de ${entry.jurorName} cité dans la motivation de l’avis.`);
                          }}
                          data-testid="outcome-comment-quote"
                        >
                          {done ? 'Cité' : 'Citer'}
                        </Button>
                      )}
                    </Group>
                  );
                })}
              </Stack>
            </Stack>
          ))}
        </Stack>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </Stack>
  );
}
