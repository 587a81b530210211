// "Dossier hors ligne" of one member: the chair makes the juror's pack, always encrypted with a passphrase typed
// twice (checked here as the host checks it), and saves it; then says what to hand over, and how: the file on
// one side, the passphrase and the PIN on another. The export is logged by the host.
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { JuryPackExport, SessionMember } from '../../../../core/service/api.ts';
import { PASSPHRASE_HINT, passphraseProblem } from '../../../../core/service/packs/passphrase-api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import type { Delivery } from '../documents/deliver-document.ts';
import { issueAt } from '../scoring/chair-pin.tsx';
import { plural } from '../scoring/scoring-labels.ts';
import { DeliveryNotice, deliverPack } from './pack-delivery.tsx';
import { attachmentsText, quoted, SCORE_PACK_EXTENSION } from './pack-labels.ts';
import { PassphraseField } from './passphrase-field.tsx';
import { useCreateJuryPack } from './use-packs.ts';

type Errors = { passphrase?: string | undefined; confirmation?: string | undefined; general?: string | undefined };

function PackReady({ member, pack, delivery, saving, onSaveAgain, onDone }: { member: SessionMember; pack: JuryPackExport; delivery: Delivery; saving: boolean; onSaveAgain: () => void; onDone: () => void }) {
  return (
    <Stack gap="md" data-testid="jury-pack-ready">
      <Text fw={600}>
        {pack.fileName} : {plural(pack.applicationCount, 'dossier')}, {attachmentsText(pack.attachmentCount)}, chiffré avec la phrase de passe.
      </Text>
      <DeliveryNotice delivery={delivery} testId="jury-pack-delivered" />
      <Text size="sm">Remettez à {member.name} :</Text>
      <List size="sm" spacing={4}>
        <List.Item>ce fichier (clé USB, messagerie sécurisée…), à ouvrir dans Pacte CAI sur son ordinateur, par {quoted('Ouvrir un dossier de juré')} ;</List.Item>
        <List.Item>la phrase de passe, par un autre moyen que le fichier : de vive voix ou par téléphone, jamais avec le fichier ni dans le même message ;</List.Item>
        <List.Item>son code PIN, à taper pour noter.</List.Item>
      </List>
      <Text size="sm">
        Ses notes vous reviendront dans un fichier {quoted(SCORE_PACK_EXTENSION)}, à importer sur cette page.
      </Text>
      <Group justify="flex-end" gap="sm">
        {delivery.kind === 'cancelled' && (
          <Button variant="default" leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={saving} onClick={onSaveAgain}>
            Enregistrer le fichier
          </Button>
        )}
        <Button onClick={onDone} data-testid="jury-pack-done">
          Fermer
        </Button>
      </Group>
    </Stack>
  );
}

function JuryPackForm({ sessionId, member, onDone }: { sessionId: number; member: SessionMember; onDone: () => void }) {
  const create = useCreateJuryPack();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [ready, setReady] = useState<{ pack: JuryPackExport; delivery: Delivery } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (pack: JuryPackExport) => {
    setSaving(true);
    try {
      setReady({ pack, delivery: await deliverPack(pack) });
    } catch (error) {
      setErrors({ general: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  const submit = () => {
    const found: Errors = {};
    found.passphrase = passphraseProblem(passphrase, member.name) ?? undefined;
    if (!found.passphrase && confirmation !== passphrase) found.confirmation = 'Les deux phrases de passe ne correspondent pas.';
    setErrors(found);
    if (found.passphrase || found.confirmation) {
      document.getElementById(found.passphrase ? 'jury-pack-passphrase' : 'jury-pack-confirmation')?.focus();
      return;
    }
    create.mutate(
      { sessionId, jurorId: member.id, passphrase },
      {
        onSuccess: (pack) => void save(pack),
        onError: (error) => {
          const onField = issueAt(error, 'passphrase');
          setErrors(onField ? { passphrase: onField } : { general: errorMessage(error) });
        },
      },
    );
  };

  if (ready) return <PackReady member={member} pack={ready.pack} delivery={ready.delivery} saving={saving} onSaveAgain={() => void save(ready.pack)} onDone={onDone} />;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="jury-pack-form"
    >
      <Stack gap="md">
        <Text size="sm">
          Pour noter sur son propre ordinateur, sans réseau : le dossier contient la séance, les dossiers de l’ordre du jour avec leurs pièces, la grille d’évaluation et
          l’identité de {member.name}. Il s’ouvre dans Pacte CAI, sur un ordinateur qui ne sert qu’à cela. Il est chiffré avec une phrase de passe que vous choisissez : sans elle,
          personne ne peut le lire ni produire de notes à sa place.
        </Text>
        <PassphraseField
          id="jury-pack-passphrase"
          label="Phrase de passe"
          description={PASSPHRASE_HINT}
          withAsterisk
          aria-required
          autoComplete="new-password"
          value={passphrase}
          onChange={(event) => {
            setPassphrase(event.currentTarget.value);
            setErrors({});
          }}
          error={errors.passphrase}
          data-autofocus
          data-testid="jury-pack-passphrase"
        />
        <PassphraseField
          id="jury-pack-confirmation"
          label="Confirmer la phrase de passe"
          autoComplete="new-password"
          withAsterisk
          aria-required
          value={confirmation}
          onChange={(event) => {
            setConfirmation(event.currentTarget.value);
            setErrors({});
          }}
          error={errors.confirmation}
          data-testid="jury-pack-confirmation"
        />
        {errors.general && (
          <Alert color="red" c="#a51111" variant="light" role="alert" title="Le dossier n’a pas été créé" data-testid="jury-pack-error">
            {errors.general}
          </Alert>
        )}
        <ModalActions onCancel={onDone} submitLabel="Créer et enregistrer le dossier" loading={create.isPending || saving} icon={<IconFileExport size={18} aria-hidden />} testId="jury-pack-create" />
      </Stack>
    </form>
  );
}

type Props = { sessionId: number; member: SessionMember | null; onClose: () => void };

export function JuryPackModal({ sessionId, member, onClose }: Props) {
  return (
    <Modal opened={member !== null} onClose={onClose} title={member ? `Dossier hors ligne de ${member.name}` : ''} size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="jury-pack-modal">
      {member && <JuryPackForm key={member.id} sessionId={sessionId} member={member} onDone={onClose} />}
    </Modal>
  );
}
