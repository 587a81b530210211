// One step of "Pour commencer": done or not (in words, not only by colour), what it holds or lacks, where to do it.
import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { SetupStep } from './setup-steps.ts';

type Props = { step: SetupStep; number: number };

export function SetupStepItem({ step, number }: Props) {
  return (
    <Paper component="li" withBorder p="md" data-testid="setup-step" data-step={step.key} data-done={step.done}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={32} radius="xl" color={step.done ? 'teal.8' : 'gray.2'} c={step.done ? undefined : 'dark.7'} aria-hidden>
          {step.done ? <IconCheck size={18} /> : <Text fw={700} size="sm">{number}</Text>}
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="sm" wrap="wrap">
            <Title order={2} size="h4">
              {step.title}
            </Title>
            {/* Mantine's light tints fall below 4.5:1 at badge size: a darker text, as the other badges do. */}
            <Badge variant="light" color={step.done ? 'teal' : 'orange'} c={step.done ? '#0b5e45' : '#853200'} tt="none" data-testid="setup-step-state">
              {step.done ? 'Fait' : 'À faire'}
            </Badge>
          </Group>
          <Text size="sm" data-testid="setup-step-text">
            {step.text}
          </Text>
          <div>
            <Button component={Link} to={step.link.to} size="xs" variant={step.done ? 'default' : 'light'} rightSection={<IconArrowRight size={14} aria-hidden />} data-testid="setup-step-link">
              {step.link.label}
            </Button>
          </div>
        </Stack>
      </Group>
    </Paper>
  );
}
