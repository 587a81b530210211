// The file as the juror reads it before scoring: everything the grid asks them to judge (summary and
// method, targeted pact objectives, public, territories and dates, mobility, budget and cost per
// participant, proposed indicators), then the attachments — the application page's own views, without
// anything to edit and without any score.
import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { JurySheet } from '../../../../core/service/api.ts';
import { ApplicationBudgetView } from '../applications/application-budget-view.tsx';
import { ApplicationFactsTable } from '../applications/application-facts-table.tsx';
import { ApplicationIndicatorsView } from '../applications/application-indicators-view.tsx';
import { ApplicationObjectivesView } from '../applications/application-objectives-view.tsx';
import { JuryAttachments } from './jury-attachments.tsx';

const section = (id: string, title: string, content: ReactNode) => (
  <Stack gap="sm" component="section" aria-labelledby={id}>
    <Title order={2} id={id}>
      {title}
    </Title>
    {content}
  </Stack>
);

const longText = (text: string, empty: string) => (text ? <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text> : <Text size="sm">{empty}</Text>);

export function JuryApplicationView({ sheet }: { sheet: JurySheet }) {
  const { application } = sheet;
  return (
    <Stack gap="xl" data-testid="jury-application">
      {section(
        'jury-summary-title',
        'Résumé et description',
        <Stack gap="sm">
          {longText(application.summary, 'Aucun résumé.')}
          {application.description && longText(application.description, '')}
        </Stack>,
      )}
      {section('jury-objectives-title', 'Objectifs du pacte visés', <ApplicationObjectivesView objectives={application.objectives} />)}
      {section('jury-facts-title', 'Public, territoires et calendrier', <ApplicationFactsTable application={application} />)}
      {section('jury-mobility-title', 'Mobilité', longText(application.mobility, 'La façon dont l’action traite la mobilité n’a pas été indiquée.'))}
      {section('jury-budget-title', 'Budget prévisionnel', <ApplicationBudgetView application={application} />)}
      {section('jury-indicators-title', 'Indicateurs proposés', <ApplicationIndicatorsView indicators={application.indicators} />)}
      <JuryAttachments items={sheet.attachments} />
    </Stack>
  );
}
