// The provider form (new or existing): checked with the API's own schema, warned of probable
// duplicates while typing, then judged again by the host on save.
import { Button, Fieldset, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { normalizeSiret } from '../../../../core/domain/identifiers.ts';
import type { LegalForm, Provider } from '../../../../core/service/api.ts';
import { LEGAL_FORM_LABELS } from '../../../../core/service/providers/providers-api.ts';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { CivilitySelect } from '../jurors/civility-select.tsx';
import { ProviderDuplicatesAlert } from './provider-duplicates-alert.tsx';
import { providerFormSchema, splitIssues, toFormValues, toProviderInput } from './provider-form-values.ts';
import type { ProviderFormValues } from './provider-form-values.ts';
import { PROVIDERS_PATH, providerPath } from './provider-labels.ts';
import type { ProviderSavedNotice } from './provider-labels.ts';
import { useProbableDuplicates, useSaveProvider } from './use-providers.ts';
import { SaveErrorAlert } from '../../components/save-error-alert.tsx';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { useLeaveGuard } from '../../components/use-discard-guard.ts';

const DUPLICATE_CHECK_MS = 400;
const LEGAL_FORM_OPTIONS = Object.entries(LEGAL_FORM_LABELS).map(([value, label]) => ({ value, label }));
const legendStyles = { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-md)' } };

type Props = { provider?: Provider };

export function ProviderForm({ provider }: Props) {
  const navigate = useNavigate();
  const save = useSaveProvider(provider?.id);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useForm<ProviderFormValues>({
    mode: 'controlled',
    initialValues: toFormValues(provider),
    validate: schemaResolver(providerFormSchema, { sync: true }),
    // Checked on save only: an error appearing on blur moves the buttons under the pointer, and a
    // click on "Enregistrer" made as the field loses focus would land beside it.
  });
  const guard = useLeaveGuard(form.isDirty());
  const values = form.getValues();
  const isAssociation = values.legalForm === 'association';

  const [name] = useDebouncedValue(values.name.trim(), DUPLICATE_CHECK_MS);
  const [siret] = useDebouncedValue(normalizeSiret(values.siret) ?? '', DUPLICATE_CHECK_MS);
  const duplicates = useProbableDuplicates(name, siret, provider?.id);
  const probable = duplicates.isSuccess && (name.length >= 2 || siret !== '') ? duplicates.data : [];

  const submit = form.onSubmit(
    (submitted) => {
      setOtherErrors([]);
      save.mutate(toProviderInput(submitted), {
        onSuccess: (saved) => {
          const notice: ProviderSavedNotice = {
            providerId: saved.provider.id,
            kind: provider ? 'updated' : 'created',
            probableDuplicates: saved.probableDuplicates,
          };
          guard.allowLeaving();
          void navigate(providerPath(saved.provider.id), { state: notice });
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

  const chooseLegalForm = (value: string | null) => {
    form.setFieldValue('legalForm', (value ?? '') as LegalForm | '');
    // A hidden field must not keep an error the person cannot see.
    if (value !== 'association') form.clearFieldError('rna');
  };

  const cancelTo = provider ? providerPath(provider.id) : PROVIDERS_PATH;

  return (
    <form onSubmit={submit} noValidate aria-label={provider ? 'Modifier le prestataire' : 'Nouveau prestataire'} data-testid="provider-form">
      <Stack gap="lg" maw={880}>
        {save.isError && (
          <SaveErrorAlert title="Le prestataire n’a pas été enregistré" error={save.error} otherErrors={otherErrors} testId="provider-save-error" />
        )}
        <Fieldset legend="Identité" styles={legendStyles}>
          <Stack gap="md">
            <TextInput label="Nom" withAsterisk aria-required maxLength={200} {...form.getInputProps('name')} data-testid="provider-name" />
            <Select
              label="Forme juridique"
              withAsterisk
              aria-required
              placeholder="Choisir…"
              data={LEGAL_FORM_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('legalForm')}
              value={values.legalForm === '' ? null : values.legalForm}
              onChange={chooseLegalForm}
              maw={480}
              data-testid="provider-legal-form"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="SIRET"
                description="14 chiffres, espaces permis ; la clé de contrôle est vérifiée."
                inputMode="numeric"
                autoComplete="off"
                maxLength={30}
                {...form.getInputProps('siret')}
                data-testid="provider-siret"
              />
              {isAssociation && (
                <TextInput
                  label="Numéro RNA"
                  description="W suivi de 9 chiffres (répertoire national des associations)."
                  autoComplete="off"
                  maxLength={20}
                  {...form.getInputProps('rna')}
                  data-testid="provider-rna"
                />
              )}
            </SimpleGrid>
            {/* Always present so that screen readers announce a warning when it appears. */}
            <div aria-live="polite">
              {probable.length > 0 && (
                <ProviderDuplicatesAlert
                  duplicates={probable}
                  name={name}
                  title="Ce prestataire est peut-être déjà enregistré"
                  advice="Vérifiez qu’il ne s’agit pas du même organisme ; l’enregistrement reste possible."
                />
              )}
            </div>
          </Stack>
        </Fieldset>
        <Fieldset legend="Adresse" styles={legendStyles}>
          <Stack gap="md">
            <TextInput label="Adresse" maxLength={300} {...form.getInputProps('address')} data-testid="provider-address" />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput label="Code postal" inputMode="numeric" maxLength={5} {...form.getInputProps('postalCode')} data-testid="provider-postal-code" />
              <TextInput label="Ville" maxLength={120} {...form.getInputProps('city')} data-testid="provider-city" style={{ gridColumn: 'span 2' }} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend="Représentant légal" styles={legendStyles}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <CivilitySelect
              value={values.representativeCivility}
              onChange={(civility) => form.setFieldValue('representativeCivility', civility)}
              error={form.errors.representativeCivility as string | undefined}
              testId="provider-representative-civility"
            />
            <TextInput label="Nom" maxLength={120} {...form.getInputProps('representativeName')} data-testid="provider-representative-name" />
            <TextInput
              label="Qualité"
              placeholder="Président, directrice…"
              maxLength={160}
              {...form.getInputProps('representativeRole')}
              data-testid="provider-representative-role"
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Contact" styles={legendStyles}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label="Nom" maxLength={120} {...form.getInputProps('contactName')} data-testid="provider-contact-name" />
            <TextInput label="E-mail" type="email" {...form.getInputProps('contactEmail')} data-testid="provider-contact-email" />
            <TextInput label="Téléphone" type="tel" {...form.getInputProps('contactPhone')} data-testid="provider-contact-phone" />
          </SimpleGrid>
        </Fieldset>
        <Textarea label="Notes" autosize minRows={3} maxRows={10} maxLength={4000} {...form.getInputProps('notes')} data-testid="provider-notes" />
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={cancelTo} variant="default">
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
      {/* A portal: inside the form in React only, outside it in the page. */}
      <DiscardConfirmModal guard={guard} />
    </form>
  );
}
