// The :callId of an address, as the positive integer the API expects, or null for a mistyped address.
export function parseCallId(text: string | undefined): number | null {
  if (text === undefined || !/^[1-9]\d{0,15}$/u.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
}
