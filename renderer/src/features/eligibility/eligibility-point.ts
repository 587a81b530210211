// Where a point of the recevabilité checklist sits on the application page, so that a notice elsewhere
// (the refusal of "recevable") can lead the person to it.

/** The id of a point's row in the checklist table. */
export const eligibilityPointId = (key: string) => `eligibility-point-${key.replace(/[^A-Za-z0-9_-]/gu, '-')}`;

/** Scrolls to the point and puts the focus on its tick box, or on its row when the app computes it. */
export function focusEligibilityPoint(key: string): void {
  const row = document.getElementById(eligibilityPointId(key));
  if (!row) return;
  row.scrollIntoView({ block: 'center' });
  const box = row.querySelector<HTMLInputElement>('input[type="checkbox"]:not([disabled])');
  const target = box ?? row;
  target.focus({ preventScroll: true });
  // The closing dialog's focus trap may hand the focus back a moment later (slow machines): take it again.
  window.setTimeout(() => {
    if (document.activeElement !== target && target.isConnected) target.focus({ preventScroll: true });
  }, 150);
}
