import type { Agent } from 'node:https';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { configureOutbound, onNewDeliveries, type Senders } from '../features/notifications';
import { createMailer } from '../integrations/mail';
import { createPushSender, ensureVapidKeys } from '../integrations/web-push';
import { deliverDue } from './deliveries';
import { logRoundFailure } from './round-failure';

/** The push sender (keys made on first start) and the mailer when SMTP is configured; tells notify() which channels exist. */
export async function setUpOutbound(config: Config, database: Database, pushAgent?: Agent): Promise<Senders> {
  const keys = await ensureVapidKeys(database.db);
  configureOutbound({ email: Boolean(config.smtpUrl) });
  return {
    push: createPushSender(keys, config.vapidSubject, config.pushAllowedHosts, pushAgent),
    mail: config.smtpUrl ? createMailer(config.smtpUrl, config.mailFrom) : null,
    publicUrl: config.publicUrl,
  };
}

/**
 * Drains the notification outbox every `intervalSeconds`, and soon after notify() writes
 * new deliveries in this process. Several processes may run it: each delivery is claimed
 * by one (SKIP LOCKED with a lease). `observer` hears each round's outcome (the metrics).
 */
export function startDeliveryWorker(
  database: Database,
  senders: Senders,
  log: FastifyBaseLogger,
  intervalSeconds: number,
  observer?: { observe(round: { sent: number; gone: number; failed: number }): void },
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = deliverDue(database, senders)
      .then((r) => {
        observer?.observe(r);
        if (r.sent + r.gone + r.failed > 0) log.info({ job: 'deliveries', ...r }, 'notifications delivered');
      })
      .catch((err: unknown) => logRoundFailure(log, 'notification delivery', err))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const unsubscribe = onNewDeliveries(run);
  const timer = setInterval(run, intervalSeconds * 1000);
  timer.unref();
  run();
  return {
    async stop() {
      stopped = true;
      unsubscribe();
      clearInterval(timer);
      await running;
      senders.mail?.close();
    },
  };
}
