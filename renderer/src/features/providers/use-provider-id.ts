// The provider number of the address (#/prestataires/:id…), or null when it is not one.
import { useParams } from 'react-router';

export function useProviderId(): number | null {
  const { id } = useParams();
  const value = Number(id);
  return id !== undefined && /^\d+$/u.test(id) && Number.isSafeInteger(value) && value > 0 ? value : null;
}
