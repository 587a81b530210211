// Name and function of who uses this computer: the first-start question and the settings section share it.
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import type { LocalUser, LocalUserInput } from '../../../../core/service/api.ts';
import { localUserSchema } from '../../../../core/service/settings/local-user-api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { SaveErrorAlert } from '../../components/save-error-alert.tsx';
import { useSaveLocalUser } from './use-local-user.ts';

type Props = {
  user: LocalUser | null;
  submitLabel: string;
  onSaved?: (user: LocalUser) => void;
  /** Beside the submit button (the first-start question's "Plus tard"). */
  secondary?: ReactNode;
  /** The name field takes the focus (in the first-start dialog). */
  autoFocus?: boolean;
};

export function LocalUserForm({ user, submitLabel, onSaved, secondary, autoFocus = false }: Props) {
  const save = useSaveLocalUser();
  const form = useForm<LocalUserInput>({
    mode: 'controlled',
    initialValues: { name: user?.name ?? '', role: user?.role ?? '' },
    validate: schemaResolver(localUserSchema, { sync: true }),
  });

  // mutateAsync, not mutate's callbacks: the user saved refreshes the section, which gives this form a
  // new key; the unmounted form's mutate callbacks would then never run, and the parent's notice with them.
  const submit = form.onSubmit(
    (values) =>
      void save.mutateAsync(values).then(
        (saved) => {
          form.setValues(saved);
          form.resetDirty(saved);
          onSaved?.(saved);
        },
        (error: unknown) => {
          if (!(error instanceof ApiCallError)) return;
          form.setErrors(Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message])));
          focusFirstInvalid();
        },
      ),
    () => focusFirstInvalid(),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Utilisateur de ce poste" data-testid="local-user-form">
      <Stack gap="sm">
        {save.isError && <SaveErrorAlert title="Le nom n’a pas été enregistré" error={save.error} otherErrors={[]} />}
        <TextInput label="Prénom et nom" withAsterisk aria-required maxLength={120} autoComplete="name" data-autofocus={autoFocus || undefined} {...form.getInputProps('name')} data-testid="local-user-name" />
        <TextInput
          label="Fonction"
          description="Facultatif, par exemple « chargée de mission insertion »."
          maxLength={120}
          autoComplete="organization-title"
          {...form.getInputProps('role')}
          data-testid="local-user-role"
        />
        <Group justify="flex-end" gap="sm">
          {secondary}
          <Button type="submit" loading={save.isPending} data-testid="local-user-save">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
