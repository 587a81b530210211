// One criterion of the grid as the juror scores it: its label, description and weight, a radio per
// level with the level's descriptor (arrow keys move between them), "Non applicable" where the grid
// allows it, and the comment, which the grid requires below a level.
import { Badge, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { GridCriterion } from '../../../../core/domain/jury/grid.ts';
import type { CriterionAnswer, CriterionScore } from '../../../../core/domain/jury/sheet-rules.ts';

type Props = {
  index: number;
  criterion: GridCriterion;
  initial: CriterionAnswer | undefined;
  readOnly: boolean;
  /** `typing`: a comment being written, saved after a pause; otherwise saved at once. */
  onAnswer: (answer: CriterionAnswer, typing: boolean) => void;
};

const NA = 'na';

function toScore(value: string | null): CriterionScore | null {
  if (value === null || value === '') return null;
  return value === NA ? NA : Number(value);
}

function commentRequired(criterion: GridCriterion, score: CriterionScore | null): boolean {
  return typeof score === 'number' && criterion.commentRequiredBelow !== null && score < criterion.commentRequiredBelow;
}

export function CriterionField({ index, criterion, initial, readOnly, onAnswer }: Props) {
  const [value, setValue] = useState<string | null>(initial?.score === null || initial?.score === undefined ? null : String(initial.score));
  const [comment, setComment] = useState(initial?.comment ?? '');
  const score = toScore(value);
  const required = commentRequired(criterion, score);
  const missingComment = required && comment.trim() === '';
  const threshold = criterion.commentRequiredBelow;

  return (
    <Paper withBorder p="md" data-testid="criterion" data-key={criterion.key} data-answered={score !== null || undefined}>
      <Stack gap="sm">
        <Radio.Group
          value={value}
          onChange={(next) => {
            setValue(next);
            onAnswer({ score: toScore(next), comment }, false);
          }}
          readOnly={readOnly}
          label={
            <Group gap="xs" component="span" wrap="wrap">
              <span>
                {index + 1}. {criterion.label}
              </span>
              <Badge variant="outline" color="gray" c="#373a40" size="sm" tt="none" component="span">
                Poids {criterion.weight.toLocaleString('fr-FR')}
              </Badge>
            </Group>
          }
          description={criterion.description || undefined}
          labelProps={{ fz: 'md', fw: 700, mb: 4 }}
          descriptionProps={{ fz: 'sm', c: 'var(--mantine-color-text)', mb: 'xs' }}
          data-testid={`criterion-${criterion.key}`}
        >
          <Stack gap={8} mt={4}>
            {criterion.scale.levels.map((level) => (
              <Radio
                key={level.value}
                value={String(level.value)}
                label={
                  <>
                    <Text span fw={700}>
                      {level.value}
                    </Text>{' '}
                    — {level.descriptor}
                  </>
                }
                data-testid="criterion-level"
              />
            ))}
            {criterion.allowsNotApplicable && <Radio value={NA} label="Non applicable (le critère ne compte pas dans la note)" data-testid="criterion-na" />}
          </Stack>
        </Radio.Group>
        <Textarea
          label="Commentaire"
          description={threshold === null ? 'Facultatif.' : `Obligatoire pour une note inférieure à ${threshold}.`}
          withAsterisk={required}
          aria-required={required}
          error={missingComment ? `Écrivez un commentaire : il est obligatoire pour une note inférieure à ${threshold}.` : undefined}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={4000}
          readOnly={readOnly}
          value={comment}
          onChange={(event) => {
            const next = event.currentTarget.value;
            setComment(next);
            onAnswer({ score, comment: next }, true);
          }}
          data-testid="criterion-comment"
        />
      </Stack>
    </Paper>
  );
}
