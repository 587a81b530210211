// "Importer les notes d’un juré": the .pacte-notes file a juror's laptop exported. No passphrase: the host
// decrypts it with the key of the juror's pack, derived from this machine's own secret. The host checks
// everything before writing anything; a refusal is its French sentence, and the report says what came in.
import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileImport, IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { readPackFile } from './read-pack-file.ts';
import { quoted, SCORE_PACK_EXTENSION } from './pack-labels.ts';
import { ScorePackReport } from './score-pack-report.tsx';
import { useImportScorePack } from './use-packs.ts';

type Props = { sessionId: number; opened: boolean; onClose: () => void };

export function ScorePackImportModal({ sessionId, opened, onClose }: Props) {
  const importPack = useImportScorePack();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ file?: string | undefined; general?: string | undefined }>({});
  const [reading, setReading] = useState(false);
  const report = importPack.data;

  const close = () => {
    setFile(null);
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
    importPack.mutate({ contentBase64, sessionId }, { onError: (error) => setErrors({ general: errorMessage(error) }) });
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
              Le fichier {quoted(SCORE_PACK_EXTENSION)} que le juré a exporté de son ordinateur. Il est chiffré et signé avec la clé du dossier hors ligne que vous lui avez
              remis pour cette séance : aucune phrase de passe à taper ici. Un fichier modifié, d’une autre séance, daté après la révélation des notes ou dans le futur est
              refusé et rien n’est importé. Un fichier plus récent du même juré remplace le précédent.
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
