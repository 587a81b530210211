// "Exporter": the referential shown, as a spreadsheet (CSV) or as a JSON file that can be imported elsewhere.
import { Button, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconCode, IconDownload, IconTable } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { PactExportFormat } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { client } from '../../api/client.ts';
import { downloadText } from './download-text.ts';

type Props = { pactId: number };

export function PactExportMenu({ pactId }: Props) {
  const exportPact = useMutation({
    mutationFn: (format: PactExportFormat) => client.call('pacts.export', { pactId, format }),
    onSuccess: (file) => downloadText(file.fileName, file.mediaType, file.content),
  });

  return (
    <Stack gap={4} align="flex-end">
      {/* Without the placeholder, focus lands on the first item (the ARIA menu-button pattern) and the menu
          holds only menu items, as axe requires. */}
      <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
            loading={exportPact.isPending}
            data-testid="pact-export-button"
          >
            Exporter
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconTable size={16} aria-hidden />}
            onClick={() => exportPact.mutate('csv')}
            data-testid="pact-export-csv"
          >
            Tableur (CSV)
          </Menu.Item>
          <Menu.Item
            leftSection={<IconCode size={16} aria-hidden />}
            onClick={() => exportPact.mutate('json')}
            data-testid="pact-export-json"
          >
            JSON
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {exportPact.isError && (
        <Text size="sm" c="red.8" role="alert" maw={340} data-testid="pact-export-error">
          L’export a échoué : {errorMessage(exportPact.error)}
        </Text>
      )}
    </Stack>
  );
}
