// The organisation form: validated with the API's own zod schema, then by the host on save.
import { Button, Group, Notification, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Organisation, OrganisationSettings } from '../../../../core/service/api.ts';
import { organisationSchema } from '../../../../core/service/settings/settings-api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { LogoField } from './logo-field.tsx';
import { formatSavedAt, splitIssues, toFormValues } from './organisation-values.ts';
import { SignatoriesField } from './signatories-field.tsx';
import { useSaveOrganisation } from './use-organisation.ts';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { SaveErrorAlert } from '../../components/save-error-alert.tsx';

const SAVED_NOTICE_MS = 8000;

type Props = { settings: OrganisationSettings };

export function OrganisationForm({ settings }: Props) {
  const save = useSaveOrganisation();
  const [savedNotice, setSavedNotice] = useState(false);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useForm<Organisation>({
    mode: 'controlled',
    initialValues: toFormValues(settings),
    validate: schemaResolver(organisationSchema, { sync: true }),
  });

  useEffect(() => {
    if (!savedNotice) return;
    const timer = window.setTimeout(() => setSavedNotice(false), SAVED_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [savedNotice]);

  const submit = form.onSubmit(
    (values) => {
      setSavedNotice(false);
      setOtherErrors([]);
      save.mutate(values, {
        onSuccess: (saved) => {
          // Show what the host stored (trimmed), and make it the new "unchanged" state.
          const stored = toFormValues(saved);
          form.setInitialValues(stored);
          form.setValues(stored);
          form.resetDirty(stored);
          setSavedNotice(true);
        },
        onError: (error) => {
          if (!(error instanceof ApiCallError)) return;
          const { fieldErrors, otherMessages } = splitIssues(error, values);
          form.setErrors(fieldErrors);
          setOtherErrors(otherMessages);
          focusFirstInvalid();
        },
      });
    },
    () => focusFirstInvalid(),
  );

  const savedAt = formatSavedAt(save.data?.updatedAt ?? settings.updatedAt);

  return (
    <form onSubmit={submit} noValidate aria-label="Organisme" data-testid="organisation-form">
      <Stack gap="lg" maw={880}>
        {save.isError && (
          <SaveErrorAlert title="Les paramètres n’ont pas été enregistrés" error={save.error} otherErrors={otherErrors} />
        )}
        <TextInput
          label="Nom de l’organisme"
          withAsterisk
          aria-required
          {...form.getInputProps('name')}
          data-testid="settings-name"
        />
        <TextInput
          label="Service / direction"
          {...form.getInputProps('department')}
          data-testid="settings-department"
        />
        <TextInput label="Adresse" {...form.getInputProps('address')} data-testid="settings-address" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label="Code postal"
            inputMode="numeric"
            maxLength={5}
            {...form.getInputProps('postalCode')}
            data-testid="settings-postal-code"
          />
          <TextInput label="Ville" {...form.getInputProps('city')} data-testid="settings-city" style={{ gridColumn: 'span 2' }} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Téléphone" type="tel" {...form.getInputProps('phone')} data-testid="settings-phone" />
          <TextInput label="E-mail" type="email" {...form.getInputProps('email')} data-testid="settings-email" />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="SIRET du CCAS"
            description="14 chiffres : partie des conventions et identifiant de l’attribuant dans l’export des subventions."
            inputMode="numeric"
            maxLength={17}
            {...form.getInputProps('siret')}
            data-testid="settings-siret"
          />
          <NumberInput
            label="Avance à la signature des conventions"
            description="Part du montant de l’année versée à la signature ; le solde suit le bilan accepté."
            suffix=" %"
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('conventionAdvancePercent')}
            data-testid="settings-advance-percent"
          />
        </SimpleGrid>
        <LogoField
          value={form.getValues().logoDataUrl}
          onChange={(dataUrl) => form.setFieldValue('logoDataUrl', dataUrl)}
          error={form.errors.logoDataUrl}
        />
        <SignatoriesField form={form} />
        <div role="status" aria-live="polite">
          {savedNotice && (
            <Notification
              icon={<IconCheck size={18} aria-hidden />}
              color="teal"
              title="Paramètres enregistrés"
              onClose={() => setSavedNotice(false)}
              closeButtonProps={{ 'aria-label': 'Fermer la notification' }}
              withBorder
              data-testid="settings-saved"
            >
              Les documents utiliseront désormais ces informations.
            </Notification>
          )}
        </div>
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed" data-testid="settings-saved-at">
            {savedAt ? `Dernier enregistrement : ${savedAt}` : 'Jamais enregistrés.'}
          </Text>
          <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
