// The documents a file must carry, each said present or missing; those that do not concern it say why.
import { Badge, Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconMinus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { DocumentChecklistItem, DocumentType } from '../../../../core/service/api.ts';

type Props = { required: DocumentChecklistItem[] };

/** Why a document type is not asked of this file (the host's rule: association, renewal). */
const NOT_REQUIRED_BECAUSE: Partial<Record<DocumentType, string>> = {
  contrat_engagement_republicain: 'demandé aux associations seulement',
  compte_rendu_financier: 'demandé pour un renouvellement seulement',
};

function lineState(line: DocumentChecklistItem): { icon: ReactNode; color: string; text: string } {
  if (line.isPresent) return { icon: <IconCheck size={14} aria-hidden />, color: 'teal.8', text: line.isRequired ? 'Fournie' : 'Fournie (non demandée)' };
  if (line.isRequired) return { icon: <IconAlertTriangle size={14} aria-hidden />, color: 'red.9', text: 'Manquante' };
  return { icon: <IconMinus size={14} aria-hidden />, color: 'gray.6', text: `Non demandée : ${NOT_REQUIRED_BECAUSE[line.documentType] ?? 'ce dossier n’en a pas besoin'}` };
}

export function RequiredDocumentsList({ required }: Props) {
  const asked = required.filter((line) => line.isRequired);
  const provided = asked.filter((line) => line.isPresent).length;
  return (
    <div data-testid="required-documents">
      <Group gap="xs" mb={6}>
        <Text fw={600} id="required-documents-title">
          Pièces demandées
        </Text>
        <Badge variant="light" color={provided === asked.length ? 'teal' : 'red'} c={provided === asked.length ? 'teal.9' : 'red.9'} data-testid="required-documents-count">
          {provided} sur {asked.length} fournies
        </Badge>
      </Group>
      <List spacing={4} size="sm" center aria-labelledby="required-documents-title">
        {required.map((line) => {
          const state = lineState(line);
          return (
            <List.Item
              key={line.documentType}
              icon={
                <ThemeIcon size={20} radius="xl" color={state.color} variant={line.isRequired || line.isPresent ? 'filled' : 'light'}>
                  {state.icon}
                </ThemeIcon>
              }
              data-testid="required-document"
              data-type={line.documentType}
              data-state={line.isPresent ? 'present' : line.isRequired ? 'missing' : 'not-required'}
            >
              <Text span size="sm" fw={line.isRequired ? 500 : 400} c={line.isRequired ? undefined : 'dimmed'}>
                {line.label}
              </Text>
              <Text span size="sm" c={line.isRequired && !line.isPresent ? 'red.9' : 'dimmed'}>
                {' — '}
                {state.text}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}
