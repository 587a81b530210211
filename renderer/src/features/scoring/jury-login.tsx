// Step 1 of jury mode: the juror picks their name among the members the chair gave a PIN, and types
// that PIN. Wrong PINs and the lockout that follows are told in French under the field.
import { Alert, Button, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconLogin } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { formatFrenchDate } from '../../../../core/domain/french-parsing.ts';
import type { JurySession, SessionDetail } from '../../../../core/service/api.ts';
import { JUROR_ROLE_LABELS } from '../../../../core/service/jurors/jurors-api.ts';
import { SESSION_STATUS_LABELS } from '../../../../core/service/sessions/sessions-api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useOpenJury } from './use-jury.ts';

/** preselectedJurorId: the juror a laptop's pack names (#/seances/:id/jure?jure=…): only the PIN is left to type. */
type Props = { session: SessionDetail; notice: string | null; onOpened: (jury: JurySession) => void; preselectedJurorId?: number | null };

const PIN = /^\d{4,8}$/u;

export function JuryLogin({ session, notice, onOpened, preselectedJurorId = null }: Props) {
  usePageTitle(`Mode juré · ${session.title}`);
  const open = useOpenJury();
  const [jurorId, setJurorId] = useState<string | null>(() =>
    session.members.some((member) => member.hasPin && member.id === preselectedJurorId) ? String(preselectedJurorId) : null,
  );
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<{ juror?: string; pin?: string }>({});
  const pinRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const members = session.members.filter((member) => member.hasPin);
  const isOpen = session.status === 'notation';

  const submit = () => {
    const found: typeof errors = {};
    if (jurorId === null) found.juror = 'Choisissez votre nom dans la liste.';
    if (!PIN.test(pin)) found.pin = 'Le code PIN compte 4 à 8 chiffres.';
    setErrors(found);
    if (found.juror || found.pin) {
      window.requestAnimationFrame(() => (found.juror ? document.querySelector<HTMLInputElement>('[data-testid="jury-name"] input')?.focus() : pinRef.current?.focus()));
      return;
    }
    open.mutate(
      { sessionId: session.id, jurorId: Number(jurorId), pin },
      {
        onSuccess: onOpened,
        onError: (error) => {
          setPin('');
          const onJuror = error instanceof ApiCallError && error.issues.some((issue) => issue.path === 'jurorId');
          setErrors(onJuror ? { juror: errorMessage(error) } : { pin: errorMessage(error) });
          window.requestAnimationFrame(() => pinRef.current?.focus());
        },
      },
    );
  };

  return (
    <Stack gap="lg" maw={640} data-testid="jury-login">
      <Stack gap={4}>
        <Title order={1} ref={titleRef} tabIndex={-1} style={{ outline: 'none' }}>
          Mode juré
        </Title>
        <Text>
          {session.title} · {formatFrenchDate(session.heldOn)}
          {session.place ? ` · ${session.place}` : ''}
        </Text>
      </Stack>
      {notice && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} styles={{ title: { color: 'var(--mantine-color-text)' } }} title="Vous avez été déconnecté" data-testid="jury-notice">
          {notice}
        </Alert>
      )}
      {!isOpen && (
        <Alert color="gray" variant="light" title="La notation n’est pas ouverte" data-testid="jury-closed">
          La séance est {SESSION_STATUS_LABELS[session.status]} : le mode juré s’ouvre quand le président passe la séance en notation.
        </Alert>
      )}
      {isOpen && members.length === 0 && (
        <Alert color="gray" variant="light" title="Aucun code PIN défini" data-testid="jury-no-pin">
          Aucun membre du jury n’a encore de code PIN : le président doit les définir dans la préparation de la séance.
        </Alert>
      )}
      {isOpen && members.length > 0 && (
        <Paper withBorder p="lg">
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <Stack gap="lg">
              <Radio.Group
                label="1. Choisissez votre nom"
                description="Avec les flèches du clavier, ou en cliquant sur votre nom."
                value={jurorId}
                onChange={(value) => {
                  setJurorId(value);
                  setErrors((current) => ({ ...current, juror: undefined }));
                }}
                error={errors.juror}
                labelProps={{ fz: 'md', fw: 700 }}
                data-testid="jury-name"
              >
                <Stack gap="sm" mt="xs">
                  {members.map((member) => (
                    <Radio key={member.id} value={String(member.id)} label={member.name} description={JUROR_ROLE_LABELS[member.role]} />
                  ))}
                </Stack>
              </Radio.Group>
              <TextInput
                ref={pinRef}
                label="2. Tapez votre code PIN"
                description="Le code de 4 à 8 chiffres que le président vous a remis."
                type="password"
                inputMode="numeric"
                autoComplete="off"
                maxLength={8}
                maw={340}
                value={pin}
                onChange={(event) => {
                  setPin(event.currentTarget.value);
                  setErrors((current) => ({ ...current, pin: undefined }));
                }}
                error={errors.pin}
                labelProps={{ fz: 'md', fw: 700 }}
                data-testid="jury-pin"
              />
              <Button type="submit" size="md" w="fit-content" leftSection={<IconLogin size={18} aria-hidden />} loading={open.isPending} data-testid="jury-open">
                Ouvrir ma fiche de notation
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
