// "Importer un fichier": providers and applications from a spreadsheet, previewed before anything is written.
import { Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ImportFileStep } from './import-file-step.tsx';
import { ImportPreviewStep } from './import-preview-step.tsx';
import { ImportResult } from './import-result.tsx';
import { ImportTemplateStep } from './import-template-step.tsx';
import { useImportFlow } from './use-import-flow.ts';

/** "#/import?appel=12" arrives with the call chosen, as a call's own page would link here. */
function initialCall(value: string | null): string | null {
  return value !== null && /^[1-9]\d*$/u.test(value) ? value : null;
}

export function ImportPage() {
  usePageTitle('Importer un fichier');
  const [params] = useSearchParams();
  const flow = useImportFlow(initialCall(params.get('appel')));

  return (
    <Stack gap="xl" maw={1040} data-testid="import-page">
      <Stack gap={4}>
        <Title order={1}>Importer un fichier</Title>
        <Text maw={760}>
          Des prestataires et des dossiers depuis un tableur (.xlsx ou .csv). Le fichier est d’abord vérifié en entier :
          rien n’est enregistré avant que vous ayez vu l’aperçu et cliqué sur «&nbsp;Importer&nbsp;». Importer deux fois le
          même fichier ne crée rien de plus.
        </Text>
      </Stack>
      <ImportTemplateStep />
      <ImportFileStep flow={flow} />
      {flow.done && flow.commit.data ? (
        <ImportResult report={flow.commit.data} callId={flow.callId} onAgain={flow.clear} />
      ) : (
        <ImportPreviewStep flow={flow} />
      )}
    </Stack>
  );
}
