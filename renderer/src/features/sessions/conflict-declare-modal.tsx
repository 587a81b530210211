// "Déclarer un conflit": a member, an application on the agenda or a provider with one there, its type and
// a note. With the chair's PIN the conflict is confirmed (pinned): the member cannot withdraw it alone.
import { Alert, Group, Modal, Radio, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ConflictType, SessionDetail } from '../../../../core/service/api.ts';
import { CONFLICT_TYPE_LABELS } from '../../../../core/service/sessions/sessions-api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { PinField } from './pin-field.tsx';
import { useSessionWrite } from './use-sessions.ts';

const TYPE_OPTIONS = (Object.keys(CONFLICT_TYPE_LABELS) as ConflictType[]).map((type) => ({ value: type, label: CONFLICT_TYPE_LABELS[type] }));
const FIELDS = ['jurorId', 'applicationId', 'providerId', 'type', 'note', 'chairPin'] as const;

type Values = { jurorId: string | null; target: 'application' | 'provider'; applicationId: string | null; providerId: string | null; type: string | null; note: string; chairPin: string };
type Errors = Partial<Record<(typeof FIELDS)[number], string>>;

const EMPTY: Values = { jurorId: null, target: 'application', applicationId: null, providerId: null, type: null, note: '', chairPin: '' };

function ConflictForm({ session, onDone }: { session: SessionDetail; onDone: () => void }) {
  const declare = useSessionWrite('sessions.declareConflict');
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [other, setOther] = useState<string | null>(null);
  const providers = [...new Map(session.agenda.map((item) => [item.providerId, item.providerName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'fr'));

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors({});
    setOther(null);
  };

  const submit = () => {
    const found: Errors = {};
    if (values.jurorId === null) found.jurorId = 'Choisissez le membre du jury.';
    if (values.target === 'application' && values.applicationId === null) found.applicationId = 'Choisissez le dossier.';
    if (values.target === 'provider' && values.providerId === null) found.providerId = 'Choisissez le prestataire.';
    if (values.type === null) found.type = 'Choisissez le type de conflit.';
    if (values.chairPin !== '' && !/^\d{4,8}$/u.test(values.chairPin)) found.chairPin = 'Le code PIN compte 4 à 8 chiffres.';
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid();
    declare.mutate(
      {
        sessionId: session.id,
        jurorId: Number(values.jurorId),
        applicationId: values.target === 'application' ? Number(values.applicationId) : null,
        providerId: values.target === 'provider' ? Number(values.providerId) : null,
        type: values.type as ConflictType,
        note: values.note,
        ...(values.chairPin === '' ? {} : { chairPin: values.chairPin }),
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          const issue = error instanceof ApiCallError ? error.issues.find((candidate) => (FIELDS as readonly string[]).includes(candidate.path)) : undefined;
          if (issue) {
            setErrors({ [issue.path]: issue.path === 'chairPin' ? error.message : issue.message });
            focusFirstInvalid();
          } else setOther(errorMessage(error));
        },
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
      data-testid="conflict-form"
    >
      <Stack gap="md">
        {other && (
          <Alert color="red" c="#a51111" variant="light" role="alert" title="Le conflit n’a pas été enregistré">
            {other}
          </Alert>
        )}
        <Select
          label="Membre du jury"
          withAsterisk
          aria-required
          placeholder="Choisir…"
          data={session.members.map((member) => ({ value: String(member.id), label: member.name }))}
          value={values.jurorId}
          onChange={(value) => set('jurorId', value)}
          error={errors.jurorId}
          data-autofocus
          data-testid="conflict-juror"
        />
        <Radio.Group label="Le conflit porte sur" value={values.target} onChange={(value) => set('target', value as Values['target'])}>
          <Group gap="lg" mt={6}>
            <Radio value="application" label="Un dossier" data-testid="conflict-target-application" />
            <Radio value="provider" label="Un prestataire (tous ses dossiers)" data-testid="conflict-target-provider" />
          </Group>
        </Radio.Group>
        {values.target === 'application' ? (
          <Select
            label="Dossier"
            withAsterisk
            aria-required
            placeholder="Choisir…"
            data={session.agenda.map((item) => ({ value: String(item.applicationId), label: `${item.title} — ${item.providerName}` }))}
            value={values.applicationId}
            onChange={(value) => set('applicationId', value)}
            error={errors.applicationId}
            searchable
            data-testid="conflict-application"
          />
        ) : (
          <Select
            label="Prestataire"
            withAsterisk
            aria-required
            placeholder="Choisir…"
            data={providers.map(([id, name]) => ({ value: String(id), label: name }))}
            value={values.providerId}
            onChange={(value) => set('providerId', value)}
            error={errors.providerId}
            searchable
            data-testid="conflict-provider"
          />
        )}
        <Select label="Type" withAsterisk aria-required placeholder="Choisir…" data={TYPE_OPTIONS} value={values.type} onChange={(value) => set('type', value)} error={errors.type} data-testid="conflict-type" />
        <Textarea label="Note" autosize minRows={2} maxRows={6} maxLength={2000} value={values.note} onChange={(event) => set('note', event.currentTarget.value)} error={errors.note} data-testid="conflict-note" />
        <PinField
          label="Code PIN du président (facultatif)"
          description="Avec ce code, le conflit est confirmé par le président : le membre ne pourra pas le retirer seul."
          value={values.chairPin}
          onChange={(event) => set('chairPin', event.currentTarget.value)}
          error={errors.chairPin}
          maw={undefined}
          data-testid="conflict-chair-pin"
        />
        <ModalActions onCancel={onDone} submitLabel="Déclarer le conflit" loading={declare.isPending} testId="conflict-save" />
      </Stack>
    </form>
  );
}

type Props = { session: SessionDetail; opened: boolean; onClose: () => void };

export function ConflictDeclareModal({ session, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Déclarer un conflit d’intérêts" size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="conflict-modal">
      {opened && <ConflictForm session={session} onDone={onClose} />}
    </Modal>
  );
}
