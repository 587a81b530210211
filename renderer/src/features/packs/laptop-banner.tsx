// The line that tells, on every screen of a juror's laptop, whose pack this app holds and for which session.
import { Group, Paper, Text } from '@mantine/core';
import { IconDeviceLaptop } from '@tabler/icons-react';
import type { OpenedJuryPack } from '../../../../core/service/api.ts';
import { laptopBannerText } from './pack-labels.ts';

export function LaptopBanner({ pack }: { pack: OpenedJuryPack }) {
  return (
    <Paper bg="pacte.0" px="md" py="xs" radius="sm" style={{ border: '1px solid var(--mantine-color-pacte-2)' }} data-testid="laptop-banner">
      <Group gap="sm" wrap="nowrap">
        <IconDeviceLaptop size={20} aria-hidden style={{ flexShrink: 0 }} />
        <Text fw={600} size="sm" c="pacte.9">
          {laptopBannerText(pack)}
        </Text>
      </Group>
    </Paper>
  );
}
