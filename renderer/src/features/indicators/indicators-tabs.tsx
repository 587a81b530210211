// The faces of "Indicateurs": where the pact stands (roll-ups), the yearly bilans of the funded actions,
// the reviews of the pact's action plan, and the catalogue of common indicators. Each tab has its address.
import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

export const INDICATORS_PATH = '/indicateurs';
export const BILANS_PATH = '/indicateurs/bilans';
export const PACT_REVIEWS_PATH = '/indicateurs/revues';
export const CATALOGUE_PATH = '/indicateurs/catalogue';

const TABS = [
  { value: 'syntheses', label: 'Synthèses', path: INDICATORS_PATH },
  { value: 'bilans', label: 'Bilans annuels', path: BILANS_PATH },
  { value: 'revues', label: 'Plan d’action du pacte', path: PACT_REVIEWS_PATH },
  { value: 'catalogue', label: 'Indicateurs communs', path: CATALOGUE_PATH },
] as const;

export type IndicatorsTab = (typeof TABS)[number]['value'];

type Props = { active: IndicatorsTab; intro: string; actions?: ReactNode; children: ReactNode };

export function IndicatorsTabs({ active, intro, actions, children }: Props) {
  const navigate = useNavigate();
  return (
    <Stack gap="lg">
      <Title order={1}>Indicateurs</Title>
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = TABS.find((candidate) => candidate.value === value);
          if (tab && tab.value !== active) void navigate(tab.path);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label="Indicateurs">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value} data-testid={`indicators-tab-${tab.value}`}>
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
