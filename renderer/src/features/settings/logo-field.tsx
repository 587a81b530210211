// The organisation's logo: pick a PNG/JPEG (1 Mo at most), see it, remove it.
import { Button, FileInput, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import { readLogo } from './read-logo.ts';

type Props = {
  value: string | null;
  onChange: (dataUrl: string | null) => void;
  /** Error from validation (client or host) about the stored value. */
  error?: ReactNode;
};

export function LogoField({ value, onChange, error }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const choose = async (chosen: File | null) => {
    setReadError(null);
    if (!chosen) {
      setFile(null);
      return;
    }
    const result = await readLogo(chosen);
    if (!result.ok) {
      // The previous logo stays: a refused file must not silently erase it.
      setFile(null);
      setReadError(result.message);
      return;
    }
    setFile(chosen);
    onChange(result.dataUrl);
  };

  const remove = () => {
    setFile(null);
    setReadError(null);
    onChange(null);
  };

  return (
    <Stack gap="xs">
      <FileInput
        label="Logo"
        description="Image PNG ou JPEG de 1 Mo au plus ; elle figurera en tête des documents."
        placeholder={value ? 'Remplacer le logo…' : 'Choisir une image…'}
        accept="image/png,image/jpeg"
        value={file}
        onChange={(chosen) => void choose(chosen)}
        leftSection={<IconPhoto size={18} aria-hidden />}
        error={readError ?? error}
        clearable={false}
        // The real <input type="file"> is hidden behind the button; tests attach files to it.
        fileInputProps={{ 'data-testid': 'settings-logo-file' } as ComponentProps<'input'>}
        maw={480}
        data-testid="settings-logo-input"
      />
      {value && (
        <Paper withBorder p="sm" maw={480} data-testid="settings-logo-current">
          {/* The button never shrinks: a wide logo used to squeeze it until "Retirer le logo" was cut. It goes under the logo if the row is too narrow. */}
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Text size="sm">Logo actuel</Text>
              <Image src={value} alt="Aperçu du logo" h={64} w="auto" maw={240} fit="contain" data-testid="settings-logo-preview" />
            </Stack>
            <Button variant="light" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={remove} style={{ flexShrink: 0 }} data-testid="settings-logo-remove">
              Retirer le logo
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
