// A titled section of the application form: a <section> named by its heading, so that the
// long form reads as chapters with the keyboard and a screen reader's heading list.
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { id: string; title: string; description?: ReactNode; children: ReactNode };

export function FormSection({ id, title, description, children }: Props) {
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={`${id}-title`} data-testid={id}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id={`${id}-title`}>
            {title}
          </Title>
          {description && <Text size="sm">{description}</Text>}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
