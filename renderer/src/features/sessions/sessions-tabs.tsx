// The two faces of "Séances CAI": the sessions, and the jury members they convene (kept from year to year).
import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { JURY_PATH } from '../jurors/juror-labels.ts';
import { SESSIONS_PATH } from './session-labels.ts';

const TABS = [
  { value: 'seances', label: 'Séances', path: SESSIONS_PATH },
  { value: 'jury', label: 'Membres du jury', path: JURY_PATH },
] as const;

type Props = { active: (typeof TABS)[number]['value']; intro: string; actions?: ReactNode; children: ReactNode };

export function SessionsTabs({ active, intro, actions, children }: Props) {
  const navigate = useNavigate();
  return (
    <Stack gap="lg">
      <Title order={1}>Séances CAI</Title>
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = TABS.find((candidate) => candidate.value === value);
          if (tab && tab.value !== active) void navigate(tab.path);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label="Séances CAI">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value} data-testid={`sessions-tab-${tab.value}`}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="lg">
            {tab.value === active && (
              <Stack gap="lg">
                <Group justify="space-between" align="flex-end" gap="sm">
                  <Text maw={760}>{intro}</Text>
                  {actions}
                </Group>
                {children}
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
