// A PIN typed as a password: digits only on touch keyboards, never remembered by the browser.
import { PasswordInput } from '@mantine/core';
import type { PasswordInputProps } from '@mantine/core';

export function PinField(props: PasswordInputProps) {
  return (
    <PasswordInput
      inputMode="numeric"
      autoComplete="new-password"
      maxLength={8}
      visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer le code' }}
      maw={240}
      {...props}
    />
  );
}
