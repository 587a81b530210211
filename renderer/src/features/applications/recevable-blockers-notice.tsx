// Why "recevable" cannot be declared yet, as a notice naming each point left, each a link to the point
// in the checklist: the refusal is about the file, not about the optional reason typed in the dialog.
import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import type { EligibilityItem } from '../../../../core/service/api.ts';

type Props = {
  /** The points still missing or to tick; empty when only the host's sentence is known. */
  blockers: readonly EligibilityItem[];
  /** The host's refusal, shown when the points themselves could not be read. */
  message: string | null;
  onGoTo: (key: string) => void;
};

export function RecevableBlockersNotice({ blockers, message, onGoTo }: Props) {
  const count = blockers.length;
  return (
    <Alert color="orange" c="#853200" icon={<IconListCheck aria-hidden />} title="Le dossier ne peut pas encore être déclaré recevable" role="alert" data-testid="recevable-blockers">
      {count === 0 ? (
        <Text size="sm">{message}</Text>
      ) : (
        <>
          <Text size="sm" mb={6}>
            {count === 1 ? 'Il reste un point de recevabilité à remplir :' : `Il reste ${count} points de recevabilité à remplir :`}
          </Text>
          <List size="sm" spacing={4}>
            {blockers.map((item) => (
              <List.Item key={item.key} data-testid="recevable-blocker" data-key={item.key}>
                <Anchor component="button" type="button" size="sm" c="#853200" td="underline" onClick={() => onGoTo(item.key)} data-testid="recevable-blocker-link">
                  {item.label}
                </Anchor>
                {item.state === 'to_check' ? ' — à vérifier et cocher' : item.detail ? ` — ${item.detail}` : ''}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
