// The session form: call, date and place; the grid it scores with; the quorum rule and the disagreement
// threshold; the convened jury and its chair. Judged by the API's own schema, then by the host on save.
import { Anchor, Button, Fieldset, Group, MultiSelect, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CallSummary, GridSummary, Juror, SessionDetail } from '../../../../core/service/api.ts';
import { accentInsensitiveFilter } from '../../components/accent-insensitive-filter.ts';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import { SaveErrorAlert } from '../../components/save-error-alert.tsx';
import type { SavedState } from '../../components/saved-notice.tsx';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { useLeaveGuard } from '../../components/use-discard-guard.ts';
import { JURY_PATH, jurorRoleLabel } from '../jurors/juror-labels.ts';
import { likelyChair, sessionFormSchema, splitIssues, toFormValues, toSessionInput } from './session-form-values.ts';
import type { SessionFormValues } from './session-form-values.ts';
import { SESSIONS_PATH, sessionPath } from './session-labels.ts';
import { useSaveSession } from './use-sessions.ts';

const validate = schemaResolver(sessionFormSchema, { sync: true });
const legendStyles = { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-md)' } };

const gridLabel = (grid: GridSummary) => `${grid.title} — version ${grid.version}${grid.isFrozen ? ' (figée)' : ''} · ${grid.criteriaCount} critères`;
const jurorLabel = (juror: Juror) => `${juror.name} — ${jurorRoleLabel(juror.role)}${juror.isPermanent ? '' : ' (suppléant)'}`;

type Props = { session?: SessionDetail; calls: CallSummary[]; grids: GridSummary[]; jurors: Juror[]; prefillCallId: number | null };

