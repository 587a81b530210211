// One lever: its summary and its objectives as an accordion of operational objectives and actions.
import { Accordion, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PactLever } from '../../../../core/service/api.ts';
import { ObjectiveContent } from './objective-content.tsx';
import { plural } from './pact-labels.ts';
import { objectiveContaining, objectiveItemValue, pactElementId } from './pact-tree.ts';
import type { PactFocus } from './pact-tree.ts';

/** Long enough for the accordion to open before the target is measured and scrolled to. */
const SCROLL_DELAY_MS = 260;
const FOCUS_CLASS = 'pact-focus-target';

type Props = { lever: PactLever; focus: PactFocus | null; focusKey: string };

export function LeverPanel({ lever, focus, focusKey }: Props) {
  const [opened, setOpened] = useState<string[]>([]);
  const allValues = lever.objectives.map(objectiveItemValue);
  const allOpened = opened.length === allValues.length;

  // focusKey changes with every navigation, so opening the same hit twice works twice. The objective
  // is opened while rendering (React's "adjust state on prop change"), the scroll waits for the DOM.
  const [handledFocusKey, setHandledFocusKey] = useState<string | null>(null);
  if (focus && focusKey !== handledFocusKey) {
    setHandledFocusKey(focusKey);
    const objective = objectiveContaining(lever, focus);
    const value = objective ? objectiveItemValue(objective) : null;
    if (value && !opened.includes(value)) setOpened([...opened, value]);
  }

  useEffect(() => {
    if (!focus) return;
    const timer = window.setTimeout(() => {
      const target = document.getElementById(pactElementId(focus));
      if (!target) return;
      target.scrollIntoView({ block: focus.kind === 'objective' ? 'start' : 'center' });
      // An objective is focused through its accordion button, the one thing a keyboard user acts on there.
      const focusable = focus.kind === 'objective' ? (target.querySelector('button') ?? target) : target;
      focusable.focus({ preventScroll: true });
      target.classList.remove(FOCUS_CLASS);
      // Restarting the flash when the same element is targeted again needs a reflow in between.
      void target.offsetWidth;
      target.classList.add(FOCUS_CLASS);
    }, SCROLL_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [focus, focusKey]);

  return (
    <Stack gap="md" data-testid="lever-panel" data-lever={lever.number}>
      <div>
        <Text size="sm" fw={600} c="pacte.8">
          Levier {lever.number}
        </Text>
        <Title order={2} size="h3" id={pactElementId({ kind: 'lever', id: lever.id })} tabIndex={-1} data-testid="lever-title">
          {lever.title}
        </Title>
      </div>
      {lever.summary !== '' && <Text data-testid="lever-summary">{lever.summary}</Text>}
      <Group justify="space-between" align="center">
        <Text fw={600}>{plural(lever.objectives.length, 'objectif', 'objectifs')}</Text>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setOpened(allOpened ? [] : allValues)}
          data-testid="lever-toggle-all"
        >
          {allOpened ? 'Tout replier' : 'Tout déplier'}
        </Button>
      </Group>
      <Accordion multiple value={opened} onChange={setOpened} order={3} variant="separated" chevronPosition="left">
        {lever.objectives.map((objective) => {
          const actionCount = objective.operationalObjectives.reduce((sum, operational) => sum + operational.actions.length, 0);
          return (
            <Accordion.Item
              key={objective.id}
              value={objectiveItemValue(objective)}
              id={pactElementId({ kind: 'objective', id: objective.id })}
              data-testid="objective-item"
            >
              <Accordion.Control>
                <Text component="span" size="sm" c="dimmed" ff="monospace" mr="xs">
                  {objective.code}
                </Text>
                <Text component="span" fw={600}>
                  {objective.title}
                </Text>
                <Text component="span" size="sm" c="dimmed" display="block">
                  {plural(objective.operationalObjectives.length, 'objectif opérationnel', 'objectifs opérationnels')} ·{' '}
                  {plural(actionCount, 'action', 'actions')}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <ObjectiveContent objective={objective} />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
