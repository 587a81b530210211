// Commander speaks English; a juror's laptop and a CCAS office read French. Help titles, option notes
// and parse errors are translated here, in one place.
import { Command, type CommanderError, type Help, type Option } from 'commander';

const TITLES: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Arguments:': 'Arguments :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Global Options:': 'Options globales :',
};

/** A command whose help, usage line and errors are in French. */
export function frenchCommand(name: string): Command {
  const command = new Command(name);
  applyFrench(command);
  return command;
}

function applyFrench(command: Command): Command {
  return command
    .helpOption('-h, --help', 'afficher cette aide')
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      optionDescription: (option: Option) => {
        const notes: string[] = [];
        if (option.argChoices) notes.push(`valeurs : ${option.argChoices.join(', ')}`);
        const shownDefault = option.defaultValueDescription ?? (option.defaultValue === undefined ? '' : String(option.defaultValue));
        // A repeatable option starts from [] : "(par défaut : )" would say nothing.
        if (shownDefault !== '' && (option.required || option.optional)) notes.push(`par défaut : ${shownDefault}`);
        return notes.length > 0 ? `${option.description} (${notes.join(' ; ')})` : option.description;
      },
      showGlobalOptions: true,
    } satisfies Partial<Help>)
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, outputError: () => undefined });
}

/** Subcommands inherit nothing from their parent in commander: give each the French setup. */
export function frenchSubcommand(parent: Command, nameAndArgs: string, description: string): Command {
  const command = applyFrench(parent.command(nameAndArgs)).description(description);
  command.helpCommand(false);
  return command;
}

/** The French sentence for a commander parse error, or null for help/version displays (not errors). */
export function frenchParseError(error: CommanderError): string | null {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.help':
    case 'commander.version':
      return null;
    case 'commander.unknownCommand':
      return `Commande inconnue : « ${quoted[0] ?? ''} ». Tapez « pacte --help » pour la liste des commandes.`;
    case 'commander.unknownOption':
      return `Option inconnue : « ${quoted[0] ?? ''} ». Tapez « --help » après la commande pour ses options.`;
    case 'commander.missingArgument':
      return `Argument manquant : « ${quoted[0] ?? ''} ».`;
    case 'commander.optionMissingArgument':
      return `L'option « ${quoted[0] ?? ''} » attend une valeur.`;
    case 'commander.missingMandatoryOptionValue':
      return `L'option « ${quoted[0] ?? ''} » est obligatoire.`;
    case 'commander.invalidArgument': {
      const allowed = /Allowed choices are (.*)\.$/.exec(error.message)?.[1];
      return allowed
        ? `Valeur « ${quoted[1] ?? ''} » refusée pour « ${quoted[0] ?? ''} » : valeurs permises ${allowed}.`
        : `Valeur refusée : ${error.message.replace(/^error: /, '')}`;
    }
    case 'commander.excessArguments':
      return `Trop d'arguments. Tapez « --help » après la commande pour son utilisation.`;
    default:
      return `Commande mal formée : ${error.message.replace(/^error: /, '')}`;
  }
}
