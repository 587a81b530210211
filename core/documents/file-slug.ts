// File names built from user data ("Vélo-École d'Œuvre" → "velo-ecole-d-oeuvre"): ASCII, lower case,
// no character a file system or a mail attachment could refuse.
import { toSearchText } from '../domain/text.ts';

export function fileSlug(text: string, fallback: string, maxLength = 40): string {
  const slug = toSearchText(text).trim().replace(/ /gu, '-').slice(0, maxLength).replace(/-+$/u, '');
  return slug === '' ? fallback : slug;
}
