// A member locked out after five wrong PINs, as the "Code PIN" column says it: until when, and the chair's
// way to lift it at once.
import { Badge, Button, Stack } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { elideDe } from '../../../../core/domain/french-gender.ts';
import type { PinLockout } from '../../../../core/service/api.ts';

const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

/** "18:05": the lockouts last five minutes, the day goes without saying. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : time.format(date);
}

type Props = { lockout: PinLockout; disabled: boolean; onUnlock: () => void };

export function PinLockoutBadge({ lockout, disabled, onUnlock }: Props) {
  return (
    <Stack gap={6} align="flex-start">
      <Badge color="red" c="#a51111" variant="light" miw="max-content" tt="none" data-testid="member-pin-locked">
        Verrouillé jusqu’à {formatTime(lockout.lockedUntil)}
      </Badge>
      <Button size="xs" variant="default" leftSection={<IconLockOpen size={14} aria-hidden />} disabled={disabled} aria-label={`Lever le verrouillage ${elideDe(lockout.jurorName)}`} onClick={onUnlock} data-testid="member-pin-unlock">
        Lever le verrouillage
      </Button>
    </Stack>
  );
}
