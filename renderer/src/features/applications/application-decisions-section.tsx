// "Décision de la commission": every avis given on the application (the standing one first), with its
// session, the scores summary the deliberation showed, the avis technique, and the convention that
// followed with what was paid. Before any avis, says so.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ApplicationConvention, ApplicationDecision, ApplicationRecord } from '../../../../core/service/api.ts';
import { CONVENTION_INSTRUMENT_LABELS, CONVENTION_STATUS_LABELS } from '../../../../core/service/conventions/conventions-api.ts';
import { formatFrenchDate } from '../../../../core/domain/french-parsing.ts';
import { formatScore } from '../../../../core/domain/jury/results.ts';
import { formatEuros } from '../../../../core/domain/money.ts';
import { conventionPath } from '../conventions/convention-labels.ts';
import { deliberationPath, sessionPath } from '../sessions/session-labels.ts';
import { ApplicationAvisBadge } from './application-avis-badge.tsx';
import { formatDateTime } from './application-labels.ts';
import { AvisDocumentButton } from './avis-document-button.tsx';

type Props = { application: ApplicationRecord };

const figureStyle = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** "Moyenne 12,40 / 20 · rang 2 sur 6 · 3 membres ont noté (1 retiré pour conflit d’intérêts)". */
function scoresSentence(scores: NonNullable<ApplicationDecision['scores']>): string {
  const parts = [scores.mean === null ? 'Aucune note comptée' : `Moyenne ${formatScore(scores.mean)} / 20`];
  if (scores.rank !== null) parts.push(`rang ${scores.rank} sur ${scores.rankedCount}`);
  const counted = `${scores.jurorsCounted} membre${scores.jurorsCounted > 1 ? 's ont' : ' a'} noté`;
  const conflicted = scores.conflictedCount > 0 ? ` (${scores.conflictedCount} retiré${scores.conflictedCount > 1 ? 's' : ''} pour conflit d’intérêts)` : '';
  parts.push(`${counted}${conflicted}`);
  return parts.join(' · ');
}

function DecisionCard({ decision, applicationId, standing }: { decision: ApplicationDecision; applicationId: number; standing: boolean }) {
  const provisional = decision.sessionStatus !== 'close';
  return (
    <Paper withBorder p="md" data-testid="decision" data-session-id={decision.sessionId} data-standing={standing}>
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <ApplicationAvisBadge kind={decision.kind} size="lg" testId="decision-avis" />
          {decision.proposedCents > 0 && (
            <Text fw={700} style={figureStyle} data-testid="decision-proposed">
              {formatEuros(decision.proposedCents)} proposés
            </Text>
          )}
          {provisional && (
            <Badge color="orange" c="#853200" variant="light" tt="none" data-testid="decision-provisional">
              Provisoire : séance en délibération
            </Badge>
          )}
          {!standing && (
            <Badge color="gray" c="#373a40" variant="light" tt="none">
              Avis antérieur
            </Badge>
          )}
        </Group>
        <Text size="sm">
          Séance{' '}
          <Anchor component={Link} to={sessionPath(decision.sessionId)} data-testid="decision-session-link">
            {decision.sessionTitle}
          </Anchor>{' '}
          ({formatFrenchDate(decision.heldOn)}) ·{' '}
          <Anchor component={Link} to={deliberationPath(decision.sessionId)} data-testid="decision-deliberation-link">
            voir la délibération
          </Anchor>
        </Text>
        {decision.scores && (
          <Text size="sm" data-testid="decision-scores">
            {scoresSentence(decision.scores)}
            {decision.scores.disagreement ? ' · notes très dispersées' : ''}
          </Text>
        )}
        {decision.conditions && <Text size="sm">Réserve : {decision.conditions}</Text>}
        {decision.reasons && <Text size="sm">Motif : {decision.reasons}</Text>}
        {decision.motivation && <Text size="sm">Motivation : {decision.motivation}</Text>}
        <Text size="xs" c="dimmed">
          Avis enregistré par {decision.decidedBy} le {formatDateTime(decision.decidedAt)}
        </Text>
        <AvisDocumentButton sessionId={decision.sessionId} applicationId={applicationId} />
      </Stack>
    </Paper>
  );
}

function ConventionLine({ convention }: { convention: ApplicationConvention }) {
  return (
    <Paper withBorder p="md" data-testid="decision-convention">
      <Group gap="sm" wrap="wrap">
        <Text fw={600}>{CONVENTION_INSTRUMENT_LABELS[convention.instrument]}</Text>
        <Anchor component={Link} to={conventionPath(convention.id)} fw={600} data-testid="decision-convention-link">
          {convention.number}
        </Anchor>
        <Badge variant="light" color="gray" c="#373a40" tt="none" data-testid="decision-convention-status">
          {CONVENTION_STATUS_LABELS[convention.status]}
        </Badge>
        <Text size="sm" style={figureStyle}>
          Montant {formatEuros(convention.totalCents)} · versé{' '}
          <Text span fw={600} data-testid="decision-convention-paid">
            {formatEuros(convention.paidCents)}
          </Text>
        </Text>
      </Group>
    </Paper>
  );
}

export function ApplicationDecisionsSection({ application }: Props) {
  // The standing decision (the latest session's) first, earlier ones after it.
  const decisions = [...application.decisions].reverse();
  return (
    <Stack gap="sm" component="section" aria-labelledby="application-decision-title" data-testid="decisions-section">
      <Title order={2} id="application-decision-title">
        Décision de la commission
      </Title>
      {decisions.length === 0 ? (
        <Text size="sm" data-testid="decisions-none">
          La commission n’a pas encore rendu d’avis sur ce dossier.
        </Text>
      ) : (
        decisions.map((decision, index) => <DecisionCard key={decision.sessionId} decision={decision} applicationId={application.id} standing={index === 0} />)
      )}
      {application.convention && <ConventionLine convention={application.convention} />}
    </Stack>
  );
}
