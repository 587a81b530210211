// "Ajouter un membre du jury" / "Modifier un membre": a short form in a modal, over the list it feeds.
import { Button, Group, Modal, Radio, Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import type { Juror, JurorRole } from '../../../../core/service/api.ts';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { SaveErrorAlert } from '../../components/save-error-alert.tsx';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { useCloseGuard, useDirtyReport } from '../../components/use-discard-guard.ts';
import { jurorFormSchema, splitIssues, toFormValues, toJurorInput } from './juror-form-values.ts';
import type { JurorFormValues } from './juror-form-values.ts';
import { roleTitle } from '../../../../core/domain/french-gender.ts';
import { CivilitySelect } from './civility-select.tsx';
import { JUROR_ROLE_OPTIONS } from './juror-labels.ts';
import { useSaveJuror } from './use-jurors.ts';

// Built once: a resolver made at each render would give the form new callbacks every time.
const validate = schemaResolver(jurorFormSchema, { sync: true });

type FormProps = { juror?: Juror; onSaved: (saved: Juror) => void; onCancel: () => void; onDirtyChange: (dirty: boolean) => void };

function JurorForm({ juror, onSaved, onCancel, onDirtyChange }: FormProps) {
  const save = useSaveJuror(juror?.id);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useForm<JurorFormValues>({ mode: 'controlled', initialValues: toFormValues(juror), validate });
  useDirtyReport(form.isDirty(), onDirtyChange);
  const values = form.getValues();

  const submit = form.onSubmit(
    (submitted) => {
      setOtherErrors([]);
      save.mutate(toJurorInput(submitted), {
        onSuccess: onSaved,
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
    <form onSubmit={submit} noValidate aria-label="Membre du jury" data-testid="juror-form">
      <Stack gap="md">
        {save.isError && <SaveErrorAlert title="Le membre du jury n’a pas été enregistré" error={save.error} otherErrors={otherErrors} testId="juror-save-error" />}
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <CivilitySelect value={values.civility} onChange={(civility) => form.setFieldValue('civility', civility)} error={form.errors.civility as string | undefined} w={170} testId="juror-civility" />
          <TextInput label="Nom et prénom" withAsterisk aria-required maxLength={200} data-autofocus style={{ flex: 1 }} {...form.getInputProps('name')} data-testid="juror-name" />
        </Group>
        <Select
          label="Rôle"
          withAsterisk
          aria-required
          placeholder="Choisir…"
          data={JUROR_ROLE_OPTIONS.map((option) => ({ ...option, label: roleTitle(option.label, values.civility) }))}
          allowDeselect={false}
          {...form.getInputProps('role')}
          value={values.role === '' ? null : values.role}
          onChange={(role) => form.setFieldValue('role', (role ?? '') as JurorRole | '')}
          comboboxProps={{ withinPortal: true }}
          data-testid="juror-role"
        />
        <TextInput label="Organisation" placeholder="CCAS de Rennes, Département…" maxLength={200} {...form.getInputProps('organisation')} data-testid="juror-organisation" />
        <Radio.Group label="Qualité" description="Les titulaires comptent pour le quorum par défaut ; un suppléant siège à la place d’un titulaire." {...form.getInputProps('standing')}>
          <Group gap="lg" mt={6}>
            <Radio value="titulaire" label="Titulaire" data-testid="juror-titulaire" />
            <Radio value="suppleant" label={roleTitle('Suppléant', values.civility)} data-testid="juror-suppleant" />
          </Group>
        </Radio.Group>
        <TextInput label="E-mail" type="email" autoComplete="off" maxLength={254} {...form.getInputProps('email')} data-testid="juror-email" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />} data-testid="juror-save">
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Props = {
  opened: boolean;
  /** The member being corrected; none for a new one. */
  juror?: Juror;
  onClose: () => void;
  onSaved: (saved: Juror) => void;
};

export function JurorFormModal({ opened, juror, onClose, onSaved }: Props) {
  const [dirty, setDirty] = useState(false);
  const guard = useCloseGuard(opened && dirty);
  // Escape, the cross, a click beside the modal and "Annuler" all ask before dropping what was typed.
  const close = () => guard.requestClose(onClose);
  return (
    <>
      <Modal opened={opened} onClose={close} title={juror ? `Modifier ${juror.name}` : 'Nouveau membre du jury'} size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }}>
        {/* Keyed so that opening it for another member starts from that member's values. */}
        {opened && <JurorForm key={juror?.id ?? 'new'} juror={juror} onSaved={onSaved} onCancel={close} onDirtyChange={setDirty} />}
      </Modal>
      <DiscardConfirmModal guard={guard} />
    </>
  );
}
