// PINs for the command line without putting them in it: an argument is readable by every account of
// the machine (`ps`, /proc/PID/cmdline), an environment variable only by the same account. Each PIN
// option may therefore be given alone (`--pin-president`), its digits then read from the environment.
import { AppError } from '../../core/domain/app-error.ts';
import type { CliIo } from './cli-io.ts';

export const MEMBER_PIN_ENV = 'PACTE_PIN';
export const CHAIR_PIN_ENV = 'PACTE_PIN_PRESIDENT';

/** The help line of a PIN option. */
export function pinHelp(what: string, env: string): string {
  return `${what} ; seule, l’option lit les chiffres dans $${env} (recommandé : un argument se voit dans la liste des processus)`;
}

type PinOption = { option: string; env: string; value: string | boolean | undefined };

function fromEnvironment(io: CliIo, { option, env }: PinOption): string {
  const digits = io.env[env]?.trim() ?? '';
  if (digits === '') throw new AppError('validation', `Code PIN manquant : ${option} sans chiffres les lit dans la variable d’environnement ${env}, qui est vide.`);
  return digits;
}

/** A PIN the command needs: the option's digits, else (option alone or absent) the environment's. */
export function requiredPin(io: CliIo, pin: PinOption): string {
  if (typeof pin.value === 'string') return pin.value;
  if (pin.value === undefined && (io.env[pin.env]?.trim() ?? '') === '') {
    throw new AppError('validation', `Code PIN manquant : donnez-le dans la variable d’environnement ${pin.env} (ou ${pin.option} <chiffres>, visible des autres comptes de l’ordinateur).`);
  }
  return fromEnvironment(io, pin);
}

/** A PIN that changes what the command does when given (a chair's confirmation): only when the option is there. */
export function optionalPin(io: CliIo, pin: PinOption): string | undefined {
  if (pin.value === undefined || pin.value === false) return undefined;
  return typeof pin.value === 'string' ? pin.value : fromEnvironment(io, pin);
}
