// A pack's passphrase typed as a password: never remembered by the browser, shown on demand.
import { PasswordInput, type PasswordInputProps } from '@mantine/core';

export function PassphraseField(props: PasswordInputProps) {
  return <PasswordInput autoComplete="off" maxLength={1000} maw={420} visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer la phrase de passe' }} {...props} />;
}

