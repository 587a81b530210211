// "Exporter mes notes", on the juror's laptop: the sheets as they stand, encrypted and signed with the key the
// pack's passphrase protects, saved as a file the juror hands to the chair. Exporting again is harmless: the
// chair keeps the newest file.
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { OpenedJuryPack, ScorePackExport } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import type { Delivery } from '../documents/deliver-document.ts';
import { issueAt } from '../scoring/chair-pin.tsx';
import { DeliveryNotice, deliverPack } from './pack-delivery.tsx';
import { formatLongDate } from '../sessions/session-labels.ts';
import { quoted, SCORE_PACK_EXTENSION, sheetsText } from './pack-labels.ts';
import { PassphraseField } from './passphrase-field.tsx';
import { useExportScorePack } from './use-packs.ts';

type Props = { pack: OpenedJuryPack; headingOrder?: 2 | 3 };

function Exported({ exported, delivery }: { exported: ScorePackExport; delivery: Delivery }) {
  const drafts = exported.sheetCount - exported.submittedCount;
  return (
    <Stack gap="sm" data-testid="score-pack-exported">
      <DeliveryNotice delivery={delivery} testId="score-pack-delivered" />
      {delivery.kind !== 'cancelled' && (
        <Text fw={600}>
          Exporté : {exported.sheetCount === 0 ? 'aucune fiche' : sheetsText(exported.sheetCount, exported.submittedCount)}. Remettez le fichier {quoted(exported.fileName)} au
          président du jury.
        </Text>
      )}
      {(drafts > 0 || exported.sheetCount === 0) && (
        <Alert color="orange" c="#853200" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="score-pack-not-submitted">
          Votre notation n’est pas soumise : le président ne pourra compter vos notes qu’une fois soumises. Terminez-la en mode juré, soumettez-la, puis exportez de nouveau.
        </Alert>
      )}
    </Stack>
  );
}

export function ScorePackExportPanel({ pack, headingOrder = 2 }: Props) {
  const exportPack = useExportScorePack();
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string | undefined; general?: string | undefined }>({});
  const [done, setDone] = useState<{ exported: ScorePackExport; delivery: Delivery } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (exported: ScorePackExport) => {
    setSaving(true);
    try {
      setDone({ exported, delivery: await deliverPack(exported) });
    } catch (error) {
      setErrors({ general: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  const submit = () => {
    if (passphrase === '') {
      setErrors({ passphrase: 'Tapez la phrase de passe de votre dossier : vos notes sont chiffrées avec elle.' });
      return;
    }
    setErrors({});
    setDone(null);
    exportPack.mutate({ passphrase }, {
      onSuccess: (exported) => void save(exported),
      onError: (error) => {
        const onField = issueAt(error, 'passphrase');
        setErrors(onField ? { passphrase: onField } : { general: errorMessage(error) });
      },
    });
  };

  return (
    <Paper withBorder p="lg" maw={760} component="section" aria-labelledby="score-pack-export-title" data-testid="score-pack-export">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md" align="flex-start">
          <Title order={headingOrder} size="h3" id="score-pack-export-title">
            Exporter mes notes
          </Title>
          <Text size="sm">
            Vos notes sont enregistrées sur cet ordinateur. Exportez-les dans un fichier {quoted(SCORE_PACK_EXTENSION)} et remettez ce fichier au président du jury (clé USB,
            messagerie…) : il l’importe dans la séance. Vous pouvez exporter à tout moment ; le président garde le fichier le plus récent.
          </Text>
          <PassphraseField
            label="Phrase de passe de votre dossier"
            description={`Celle qui a ouvert votre dossier de la séance du ${formatLongDate(pack.heldOn)} : elle seule permet de chiffrer et de signer vos notes.`}
            withAsterisk
            aria-required
            value={passphrase}
            onChange={(event) => {
              setPassphrase(event.currentTarget.value);
              setErrors({});
            }}
            error={errors.passphrase}
            w="100%"
            data-testid="score-pack-export-passphrase"
          />
          {errors.general && (
            <Alert color="red" c="#a51111" variant="light" role="alert" title="Les notes n’ont pas été exportées" data-testid="score-pack-export-error">
              {errors.general}
            </Alert>
          )}
          <Button type="submit" size="md" leftSection={<IconFileExport size={18} aria-hidden />} loading={exportPack.isPending || saving} data-testid="score-pack-export-button">
            Exporter mes notes
          </Button>
          <div aria-live="polite" style={{ width: '100%' }}>
            {done && <Exported exported={done.exported} delivery={done.delivery} />}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
