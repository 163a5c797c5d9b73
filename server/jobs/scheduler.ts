import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client';
import { closeDay, dueCloses } from './day-close';

/**
 * The jobs' clock inside the server: at start (catching up on days missed while it was
 * down) and then every `intervalSeconds`, it closes every work date that is over. Several
 * server processes may run it: each (organisation, date) is closed under an advisory
 * lock, and closing is idempotent.
 */
export function startScheduler(database: Database, log: FastifyBaseLogger, intervalSeconds: number): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    for (const { org, date } of await dueCloses(database.db)) {
      if (stopped) return;
      const r = await closeDay(database, org, date);
      if ('officers' in r) log.info({ job: 'close-day', orgId: r.orgId, date: r.date, officers: r.officers }, 'day closed');
    }
  };
  const run = () => {
    if (running || stopped) return;
    running = tick().catch((err: unknown) => log.error({ err, job: 'close-day' }, 'day close failed')).finally(() => {
      running = null;
    });
  };
  run();
  const timer = setInterval(run, intervalSeconds * 1000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
