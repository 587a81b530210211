// Who uses this computer: the person every act done here without a PIN is attributed to (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

export type LocalUser = { name: string; role: string };

// A name is printed in the audit log, the histories and their exports: no tab, line break or other control character.
const NO_CONTROL = /^[^\p{Cc}]*$/u;

export const localUserSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Indiquez votre nom.')
      .max(120, '120 caractères au plus.')
      .regex(NO_CONTROL, 'Le nom ne peut pas contenir de retour à la ligne ni de caractère de contrôle.'),
    role: z
      .string()
      .trim()
      .max(120, '120 caractères au plus.')
      .regex(NO_CONTROL, 'La fonction ne peut pas contenir de retour à la ligne ni de caractère de contrôle.')
      .default(''),
  })
  .strict();

export type LocalUserState = { user: LocalUser | null; recordedAs: string };

export type LocalUserInput = z.input<typeof localUserSchema>;

export const localUserMethods = {
  /**
   * user is null until someone said who uses this computer (the app then asks on start); recordedAs is
   * the name acts done here without a PIN are recorded under: the user, else the system account.
   */
  'settings.localUser': defineMethod<LocalUserState>()(z.object({}).strict()),
  'settings.saveLocalUser': defineMethod<LocalUser>()(localUserSchema),
};
