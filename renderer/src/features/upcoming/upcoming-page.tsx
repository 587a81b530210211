// A section planned for a later version: says what it will hold instead of an empty screen.
import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { usePageTitle } from '../../components/use-page-title.ts';
import type { UpcomingSection } from './upcoming-sections.ts';

type Props = { section: UpcomingSection };

export function UpcomingPage({ section }: Props) {
  usePageTitle(section.title);
  return (
    <Stack gap="md" maw={760} data-testid={`upcoming-${section.key}`}>
      <Title order={1}>{section.title}</Title>
      {section.paragraphs.map((paragraph) => (
        <Text key={paragraph}>{paragraph}</Text>
      ))}
      <Alert variant="light" color="pacte" icon={<IconHourglass aria-hidden />} title="Prochaine version">
        Cette rubrique arrive dans une prochaine version de Pacte CAI.
      </Alert>
    </Stack>
  );
}
