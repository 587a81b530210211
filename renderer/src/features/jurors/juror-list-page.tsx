// "Membres du jury": the people the CAI convenes, kept from one year to the next; added and corrected in a modal.
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Juror } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { SessionsTabs } from '../sessions/sessions-tabs.tsx';
import { JurorFormModal } from './juror-form-modal.tsx';
import { JurorTable } from './juror-table.tsx';
import { useJurorList } from './use-jurors.ts';

/** Closed, a new member, or the member being corrected. */
type Editing = { open: false } | { open: true; juror?: Juror };

export function JurorListPage() {
  usePageTitle('Membres du jury');
  const list = useJurorList();
  const [editing, setEditing] = useState<Editing>({ open: false });
  const [saved, setSaved] = useState<string | null>(null);

  const addButton = (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setEditing({ open: true })} data-testid="juror-add">
      Ajouter un membre
    </Button>
  );

  return (
    <SessionsTabs active="jury" intro="Les personnes que la commission convoque, d’une année sur l’autre. Chaque séance choisit parmi elles son jury et son président." actions={list.isSuccess && list.data.length > 0 ? addButton : undefined}>
      <Stack gap="md" data-testid="jurors-page">
        <div role="status" aria-live="polite">
          {saved && (
            <Text size="sm" c="teal.9" fw={600} data-testid="juror-saved">
              {saved}
            </Text>
          )}
        </div>
        {list.isPending && <PageLoader label="Chargement des membres du jury…" />}
        {list.isError && <ErrorAlert error={list.error} title="Les membres du jury n’ont pas pu être chargés" onRetry={() => void list.refetch()} />}
        {list.isSuccess &&
          (list.data.length > 0 ? (
            <JurorTable
              jurors={list.data}
              onEdit={(juror) => {
                setSaved(null);
                setEditing({ open: true, juror });
              }}
            />
          ) : (
            <Paper withBorder p="xl" maw={760} data-testid="jurors-empty">
              <Stack gap="md" align="flex-start">
                <Title order={2}>Aucun membre du jury pour l’instant</Title>
                <Text>
                  Le jury réunit le responsable des dispositifs d’insertion, qui le préside, les responsables d’antenne, des
                  représentants du Département et des allocataires du RSA, des professionnels de la DIAP. Enregistrez-les une fois :
                  chaque séance les convoque ensuite.
                </Text>
                {addButton}
              </Stack>
            </Paper>
          ))}
      </Stack>
      <JurorFormModal
        opened={editing.open}
        juror={editing.open ? editing.juror : undefined}
        onClose={() => setEditing({ open: false })}
        onSaved={(juror) => {
          setSaved(editing.open && editing.juror ? `Modifications enregistrées pour ${juror.name}.` : `Membre du jury ajouté : ${juror.name}.`);
          setEditing({ open: false });
        }}
      />
    </SessionsTabs>
  );
}
