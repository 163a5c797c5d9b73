import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client';
import { countCards, dueCardMonths } from './cards';
import { closeDay, dueCloses } from './day-close';
import { organisationsToClose } from './day-close-repo';
import { sendReminders } from './reminders';
import { logRoundFailure } from './round-failure';

/**
 * The jobs' clock inside the server: at start (catching up on what was missed while it
 * was down) and then every `intervalSeconds`, it closes every work date that is over and
 * counts the cards of every month whose days are all closed, and sends the day's
 * reminders and digests. Several
 * server processes may run it: each (organisation, date) is closed under an advisory
 * lock, and closing is idempotent. `observer.dayClose` hears each date closed (the metrics).
 */
export function startScheduler(
  database: Database,
  log: FastifyBaseLogger,
  intervalSeconds: number,
  observer: SchedulerObserver = {},
): { stop(): Promise<void>; firstRound: Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    for (const { org, date } of await dueCloses(database.db)) {
      if (stopped) return;
      const started = performance.now();
      const r = await closeDay(database, org, date);
      if ('officers' in r) {
        observer.dayClose?.observe((performance.now() - started) / 1000, r.officers);
        log.info({ job: 'close-day', orgId: r.orgId, date: r.date, officers: r.officers }, 'day closed');
      }
    }
    // On the 1st (and at start, for months missed), once a month's days are all closed, its cards are counted.
    const orgs = (await organisationsToClose(database.db)).map((o) => ({ id: o.id, timeZone: o.time_zone, onboardedOn: o.onboarded_on }));
    for (const { org, month } of await dueCardMonths(database, orgs)) {
      if (stopped) return;
      const r = await countCards(database, org, month);
      log.info({ job: 'cards', ...r }, 'cards counted');
    }
    // Reminders (not checked in, not checked out) and the supervisors' digest, each once a day.
    for (const o of await organisationsToClose(database.db)) {
      if (stopped) return;
      const r = await sendReminders(database, { id: o.id, timeZone: o.time_zone, state: o.state, settings: o.settings });
      if (r.clockIn + r.clockOut + r.digest > 0) log.info({ job: 'reminders', orgId: o.id, ...r }, 'reminders sent');
    }
  };
  const run = () => {
    if (running || stopped) return;
    running = tick()
      .catch((err: unknown) => logRoundFailure(log, 'scheduled jobs', err))
      .finally(() => {
        running = null;
      });
  };
  run();
  const firstRound = running ?? Promise.resolve();
  const timer = setInterval(run, intervalSeconds * 1000);
  timer.unref();
  return {
    /** Settles when the round started at once (the catch-up on what was missed) has ended. */
    firstRound,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** What the scheduler reports of its work: each closed date's duration and officer-days. */
export type SchedulerObserver = { dayClose?: { observe(seconds: number, officers: number): void } };
