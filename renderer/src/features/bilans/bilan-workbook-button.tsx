// "Classeur du prestataire": downloads the .xlsx the manager sends to the provider for a convention's year.
import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { client } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { downloadBase64 } from '../imports/download-base64.ts';

type Props = { conventionId: number; year: number };

export function BilanWorkbookButton({ conventionId, year }: Props) {
  const download = useMutation({
    mutationFn: () => client.call('bilans.workbook', { conventionId, year }),
    onSuccess: (file) => downloadBase64(file.fileName, file.mediaType, file.contentBase64),
  });
  return (
    <div>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} loading={download.isPending} onClick={() => download.mutate()} data-testid="bilan-workbook-button">
        Classeur du prestataire ({year})
      </Button>
      {download.isError && <ErrorAlert error={download.error} title="Le classeur n’a pas pu être préparé" />}
    </div>
  );
}
