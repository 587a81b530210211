// Step 3 of jury mode: one application at a time — the file, then the grid, each answer saved as it
// is given. Alt + → / Alt + ← move to the next or previous application from anywhere on the sheet.
import { Button, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconList } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { JurySession } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CriterionField } from './criterion-field.tsx';
import { JuryApplicationView } from './jury-application-view.tsx';
import { JurySheetFooter } from './jury-sheet-footer.tsx';
import { useJurySheet } from './use-jury.ts';
import { useSheetAutosave } from './use-sheet-autosave.ts';

type Props = {
  juryToken: string;
  session: JurySession;
  applicationId: number;
  onOpen: (applicationId: number) => void;
  onBack: () => void;
  /** Hands the page what sends this sheet's pending saves, for the submit and "Quitter". */
  onSettleReady: (settle: () => Promise<void>) => void;
};

function ShortcutHelp() {
  return (
    <Text size="sm" data-testid="jury-shortcuts">
      Au clavier : <Kbd>Alt</Kbd> + <Kbd>flèche droite →</Kbd> dossier suivant, <Kbd>Alt</Kbd> + <Kbd>flèche gauche ←</Kbd> dossier précédent. Dans la grille,{' '}
      <Kbd>Tab</Kbd> passe au champ suivant et les flèches <Kbd>↑</Kbd> <Kbd>↓</Kbd> choisissent le niveau.
    </Text>
  );
}

export function JurySheet({ juryToken, session, applicationId, onOpen, onBack, onSettleReady }: Props) {
  const sheet = useJurySheet(juryToken, applicationId);
  const autosave = useSheetAutosave(juryToken, applicationId);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const gridTitleRef = useRef<HTMLHeadingElement>(null);
  const scoreable = session.applications.filter((item) => !item.isConflicted);
  const index = scoreable.findIndex((item) => item.applicationId === applicationId);
  const item = scoreable[index];
  const previous = index > 0 ? scoreable[index - 1] : undefined;
  const next = index >= 0 ? scoreable[index + 1] : undefined;
  usePageTitle(item ? `${item.title} · Mode juré` : 'Mode juré');

  useEffect(() => onSettleReady(autosave.settle), [onSettleReady, autosave.settle]);

  // The save status and navigation stay stuck at the bottom: a field reached with Tab scrolls into view above that bar.
  useEffect(() => {
    const root = document.documentElement;
    root.style.scrollPaddingBottom = '6rem';
    return () => {
      root.style.scrollPaddingBottom = '';
    };
  }, []);

  // Each application opens at its top, where keyboard and screen-reader users start reading.
  useEffect(() => titleRef.current?.focus(), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      // Alt + ← is the browser's "back": kept from leaving jury mode, and from moving a radio's choice.
      event.preventDefault();
      event.stopPropagation();
      const target = event.key === 'ArrowRight' ? next : previous;
      if (target) onOpen(target.applicationId);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [next, previous, onOpen]);

  return (
    <Stack gap="lg" data-testid="jury-sheet" data-application-id={applicationId}>
      <Group justify="space-between" gap="sm">
        <Button variant="subtle" leftSection={<IconList size={18} aria-hidden />} onClick={onBack} data-testid="jury-back">
          Retour à mes dossiers
        </Button>
        {item && (
          <Text size="sm" fw={600} data-testid="jury-sheet-position">
            Dossier {index + 1} sur {scoreable.length}
          </Text>
        )}
      </Group>
      <Stack gap={4}>
        <Title order={1} ref={titleRef} tabIndex={-1} data-testid="jury-sheet-title" style={{ outline: 'none' }}>
          {item?.title ?? 'Dossier'}
        </Title>
        {item && (
          <Text>
            {item.providerName}
            {sheet.data && ` · Montant demandé : ${formatEuros(sheet.data.application.budget.requestedFromCcasCents)}`}
          </Text>
        )}
      </Stack>
      <Stack gap="xs">
        <Button variant="light" w="fit-content" leftSection={<IconArrowDown size={18} aria-hidden />} onClick={() => gridTitleRef.current?.focus()} data-testid="jury-go-to-grid">
          Aller à la grille de notation
        </Button>
        <ShortcutHelp />
      </Stack>
      {sheet.isPending && <PageLoader label="Chargement du dossier…" />}
      {sheet.isError && <ErrorAlert error={sheet.error} title="Ce dossier n’a pas pu être ouvert" onRetry={() => void sheet.refetch()} />}
      {sheet.isSuccess && (
        <>
          <JuryApplicationView sheet={sheet.data} />
          <Stack gap="md" component="section" aria-labelledby="jury-grid-title" data-testid="jury-grid">
            <Title order={2} id="jury-grid-title" ref={gridTitleRef} tabIndex={-1} style={{ scrollMarginTop: 16 }}>
              Grille de notation
            </Title>
            <Text size="sm">
              Pour chaque critère, choisissez le niveau qui décrit le mieux le dossier. Vos réponses ne sont vues de personne d’autre ; elles comptent une fois votre notation
              soumise.
            </Text>
            {session.grid.criteria.map((criterion, position) => (
              <CriterionField
                key={criterion.key}
                index={position}
                criterion={criterion}
                initial={sheet.data.answers[criterion.key]}
                readOnly={session.isSubmitted || sheet.data.status === 'submitted'}
                onAnswer={(answer, typing) => (typing ? autosave.saveLater : autosave.saveNow)(criterion.key, criterion.label, answer)}
              />
            ))}
          </Stack>
        </>
      )}
      <JurySheetFooter status={autosave.status} previous={previous} next={next} onOpen={onOpen} onBack={onBack} />
    </Stack>
  );
}
