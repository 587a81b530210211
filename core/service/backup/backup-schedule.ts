// The automatic backups of a running app (desktop window or browser mode): the daily one, checked at
// start and every hour while open, and one on quit. A failed backup is reported, never fatal: the app
// goes on, and the next check tries again.
import type { Service } from '../create-service.ts';

export type BackupSchedule = { stop: () => Promise<void> };

export function startBackupSchedule(service: Pick<Service, 'call'>, options: { checkEveryMs?: number; report?: (message: string) => void } = {}): BackupSchedule {
  const report = options.report ?? ((message: string) => console.error(`[pacte] ${message}`));
  const attempt = async (input: { reason: 'quotidienne' | 'fermeture'; ifOlderThanHours?: number }) => {
    const result = await service.call('backup.create', input);
    if (!result.ok) report(`sauvegarde ${input.reason} impossible : ${result.error.message}`);
  };
  let running: Promise<void> = attempt({ reason: 'quotidienne', ifOlderThanHours: 24 });
  const timer = setInterval(() => {
    running = running.then(() => attempt({ reason: 'quotidienne', ifOlderThanHours: 24 }));
  }, options.checkEveryMs ?? 3_600_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await attempt({ reason: 'fermeture' });
    },
  };
}
