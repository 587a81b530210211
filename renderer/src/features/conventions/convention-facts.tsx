// What the convention is: the action and the session it comes from, its object (and the one published as open
// data), period, amounts, the avis and its conditions, the board's deliberation, the signatures.
import { Anchor, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatEuros } from '../../../../core/domain/money.ts';
import { AVIS_LABELS } from '../../../../core/service/scoring/scoring-api.ts';
import { CONVENTION_INSTRUMENT_LABELS, type ConventionDetail } from '../../../../core/service/conventions/conventions-api.ts';
import { applicationPath } from '../applications/application-labels.ts';
import { sessionPath } from '../sessions/session-labels.ts';
import { useSession } from '../sessions/use-sessions.ts';
import { formatBasisPoints, showDate } from './convention-labels.ts';

type Props = { convention: ConventionDetail };

function avisLabel(kind: string): string {
  return kind in AVIS_LABELS ? AVIS_LABELS[kind as keyof typeof AVIS_LABELS] : kind;
}

export function ConventionFacts({ convention: c }: Props) {
  const session = useSession(c.sessionId);
  const rows: [string, ReactNode, string][] = [
    [
      'Action',
      <Anchor component={Link} to={applicationPath(c.applicationId)} key="application">
        {c.applicationTitle}
      </Anchor>,
      'application',
    ],
    [
      'Séance CAI',
      <Anchor component={Link} to={sessionPath(c.sessionId)} key="session">
        {session.data?.title ?? `Séance n° ${c.sessionId}`} (appel {c.callYear})
      </Anchor>,
      'session',
    ],
    ['Acte', CONVENTION_INSTRUMENT_LABELS[c.instrument], 'instrument'],
    ['Objet', <Text key="object" style={{ whiteSpace: 'pre-wrap' }}>{c.object}</Text>, 'object'],
    ['Objet publié (données ouvertes)', c.openDataObject || '—', 'open-data-object'],
    ['Durée', `${c.duration === 'pluriannuelle' ? 'Pluriannuelle' : 'Annuelle'}, du ${showDate(c.startsOn)} au ${showDate(c.endsOn)}`, 'period'],
    ['Montant', formatEuros(c.totalCents), 'total'],
    ['Coût éligible de l’action', formatEuros(c.eligibleCostCents), 'eligible-cost'],
    ['Avis de la commission', avisLabel(c.avisKind), 'avis'],
    ...(c.conditions ? ([['Conditions de l’avis', <Text key="conditions" style={{ whiteSpace: 'pre-wrap' }}>{c.conditions}</Text>, 'conditions']] as [string, ReactNode, string][]) : []),
    ['Délibération du CA', c.caDeliberationRef ? `n° ${c.caDeliberationRef} du ${showDate(c.caDeliberationOn)}` : '—', 'deliberation'],
    ['Signatures', c.signedCcasOn ? `prestataire : ${showDate(c.signedProviderOn)} ; CCAS : ${showDate(c.signedCcasOn)}` : '—', 'signatures'],
    ['Avance à la signature', formatBasisPoints(c.advanceBp), 'advance'],
    ['Modèle de convention', c.templateVersion ? `version ${c.templateVersion}` : '—', 'template'],
  ];
  return (
    <Table withTableBorder variant="vertical" layout="fixed" maw={880} aria-label="La convention" data-testid="convention-facts">
      <Table.Tbody>
        {rows.map(([label, value, key]) => (
          <Table.Tr key={key}>
            <Table.Th w={240} scope="row">
              {label}
            </Table.Th>
            <Table.Td data-testid={`convention-fact-${key}`}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
