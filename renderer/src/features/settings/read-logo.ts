// Turns a chosen image file into the data URL the settings store, refusing what the API would refuse.

export const LOGO_MAX_BYTES = 1024 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg'];

export type LogoReadResult = { ok: true; dataUrl: string } | { ok: false; message: string };

export async function readLogo(file: File): Promise<LogoReadResult> {
  if (!LOGO_TYPES.includes(file.type)) {
    return { ok: false, message: 'Le logo doit être une image PNG ou JPEG.' };
  }
  if (file.size > LOGO_MAX_BYTES) {
    const size = (file.size / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 2 });
    return { ok: false, message: `Image trop lourde (${size} Mo) : le logo doit peser 1 Mo au plus.` };
  }
  try {
    return { ok: true, dataUrl: await asDataUrl(file) };
  } catch {
    return { ok: false, message: 'Cette image n’a pas pu être lue. Essayez un autre fichier.' };
  }
}

function asDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('not a data URL')));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