export function SessionForm({ session, calls, grids, jurors, prefillCallId }: Props) {
  const navigate = useNavigate();
  const save = useSaveSession(session?.id);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useForm<SessionFormValues>({ mode: 'controlled', initialValues: toFormValues(session, grids, prefillCallId), validate });
  const guard = useLeaveGuard(form.isDirty());
  const values = form.getValues();
  const byId = new Map(jurors.map((juror) => [String(juror.id), juror]));

  const chooseJurors = (jurorIds: string[]) => {
    form.setFieldValue('jurorIds', jurorIds);
    form.clearFieldError('jurorIds');
    // A chair no longer convened is dropped; without one, the member who chairs by role is proposed.
    const chair = form.getValues().chairJurorId;
    if (chair === '' || !jurorIds.includes(chair)) form.setFieldValue('chairJurorId', likelyChair(jurorIds, jurors));
  };

  const submit = form.onSubmit(
    (submitted) => {
      setOtherErrors([]);
      save.mutate(toSessionInput(submitted), {
        onSuccess: (saved) => {
          const state: SavedState = { savedNotice: session ? 'updated' : 'created' };
          guard.allowLeaving();
          void navigate(sessionPath(saved.id), { state });
        },
        onError: (error) => {
          const { fieldErrors, otherMessages } = splitIssues(error);
          form.setErrors(fieldErrors);
          setOtherErrors(otherMessages);
          focusFirstInvalid();
        },
      });
    },
    () => focusFirstInvalid(),
  );

  return (
    <>
      <form onSubmit={submit} noValidate aria-label="Séance de la CAI" data-testid="session-form">
        <Stack gap="lg" maw={880}>
          {save.isError && <SaveErrorAlert title="La séance n’a pas été enregistrée" error={save.error} otherErrors={otherErrors} testId="session-save-error" />}
          <Fieldset legend="La séance" styles={legendStyles}>
            <Stack gap="md">
              <Select
                label="Appel à projets"
                withAsterisk
                aria-required
                placeholder="Choisir…"
                data={calls.map((call) => ({ value: String(call.id), label: call.title }))}
                allowDeselect={false}
                {...form.getInputProps('callId')}
                value={values.callId === '' ? null : values.callId}
                onChange={(callId) => form.setFieldValue('callId', callId ?? '')}
                maw={480}
                data-testid="session-call"
              />
              <TextInput label="Intitulé" withAsterisk aria-required placeholder="CAI du 15 décembre 2017" maxLength={200} {...form.getInputProps('title')} data-testid="session-title" />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                <FrenchDateInput label="Date" withAsterisk aria-required {...form.getInputProps('heldOn')} data-testid="session-held-on" />
                <TextInput label="Lieu" placeholder="Salle du conseil, CCAS" maxLength={300} {...form.getInputProps('place')} style={{ gridColumn: 'span 2' }} data-testid="session-place" />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <Fieldset legend="Jury" styles={legendStyles}>
            <Stack gap="md">
              {jurors.length === 0 && (
                <Text size="sm" data-testid="session-no-jurors">
                  Aucun membre du jury n’est enregistré : <Anchor component={Link} to={JURY_PATH}>ajoutez-les d’abord</Anchor>, puis revenez convoquer le jury.
                </Text>
              )}
              <MultiSelect
                label="Membres convoqués"
                description="Les titulaires comptent pour le quorum par défaut."
                placeholder={values.jurorIds.length === 0 ? 'Choisir les membres…' : undefined}
                data={jurors.map((juror) => ({ value: String(juror.id), label: jurorLabel(juror) }))}
                searchable
                filter={accentInsensitiveFilter}
                nothingFoundMessage="Aucun membre ne correspond."
                hidePickedOptions
                {...form.getInputProps('jurorIds')}
                onChange={chooseJurors}
                data-testid="session-jurors"
              />
              <Select
                label="Président de séance"
                description="Son code PIN confirme les conflits d’intérêts, la levée du secret des notes et la réouverture d’une fiche."
                placeholder={values.jurorIds.length === 0 ? 'Choisissez d’abord les membres' : 'Choisir…'}
                data={values.jurorIds.map((id) => ({ value: id, label: byId.get(id)?.name ?? `Membre n° ${id}` }))}
                clearable
                {...form.getInputProps('chairJurorId')}
                value={values.chairJurorId === '' ? null : values.chairJurorId}
                onChange={(chair) => form.setFieldValue('chairJurorId', chair ?? '')}
                maw={480}
                data-testid="session-chair"
              />
            </Stack>
          </Fieldset>
          <Fieldset legend="Règles de la séance" styles={legendStyles}>
            <Stack gap="md">
              <Select
                label="Grille d’évaluation"
                description="Une grille déjà utilisée pour noter est figée : toute modification en fait une nouvelle version."
                data={grids.map((grid) => ({ value: String(grid.id), label: gridLabel(grid) }))}
                allowDeselect={false}
                {...form.getInputProps('gridId')}
                value={values.gridId === '' ? null : values.gridId}
                onChange={(gridId) => form.setFieldValue('gridId', gridId ?? '')}
                data-testid="session-grid"
              />
              <Radio.Group label="Règle de quorum" {...form.getInputProps('quorumKind')}>
                <Stack gap="xs" mt={6}>
                  <Radio value="majority_of_permanent" label="Majorité des membres titulaires présents ou représentés" data-testid="session-quorum-majority" />
                  <Radio value="minimum_present" label="Un nombre minimum de membres présents" data-testid="session-quorum-minimum" />
                </Stack>
              </Radio.Group>
              {values.quorumKind === 'minimum_present' && (
                <NumberInput label="Membres présents requis" withAsterisk aria-required min={1} max={100} allowDecimal={false} allowNegative={false} maw={240} {...form.getInputProps('quorumCount')} data-testid="session-quorum-count" />
              )}
              <NumberInput
                label="Seuil de désaccord"
                description="Écart entre la note la plus haute et la plus basse d’un dossier (sur 20) au-delà duquel il est signalé."
                suffix=" points"
                decimalSeparator=","
                min={0}
                max={20}
                step={0.5}
                allowNegative={false}
                maw={520}
                styles={{ wrapper: { maxWidth: 200 } }}
                {...form.getInputProps('disagreementThreshold')}
                data-testid="session-threshold"
              />
            </Stack>
          </Fieldset>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={session ? sessionPath(session.id) : SESSIONS_PATH} data-testid="session-cancel">
              Annuler
            </Button>
            <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />} data-testid="session-save">
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </form>
      <DiscardConfirmModal guard={guard} />
    </>
  );
}
