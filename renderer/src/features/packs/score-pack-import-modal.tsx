// "Importer les notes d’un juré": the .pacte-notes file a juror's laptop exported, and the passphrase of
// their pack if it was encrypted. The host checks everything before writing anything; a refusal is its
// French sentence, and the report says what came in.
import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileImport, IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { readPackFile } from './read-pack-file.ts';
import { issueAt } from '../scoring/chair-pin.tsx';
import { quoted, SCORE_PACK_EXTENSION } from './pack-labels.ts';
import { PassphraseField } from './passphrase-field.tsx';
import { ScorePackReport } from './score-pack-report.tsx';
import { useImportScorePack } from './use-packs.ts';

type Props = { sessionId: number; opened: boolean; onClose: () => void };

export function ScorePackImportModal({ sessionId, opened, onClose }: Props) {
  const importPack = useImportScorePack();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<{ file?: string | undefined; passphrase?: string | undefined; general?: string | undefined }>({});
  const [reading, setReading] = useState(false);
  const report = importPack.data;

  const close = () => {
    setFile(null);
    setPassphrase('');
    setErrors({});
    importPack.reset();
    onClose();
  };

  const submit = async () => {
    setErrors({});
    setReading(true);
    const reading = await readPackFile(file, `Choisissez le fichier de notes du juré (${SCORE_PACK_EXTENSION}).`).finally(() => setReading(false));
    if (!reading.ok) {
      setErrors({ file: reading.message });
      return;
    }
    const { contentBase64 } = reading;
    importPack.mutate(
      { contentBase64, sessionId, ...(passphrase === '' ? {} : { passphrase }) },
      {
        onError: (error) => {
          const onField = issueAt(error, 'passphrase');
          setErrors(onField ? { passphrase: onField } : { general: errorMessage(error) });
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Importer les notes d’un juré" size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="score-pack-modal">
      {report ? (
        <Stack gap="md">
          <ScorePackReport report={report} />
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => {
                setFile(null);
                setPassphrase('');
                importPack.reset();
              }}
            >
              Importer un autre fichier
            </Button>
            <Button onClick={close} data-testid="score-pack-done">
              Fermer
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          data-testid="score-pack-form"
        >
          <Stack gap="md">
            <Text size="sm">
              Le fichier {quoted(SCORE_PACK_EXTENSION)} que le juré a exporté de son ordinateur. Il doit répondre au dossier hors ligne que vous lui avez remis pour cette séance,
              sans qu’un octet ait changé ; sinon il est refusé et rien n’est importé. Un fichier plus récent du même juré remplace le précédent.
            </Text>
            <FileInput
              label={`Fichier de notes (${SCORE_PACK_EXTENSION})`}
              placeholder="Choisir un fichier…"
              accept={SCORE_PACK_EXTENSION}
              clearable
              clearButtonProps={{ 'aria-label': 'Retirer le fichier choisi' }}
              withAsterisk
              leftSection={<IconFileUpload size={18} aria-hidden />}
              value={file}
              onChange={(next) => {
                setFile(next);
                setErrors({});
                importPack.reset();
              }}
              error={errors.file}
              data-testid="score-pack-file"
            />
            <PassphraseField
              label="Phrase de passe"
              description="Celle du dossier hors ligne du juré, s’il était chiffré ; sinon, laissez vide."
              value={passphrase}
              onChange={(event) => {
                setPassphrase(event.currentTarget.value);
                setErrors({});
              }}
              error={errors.passphrase}
              data-testid="score-pack-passphrase"
            />
            {errors.general && (
              <Alert color="red" c="#a51111" variant="light" role="alert" title="Rien n’a été importé" data-testid="score-pack-error">
                {errors.general}
              </Alert>
            )}
            <ModalActions onCancel={close} submitLabel="Importer les notes" loading={reading || importPack.isPending} icon={<IconFileImport size={18} aria-hidden />} testId="score-pack-import" />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
