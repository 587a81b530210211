// Confirms a change of status with what it needs: the board's deliberation (number and date), both signatures
// (the provider's may be left out for an arrêté), or the reason of a résiliation or an abandon. A refusal
// (signature before the board, money still due at closing…) is shown here in the host's own words.
import { Alert, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ConventionDetail } from '../../../../core/service/conventions/conventions-api.ts';
import { CONVENTION_STATUS_LABELS } from '../../../../core/service/conventions/conventions-api.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { ModalActions } from '../../components/modal-actions.tsx';
import { ReasonField } from '../../components/reason-field.tsx';
import { useCloseGuard } from '../../components/use-discard-guard.ts';
import { generalError, issueAt } from '../scoring/chair-pin.tsx';
import { statusInSentence, todayIso } from './convention-labels.ts';
import { TRANSITION_CONSEQUENCES, TRANSITION_LABELS, isDangerous, type TransitionTarget } from './convention-transitions.ts';
import { client } from '../../api/client.ts';
import { useConventionAct } from './use-conventions.ts';

type Props = { convention: ConventionDetail; target: TransitionTarget | null; onClose: () => void };

const FIELDS = new Set(['deliberationRef', 'deliberationOn', 'signedProviderOn', 'signedCcasOn', 'reason']);

export function ConventionTransitionModal({ convention, target, onClose }: Props) {
  const act = useConventionAct();
  const [deliberationRef, setDeliberationRef] = useState('');
  const [deliberationOn, setDeliberationOn] = useState(todayIso());
  const [signedProviderOn, setSignedProviderOn] = useState(todayIso());
  const [signedCcasOn, setSignedCcasOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [pristineDate] = useState(todayIso);
  const id = convention.id;
  const reasonRequired = target === 'resiliee' || target === 'abandonnee';
  const arrete = convention.instrument === 'arrete';

  const close = () => {
    setReason('');
    setProblem(null);
    act.reset();
    onClose();
  };
  // Escape, the cross, a click beside the modal and "Annuler" ask before dropping what was typed.
  const guard = useCloseGuard(deliberationRef.trim() !== '' || reason.trim() !== '' || [deliberationOn, signedProviderOn, signedCcasOn].some((date) => date !== pristineDate));
  const askClose = () => guard.requestClose(close);

  const request = (to: TransitionTarget): (() => Promise<ConventionDetail>) => {
    switch (to) {
      case 'presentee_ca':
        return () => client.call('conventions.present', { id, reason });
      case 'validee_ca':
        return () => client.call('conventions.validate', { id, deliberationRef, deliberationOn });
      case 'signee':
        return () => client.call('conventions.sign', { id, signedProviderOn: signedProviderOn === '' ? null : signedProviderOn, signedCcasOn });
      case 'en_cours':
        return () => client.call('conventions.start', { id });
      case 'cloturee':
        return () => client.call('conventions.close', { id, reason });
      case 'resiliee':
        return () => client.call('conventions.terminate', { id, reason });
      case 'abandonnee':
        return () => client.call('conventions.abandon', { id, reason });
    }
  };

  const confirm = () => {
    if (target === null) return;
    if (reasonRequired && reason.trim() === '') {
      setProblem(target === 'resiliee' ? 'Indiquez le motif de la résiliation.' : 'Indiquez le motif de l’abandon.');
      document.getElementById('convention-transition-reason')?.focus();
      return;
    }
    act.mutate(request(target), {
      onSuccess: close,
      onError: () => window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="convention-transition-modal"] [aria-invalid="true"]')?.focus()),
    });
  };

  const label = target === null ? '' : TRANSITION_LABELS[target];
  const other = generalError(act.error, (path) => FIELDS.has(path));
  return (
    <Modal opened={target !== null} onClose={askClose} title={label} size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="convention-transition-modal">
      {target !== null && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <Stack gap="md">
            <Text>
              {`La convention ${convention.number} est «\u00A0${statusInSentence(CONVENTION_STATUS_LABELS[convention.status])}\u00A0» ; elle sera «\u00A0${statusInSentence(CONVENTION_STATUS_LABELS[target])}\u00A0».`}
            </Text>
            <Text size="sm">{TRANSITION_CONSEQUENCES[target]}</Text>
            {other !== null && (
              <Alert color="red" c="#a51111" variant="light" title="Le changement a été refusé" role="alert" data-testid="convention-transition-error">
                {other}
              </Alert>
            )}
            {target === 'validee_ca' && (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput label="N° de la délibération" withAsterisk aria-required maxLength={100} value={deliberationRef} onChange={(event) => setDeliberationRef(event.currentTarget.value)} error={issueAt(act.error, 'deliberationRef')} data-autofocus data-testid="convention-deliberation-ref" />
                <FrenchDateInput label="Date de la délibération" withAsterisk aria-required value={deliberationOn} onChange={setDeliberationOn} error={issueAt(act.error, 'deliberationOn')} data-testid="convention-deliberation-on" />
              </SimpleGrid>
            )}
            {target === 'signee' && (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <FrenchDateInput
                  label="Signature du prestataire"
                  description={arrete ? 'Facultative pour un arrêté attributif.' : 'Date de la signature du représentant.'}
                  withAsterisk={!arrete}
                  aria-required={!arrete}
                  clearable={arrete}
                  value={signedProviderOn}
                  onChange={setSignedProviderOn}
                  error={issueAt(act.error, 'signedProviderOn')}
                  data-testid="convention-signed-provider-on"
                />
                <FrenchDateInput label="Signature du CCAS" description="Date de la signature du président ou de son délégué." withAsterisk aria-required value={signedCcasOn} onChange={setSignedCcasOn} error={issueAt(act.error, 'signedCcasOn')} data-testid="convention-signed-ccas-on" />
              </SimpleGrid>
            )}
            {(target === 'presentee_ca' || target === 'cloturee' || reasonRequired) && (
              <ReasonField
                id="convention-transition-reason"
                label="Motif"
                description={reasonRequired ? 'Obligatoire : il est conservé dans l’historique de la convention.' : 'Facultatif ; conservé dans l’historique.'}
                required={reasonRequired}
                value={reason}
                onChange={(value) => {
                  setReason(value);
                  setProblem(null);
                }}
                error={problem ?? issueAt(act.error, 'reason') ?? null}
                testId="convention-transition-reason"
              />
            )}
            <ModalActions onCancel={askClose} submitLabel={label} loading={act.isPending} danger={isDangerous(target)} testId="convention-transition-confirm" />
          </Stack>
        </form>
      )}
      <DiscardConfirmModal guard={guard} />
    </Modal>
  );
}
