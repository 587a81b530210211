// Where a juror finds #/dossier-jure on a fresh install: under the empty list of sessions, and in Paramètres.
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { JURY_PACK_EXTENSION, JURY_PACK_PATH, quoted } from './pack-labels.ts';

export function JuryPackHint() {
  return (
    <Text data-testid="jury-pack-hint">
      Vous êtes membre du jury et avez reçu un dossier ?{' '}
      <Anchor component={Link} to={JURY_PACK_PATH} underline="always" data-testid="jury-pack-hint-link">
        Ouvrez-le ici.
      </Anchor>
    </Text>
  );
}

export function JuryPackSettingsSection() {
  return (
    <Stack gap="sm" maw={880} component="section" aria-labelledby="jury-pack-settings-title" data-testid="jury-pack-settings">
      <Title order={2} id="jury-pack-settings-title">
        Poste de juré
      </Title>
      <Text>
        Un membre du jury qui note sur son propre ordinateur y installe Pacte CAI, puis ouvre ici le dossier que le président lui a remis (fichier {quoted(JURY_PACK_EXTENSION)}) :
        cet ordinateur devient son poste de juré, pour cette séance seulement. Une installation qui contient déjà des appels à projets ou des dossiers ne peut pas servir
        de poste de juré.
      </Text>
      <Anchor component={Link} to={JURY_PACK_PATH} w="fit-content" data-testid="jury-pack-settings-link">
        Ouvrir un dossier de juré
      </Anchor>
    </Stack>
  );
}
