// "Séance créée / enregistrée", once, on arriving from the form.
import { SavedNotice } from '../../components/saved-notice.tsx';

export function SessionSavedNotice() {
  return (
    <SavedNotice
      createdTitle="Séance créée"
      createdText="Définissez le code PIN de chaque membre et remplissez l’ordre du jour avant d’ouvrir la notation."
      updatedText="La séance a été mise à jour."
      testId="session-saved"
    />
  );
}
