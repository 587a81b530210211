// "Dossier créé / enregistré", once, on arriving from the form.
import { SavedNotice } from '../../components/saved-notice.tsx';

export function ApplicationSavedNotice() {
  return (
    <SavedNotice
      createdTitle="Dossier créé"
      createdText="Le dossier est en brouillon : déposez-le quand il est complet."
      updatedText="Le dossier a été mis à jour."
      testId="application-saved"
    />
  );
}
