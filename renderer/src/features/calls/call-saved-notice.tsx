// "Appel à projets créé / enregistré", once, on arriving from the form.
import { SavedNotice } from '../../components/saved-notice.tsx';

export function CallSavedNotice() {
  return (
    <SavedNotice
      createdTitle="Appel à projets créé"
      createdText="Les dossiers de demande pourront être rattachés à cet appel."
      updatedText="L’appel à projets a été mis à jour."
      testId="call-saved"
    />
  );
}
