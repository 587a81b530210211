// A section of the navbar whose faces are tabs, each at its own address (Séances CAI: sessions and
// jurors; Indicateurs: roll-ups, bilans, reviews, catalogue): the title, the tabs, then the active
// tab's introduction, its actions and its content.
import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

export type SectionTab = { value: string; label: string; path: string };

type Props = {
  title: string;
  tabs: readonly SectionTab[];
  active: string;
  /** Prefix of each tab's data-testid: `${testIdPrefix}-${value}`. */
  testIdPrefix: string;
  intro: string;
  actions?: ReactNode;
  children: ReactNode;
};

export function SectionTabs({ title, tabs, active, testIdPrefix, intro, actions, children }: Props) {
  const navigate = useNavigate();
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = tabs.find((candidate) => candidate.value === value);
          if (tab && tab.value !== active) void navigate(tab.path);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={title}>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value} data-testid={`${testIdPrefix}-${tab.value}`}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
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
