// "Exporter": a list as an Excel workbook or a CSV for Excel, produced by the host and handed over the
// way documents are (the native "Enregistrer sous" in the desktop app, a download in the browser). Where
// the file went shows in a bubble under the button, so that nothing around it moves.
import { Anchor, Box, Button, CloseButton, Group, Menu, Popover, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExportedFile, ExportFormat } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { deliverFiles, showInFolder, type Delivery } from '../documents/deliver-document.ts';

type Props = {
  /** The button's words: "Exporter", or what is exported where two menus share a page. */
  label: string;
  /** What the file will hold, above the choices ("9 dossiers : la recherche et les filtres affichés…"). */
  note?: string;
  testId: string;
  produce: (format: ExportFormat) => Promise<ExportedFile>;
};

function deliveredText(delivery: Delivery): string {
  if (delivery.kind === 'cancelled') return 'Enregistrement annulé : le fichier n’a pas été enregistré.';
  return delivery.kind === 'saved' ? `Enregistré : ${delivery.path}` : `Téléchargé : ${delivery.files.join(', ')} (dans le dossier des téléchargements du navigateur).`;
}

export function ExportMenu({ label, note, testId, produce }: Props) {
  const [dismissed, setDismissed] = useState(false);
  const [folderError, setFolderError] = useState<string | null>(null);
  const exporting = useMutation({
    mutationFn: async (format: ExportFormat): Promise<Delivery> => {
      setDismissed(false);
      setFolderError(null);
      const file = await produce(format);
      return deliverFiles([file], file.mediaType);
    },
  });
  const delivery = exporting.isSuccess ? exporting.data : null;
  const failure = exporting.isError ? `L’export a échoué : ${errorMessage(exporting.error)}` : folderError;
  const spoken = failure ?? (delivery ? deliveredText(delivery) : '');

  return (
    <Popover withRoles={false} opened={!dismissed && (delivery !== null || failure !== null)} onChange={(opened) => setDismissed(!opened)} position="bottom-end" withArrow shadow="md" trapFocus={false} returnFocus={false}>
      <Popover.Target>
        <Box display="inline-block">
          {/* Without the placeholder, focus lands on the first item (the ARIA menu-button pattern) and the menu
              holds only menu items, as axe requires. */}
          <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconDownload size={18} aria-hidden />}
                rightSection={<IconChevronDown size={16} aria-hidden />}
                loading={exporting.isPending}
                data-testid={testId}
              >
                {label}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {note && <Menu.Label maw={300}>{note}</Menu.Label>}
              <Menu.Item leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={() => exporting.mutate('xlsx')} data-testid={`${testId}-xlsx`}>
                Classeur Excel (.xlsx)
              </Menu.Item>
              <Menu.Item leftSection={<IconFileText size={16} aria-hidden />} onClick={() => exporting.mutate('csv')} data-testid={`${testId}-csv`}>
                CSV pour Excel (.csv)
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {/* Always in the DOM, so that a screen reader hears where the file went (the bubble comes and goes). */}
          <VisuallyHidden role="status" aria-live="polite">
            {spoken}
          </VisuallyHidden>
        </Box>
      </Popover.Target>
      <Popover.Dropdown maw={420} p="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {failure ? (
            <Text size="sm" c="red.8" style={{ overflowWrap: 'anywhere' }} data-testid={`${testId}-error`}>
              {failure}
            </Text>
          ) : (
            delivery && (
              <Text size="sm" style={{ overflowWrap: 'break-word' }} data-testid={`${testId}-delivered`} data-kind={delivery.kind}>
                {deliveredText(delivery)}
                {delivery.kind === 'saved' && (
                  <>
                    {' '}
                    <Anchor component="button" type="button" size="sm" onClick={() => void showInFolder(delivery.files[0] ?? delivery.path).catch((error: unknown) => setFolderError(errorMessage(error)))}>
                      Ouvrir le dossier
                    </Anchor>
                  </>
                )}
              </Text>
            )
          )}
          <CloseButton size="sm" aria-label="Fermer ce message" onClick={() => setDismissed(true)} />
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
