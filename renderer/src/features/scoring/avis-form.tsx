// The commission's avis on one application: its kind, the conditions of a "favorable sous réserve",
// the reasons of an adjournment or a refusal, the motivation, and the amount proposed (never above
// the amount requested). The service says what is wrong; its words land under the fields.
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useImperativeHandle, useState, type Ref } from 'react';
import { AVIS_KINDS, FUNDING_AVIS } from '../../../../core/domain/jury/avis.ts';
import { formatEuros, parseEuros } from '../../../../core/domain/money.ts';
import type { ApplicationOutcome, AvisKind } from '../../../../core/service/api.ts';
import { AVIS_LABELS } from '../../../../core/service/scoring/scoring-api.ts';
import { MoneyInput } from '../../components/money-input.tsx';
import { useDirtyReport } from '../../components/use-discard-guard.ts';
import { formatDateTime } from '../applications/application-labels.ts';
import { generalError, issueAt } from './chair-pin.tsx';
import { useSetAvis } from './use-deliberation.ts';

/** What the drawer asks of the form: a juror's comment quoted at the end of the motivation. */
export type AvisFormHandle = { quote: (text: string) => void };

type Props = { sessionId: number; outcome: ApplicationOutcome; readOnly: boolean; ref?: Ref<AvisFormHandle>; onDirtyChange?: (dirty: boolean) => void };

const FIELDS = new Set(['conditions', 'reasons', 'motivation', 'proposedCents', 'kind']);

export function AvisForm({ sessionId, outcome, readOnly, ref, onDirtyChange }: Props) {
  const setAvis = useSetAvis(sessionId);
  const saved = outcome.avis;
  const [kind, setKind] = useState<AvisKind | null>(saved?.kind ?? null);
  const [conditions, setConditions] = useState(saved?.conditions ?? '');
  const [reasons, setReasons] = useState(saved?.reasons ?? '');
  const [motivation, setMotivation] = useState(saved?.motivation ?? '');
  const [proposed, setProposed] = useState(saved && FUNDING_AVIS.has(saved.kind) ? formatEuros(saved.proposedCents) : '');
  const [localErrors, setLocalErrors] = useState<{ kind?: string; proposed?: string }>({});
  const [justSaved, setJustSaved] = useState(false);
  // Tells the drawer whether closing it would lose an avis typed but not saved.
  const unsaved =
    kind !== (saved?.kind ?? null) ||
    conditions !== (saved?.conditions ?? '') ||
    reasons !== (saved?.reasons ?? '') ||
    motivation !== (saved?.motivation ?? '') ||
    proposed !== (saved && FUNDING_AVIS.has(saved.kind) ? formatEuros(saved.proposedCents) : '');
  useDirtyReport(!readOnly && !justSaved && unsaved, onDirtyChange);

  const funding = kind !== null && FUNDING_AVIS.has(kind);
  const error = setAvis.error;
  const fieldError = (path: string) => issueAt(error, path);
  const other = generalError(error, (path) => FIELDS.has(path));
  const changed = () => {
    setJustSaved(false);
    setLocalErrors({});
    setAvis.reset();
  };
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    changed();
  };

  // A paragraph of its own (the avis technique prints each paragraph apart). The focus stays on the
  // comment's button: the chair may quote several in a row, then read and edit the motivation.
  useImperativeHandle(ref, () => ({
    quote: (text: string) => {
      setMotivation((current) => (current.trim() === '' ? text : `${current.trimEnd()}\n\n${text}`));
      changed();
    },
  }));

  const submit = () => {
    if (kind === null) return setLocalErrors({ kind: 'Choisissez l’avis de la commission.' });
    let proposedCents: number | null = null;
    if (funding && proposed.trim() !== '') {
      const reading = parseEuros(proposed);
      if (!reading.ok) return setLocalErrors({ proposed: reading.message });
      proposedCents = reading.cents;
    }
    setAvis.mutate(
      { applicationId: outcome.applicationId, kind, conditions, reasons, motivation, proposedCents },
      {
        onSuccess: () => setJustSaved(true),
        onError: () => window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="avis-form"] [aria-invalid="true"]')?.focus()),
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="avis-form"
    >
      <Stack gap="md">
        <Radio.Group
          label="Avis"
          value={kind}
          onChange={(value) => {
            setKind(value as AvisKind);
            changed();
          }}
          readOnly={readOnly}
          withAsterisk
          error={localErrors.kind ?? fieldError('kind')}
          data-testid="avis-kind"
        >
          <Group gap="md" mt="xs">
            {AVIS_KINDS.map((option) => (
              <Radio key={option} value={option} label={AVIS_LABELS[option]} />
            ))}
          </Group>
        </Radio.Group>
        {kind === 'favorable_sous_reserve' && (
          <Textarea
            label="Conditions"
            description="Les réserves auxquelles l’avis est subordonné."
            withAsterisk
            aria-required
            autosize
            minRows={2}
            maxLength={4000}
            readOnly={readOnly}
            value={conditions}
            onChange={(event) => edit(setConditions)(event.currentTarget.value)}
            error={fieldError('conditions')}
            data-testid="avis-conditions"
          />
        )}
        {(kind === 'ajourne' || kind === 'defavorable') && (
          <Textarea
            label="Motifs"
            description="Communiqués au prestataire."
            withAsterisk
            aria-required
            autosize
            minRows={2}
            maxLength={4000}
            readOnly={readOnly}
            value={reasons}
            onChange={(event) => edit(setReasons)(event.currentTarget.value)}
            error={fieldError('reasons')}
            data-testid="avis-reasons"
          />
        )}
        <Textarea
          label="Motivation"
          description="Facultative : ce qui a fondé l’avis."
          autosize
          minRows={2}
          maxLength={8000}
          readOnly={readOnly}
          value={motivation}
          onChange={(event) => edit(setMotivation)(event.currentTarget.value)}
          error={fieldError('motivation')}
          data-testid="avis-motivation"
        />
        {funding && (
          <MoneyInput
            label="Montant proposé"
            description={`Montant demandé : ${formatEuros(outcome.requestedCents)} ; le montant proposé ne peut pas le dépasser.`}
            withAsterisk
            aria-required
            maw={320}
            readOnly={readOnly}
            value={proposed}
            onChange={edit(setProposed)}
            error={localErrors.proposed ?? fieldError('proposedCents')}
            data-testid="avis-proposed"
          />
        )}
        {other !== null && (
          <Text size="sm" c="red.9" role="alert">
            {other}
          </Text>
        )}
        <div role="status" aria-live="polite">
          {justSaved && saved && (
            <Group gap={6} data-testid="avis-saved">
              <IconCheck size={18} color="var(--mantine-color-teal-9)" aria-hidden />
              <Text size="sm" c="teal.9" fw={600}>
                Avis enregistré ({formatDateTime(saved.decidedAt)}, {saved.decidedBy}).
              </Text>
            </Group>
          )}
        </div>
        {!readOnly && (
          <Button type="submit" w="fit-content" loading={setAvis.isPending} data-testid="avis-save">
            Enregistrer l’avis
          </Button>
        )}
      </Stack>
    </form>
  );
}
