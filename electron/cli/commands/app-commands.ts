// `pacte init`, `pacte info`, `pacte serve`.
import path from 'node:path';
import { Option, type Command } from 'commander';
import { startBackupSchedule } from '../../../core/service/backup/backup-schedule.ts';
import { AppError } from '../../../core/domain/app-error.ts';
import type { DemoLoadResult } from '../../../core/service/api.ts';
import { startHttpHost } from '../../serve/http-host.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { openCliService, withService } from '../open-cli-service.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('validation', `Port invalide : « ${value} » (un entier de 0 à 65535 ; 0 choisit un port libre).`);
  return port;
}

function demoSentence(demo: DemoLoadResult): string {
  const counts = `1 appel, ${demo.providers} prestataires, ${demo.applications} dossiers`;
  const main = demo.status === 'created' ? `Données de démonstration chargées : ${counts}.` : `Données de démonstration déjà présentes : ${counts} ; rien n'a été modifié.`;
  // The open call is what a newcomer holds a session on: say where it is.
  const open = demo.openCall ? `\nEt un appel ouvert (n° ${demo.openCall.callId}) : ${demo.openCall.recevable} dossiers recevables à inscrire à une séance CAI.` : '';
  return `${main}${open}`;
}

export function addAppCommands(program: Command, io: CliIo): void {
  frenchSubcommand(program, 'init', 'créer ou mettre à jour la base et y charger le référentiel du pacte')
    .option('--json', 'sortie JSON')
    .option('--demo', "charger aussi les données de démonstration (un appel à projets 2018 fictif, ses prestataires et ses dossiers)")
    .action(async (options: { json?: boolean; demo?: boolean }, command: Command) =>
      withService(command, io, async ({ service, database }) => {
        const pacts = await service.invoke('pacts.list', {});
        const demo = options.demo ? await service.invoke('demo.load', {}) : undefined;
        if (options.json) return io.stdout(`${JSON.stringify({ databaseFile: database.file, schemaVersion: database.schemaVersion, backupFile: database.backupFile, pacts, ...(demo ? { demo } : {}) }, null, 2)}\n`);
        io.stdout(`Base prête : ${database.file} (schéma n° ${database.schemaVersion}).\n`);
        if (database.backupFile) io.stdout(`Copie de sauvegarde avant mise à jour : ${database.backupFile}\n`);
        for (const pact of pacts) {
          io.stdout(`Référentiel ${pact.code} : ${pact.counts.levers} leviers, ${pact.counts.objectives} objectifs, ${pact.counts.operationalObjectives} objectifs opérationnels, ${pact.counts.actions} actions.\n`);
        }
        if (demo) io.stdout(`${demoSentence(demo)}\n`);
      }),
    );

  frenchSubcommand(program, 'info', "afficher la version de l'application et la base utilisée")
    .option('--json', 'sortie JSON')
    .action(async (options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const info = await service.invoke('app.info', {});
        io.stdout(options.json ? `${JSON.stringify(info, null, 2)}\n` : `${info.name} ${info.version}\nBase : ${info.databaseFile} (schéma n° ${info.schemaVersion})\n`);
      }),
    );

  frenchSubcommand(program, 'serve', "ouvrir l'application dans un navigateur : sert l'interface et l'API sur 127.0.0.1 seulement")
    .addOption(new Option('--port <port>', 'port d’écoute (0 : un port libre)').argParser(parsePort).default(4780))
    .action(async (options: { port: number }, command: Command) => {
      const opened = openCliService(command, io);
      // PACTE_RENDERER_DIR lets a developer serve a renderer built elsewhere (parallel e2e runs on one checkout).
      try {
        const host = await startHttpHost({ service: opened.service, rendererDir: process.env.PACTE_RENDERER_DIR ?? path.join(io.appRoot, 'dist', 'renderer'), port: options.port }).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'EADDRINUSE') throw new AppError('port_in_use', `Le port ${options.port} est déjà utilisé : choisissez-en un autre avec --port.`);
          throw error;
        });
        io.stdout(`Pacte CAI est disponible sur ${host.loginUrl}\n(ouvrez cette adresse complète : elle contient le jeton de ce lancement, à ne pas partager)\nBase : ${opened.database.file}\nCtrl+C pour arrêter.\n`);
        const backups = startBackupSchedule(opened.service, { report: (message) => io.stderr(`${message}\n`) });
        await io.untilStopped();
        await host.close();
        await backups.stop();
      } finally {
        opened.close();
      }
    });
}
