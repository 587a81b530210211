// Typing into the app's forms as a person does: dates jj/mm/aaaa in the French date fields, and the
// answer to "Abandonner les modifications ?" when a half-filled form is left on purpose.
import type { Locator, Page } from '@playwright/test';

/** Types a date ("03/12/2026") in a French date field, then leaves it so that its calendar closes. */
export async function fillFrenchDate(field: Locator, date: string): Promise<void> {
  await field.fill(date);
  // An open calendar would cover the fields and buttons below the field.
  await field.blur();
}

/** Answers "Abandonner" to the question asked before typed text is dropped, and waits for it to go. */
export async function discardChanges(page: Page): Promise<void> {
  const confirm = page.getByTestId('discard-confirm-discard');
  await confirm.click();
  await confirm.waitFor({ state: 'detached' });
}
