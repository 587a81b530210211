// Step 1: the template, whose headers are what the import reads back (the workbook adds a help sheet).
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { errorMessage } from '../../api/api-call-error.ts';
import { useImportTemplate } from './use-imports.ts';

export function ImportTemplateStep() {
  const template = useImportTemplate();
  const pending = template.isPending ? template.variables : null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="import-template-title">
      <Title order={2} id="import-template-title">
        1. Modèle
      </Title>
      <Text maw={760}>
        Partez du modèle : ses en-têtes sont ceux que l’import reconnaît. Le classeur Excel a une feuille
        «&nbsp;Prestataires&nbsp;», une feuille «&nbsp;Dossiers&nbsp;» et une feuille «&nbsp;Aide&nbsp;» qui explique chaque
        colonne ; le modèle CSV contient les colonnes des dossiers.
      </Text>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          loading={pending === 'xlsx'}
          onClick={() => template.mutate('xlsx')}
          data-testid="import-template-xlsx"
        >
          Télécharger le modèle Excel (.xlsx)
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileTypeCsv size={18} aria-hidden />}
          loading={pending === 'csv'}
          onClick={() => template.mutate('csv')}
          data-testid="import-template-csv"
        >
          Télécharger le modèle CSV
        </Button>
      </Group>
      {template.isError && (
        <Text size="sm" c="red.8" role="alert">
          Le modèle n’a pas pu être produit : {errorMessage(template.error)}
        </Text>
      )}
    </Stack>
  );
}
