// The manager's decisions on a bilan, as its status allows them: validate (the year's balance becomes
// payable), mark incomplete, reject, dispense — each with its modal; a refusal is shown in the host's words.
import { Button, Group } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { BilanAct, BilanDetail } from '../../../../core/service/api.ts';
import { DateActModal } from '../conventions/date-act-modal.tsx';
import { ReasonActModal } from '../conventions/reason-act-modal.tsx';
import { bilanPath } from './bilan-labels.ts';
import { useBilanWrite } from './use-bilans.ts';

type Props = { bilan: BilanDetail };
type ReasonAct = Exclude<BilanAct, 'validate' | 'receive'>;

const REASON_ACTS: Record<ReasonAct, { button: string; title: string; text: string; submit: string; missing: string }> = {
  markIncomplete: {
    button: 'Marquer incomplet…',
    title: 'Bilan incomplet',
    text: 'Le bilan est demandé à nouveau au porteur ; dites ce qui manque. Il redeviendra « reçu » quand le classeur complété sera importé.',
    submit: 'Marquer incomplet',
    missing: 'Indiquez ce qui manque au bilan.',
  },
  reject: {
    button: 'Rejeter…',
    title: 'Rejeter le bilan',
    text: 'Le bilan est rejeté : le solde de l’année n’est pas libéré. Le motif est conservé et imprimé sur la fiche bilan.',
    submit: 'Rejeter le bilan',
    missing: 'Indiquez le motif du rejet.',
  },
  dispense: {
    button: 'Dispenser…',
    title: 'Dispenser du bilan',
    text: 'Aucun bilan ne sera demandé pour cette année (action interrompue, convention résiliée…). La dispense ne libère pas le solde.',
    submit: 'Dispenser',
    missing: 'Indiquez le motif de la dispense.',
  },
};

export function BilanActs({ bilan }: Props) {
  const navigate = useNavigate();
  const [open, setOpen] = useState<BilanAct | null>(null);
  const validate = useBilanWrite('bilans.validate');
  const reject = useBilanWrite('bilans.reject');
  const incomplete = useBilanWrite('bilans.markIncomplete');
  const dispense = useBilanWrite('bilans.dispense');
  const mutations = { reject, markIncomplete: incomplete, dispense };
  const close = () => {
    for (const mutation of [validate, reject, incomplete, dispense]) mutation.reset();
    setOpen(null);
  };
  const reasonAct = open !== null && open !== 'validate' && open !== 'receive' ? open : null;
  const submitReason = (act: ReasonAct, reason: string) => {
    if (act === 'dispense') {
      // An expected bilan gets its row now: the page moves to the bilan's own address.
      dispense.mutate({ conventionId: bilan.conventionId, year: bilan.year, reason }, { onSuccess: (done) => (close(), bilan.id === null ? void navigate(bilanPath(done), { replace: true }) : undefined) });
      return;
    }
    if (bilan.id === null) return;
    mutations[act].mutate({ id: bilan.id, reason }, { onSuccess: close });
  };
  if (bilan.allowedActs.length === 0) return null;
  return (
    <>
      <Group gap="sm" role="group" aria-label="Décisions sur le bilan">
        {bilan.allowedActs.includes('validate') && (
          <Button leftSection={<IconCircleCheck size={18} aria-hidden />} onClick={() => setOpen('validate')} data-testid="bilan-act-validate">
            Valider…
          </Button>
        )}
        {(['markIncomplete', 'reject', 'dispense'] as const)
          .filter((act) => bilan.allowedActs.includes(act))
          .map((act) => (
            <Button key={act} variant={act === 'reject' ? 'subtle' : 'light'} color={act === 'reject' ? 'red.9' : undefined} c={act === 'reject' ? '#a51111' : undefined} onClick={() => setOpen(act)} data-testid={`bilan-act-${act}`}>
              {REASON_ACTS[act].button}
            </Button>
          ))}
      </Group>
      <DateActModal
        key={`validate-${open === 'validate' ? 'open' : 'closed'}`}
        opened={open === 'validate'}
        title={`Valider le bilan ${bilan.year}`}
        text={`Les chiffres et le compte rendu financier sont acceptés : le solde ${bilan.year} de la convention ${bilan.conventionNumber} devient payable, à verser dans les 60 jours.`}
        dateLabel="Date de la validation"
        submitLabel="Valider le bilan"
        datePath="decidedOn"
        loading={validate.isPending}
        error={validate.error}
        onSubmit={(decidedOn) => bilan.id !== null && validate.mutate({ id: bilan.id, decidedOn }, { onSuccess: close })}
        onClose={close}
        testId="bilan-validate-modal"
      />
      {reasonAct && (
        <ReasonActModal
          key={reasonAct}
          opened
          title={`${REASON_ACTS[reasonAct].title} ${bilan.year}`}
          text={REASON_ACTS[reasonAct].text}
          submitLabel={REASON_ACTS[reasonAct].submit}
          missingReason={REASON_ACTS[reasonAct].missing}
          loading={mutations[reasonAct].isPending}
          error={mutations[reasonAct].error}
          onSubmit={(reason) => submitReason(reasonAct, reason)}
          onClose={close}
          testId={`bilan-${reasonAct}-modal`}
        />
      )}
    </>
  );
}
