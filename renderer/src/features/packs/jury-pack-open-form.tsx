// A fresh install on a juror's laptop: the .pacte-jure file the chair handed over, and its passphrase, which
// the chair gave apart from the file. Opened, this database becomes the juror's jury database, and jury mode
// follows at once.
import { Alert, Button, FileInput, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileUpload, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/api-call-error.ts';
import { readPackFile } from './read-pack-file.ts';
import { issueAt } from '../scoring/chair-pin.tsx';
import { JURY_PACK_EXTENSION, laptopJuryPath, quoted } from './pack-labels.ts';
import { PassphraseField } from './passphrase-field.tsx';
import { useOpenJuryPack } from './use-packs.ts';

type Errors = { file?: string | undefined; passphrase?: string | undefined; general?: string | undefined };

export function JuryPackOpenForm() {
  const navigate = useNavigate();
  const open = useOpenJuryPack();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [reading, setReading] = useState(false);

  const submit = async () => {
    setErrors({});
    if (passphrase === '') {
      setErrors({ passphrase: 'Tapez la phrase de passe que le président vous a communiquée, à part du fichier.' });
      return;
    }
    setReading(true);
    const reading = await readPackFile(file, `Choisissez le dossier de juré que le président vous a remis (fichier ${JURY_PACK_EXTENSION}).`).finally(() => setReading(false));
    if (!reading.ok) {
      setErrors({ file: reading.message });
      return;
    }
    const { contentBase64 } = reading;
    try {
      // Awaited rather than a callback of mutate: once opened, this page shows the pack and the form is gone.
      const pack = await open.mutateAsync({ contentBase64, passphrase });
      await navigate(laptopJuryPath(pack));
    } catch (error) {
      const onField = issueAt(error, 'passphrase');
      setErrors(onField ? { passphrase: onField } : { general: errorMessage(error) });
    }
  };

  return (
    <Stack gap="lg" maw={760} data-testid="jury-pack-open">
      <Title order={1}>Ouvrir un dossier de juré</Title>
      <Text>
        Vous êtes membre du jury de la CAI et le président vous a remis un dossier de juré (fichier {quoted(JURY_PACK_EXTENSION)}) pour noter les dossiers sur cet ordinateur, sans
        réseau.
      </Text>
      <List size="sm" spacing={4} type="ordered">
        <List.Item>Ouvrez ici votre dossier : cet ordinateur devient votre poste de juré, pour cette séance seulement.</List.Item>
        <List.Item>Notez les dossiers en mode juré, avec votre code PIN, puis soumettez votre notation.</List.Item>
        <List.Item>Exportez vos notes et remettez le fichier au président du jury.</List.Item>
      </List>
      <Paper withBorder p="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          data-testid="jury-pack-open-form"
        >
          <Stack gap="md" align="flex-start">
            <FileInput
              label={`Dossier de juré (fichier ${JURY_PACK_EXTENSION})`}
              placeholder="Choisir le fichier…"
              accept={JURY_PACK_EXTENSION}
              clearable
              clearButtonProps={{ 'aria-label': 'Retirer le fichier choisi' }}
              withAsterisk
              leftSection={<IconFileUpload size={18} aria-hidden />}
              value={file}
              onChange={(next) => {
                setFile(next);
                setErrors({});
              }}
              error={errors.file}
              w="100%"
              maw={520}
              data-testid="jury-pack-file"
            />
            <PassphraseField
              label="Phrase de passe"
              description="Celle que le président vous a communiquée à part du fichier (de vive voix, par téléphone). Le dossier est toujours chiffré ; elle sert aussi à exporter vos notes."
              withAsterisk
              aria-required
              value={passphrase}
              onChange={(event) => {
                setPassphrase(event.currentTarget.value);
                setErrors({});
              }}
              error={errors.passphrase}
              w="100%"
              data-testid="jury-pack-open-passphrase"
            />
            {errors.general && (
              <Alert color="red" c="#a51111" variant="light" role="alert" title="Le dossier n’a pas été ouvert" w="100%" data-testid="jury-pack-open-error">
                {errors.general}
              </Alert>
            )}
            <Button type="submit" size="md" leftSection={<IconFolderOpen size={18} aria-hidden />} loading={reading || open.isPending} data-testid="jury-pack-open-submit">
              Ouvrir le dossier
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
