import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { NOTIFICATION_CHANNELS } from '../../../domain/notify/preferences';
import type { Database, PoolStats } from '../../db/client';
import type { PunchWriterObserver } from '../punches';
import { OUTBOX_STATES, outboxDepth } from './metrics-repo';

export const METRICS_PATH = '/metrics';
const PREFIX = 'spotme_';
/** A scrape waits no longer than this for the database; it then says `spotme_database_up 0`. */
const DATABASE_PROBE_MS = 2_000;

let processRegistry: Registry | undefined;

/**
 * Node's own metrics (CPU, memory, event loop lag, GC, handles) describe the process, not
 * one application, and each collection starts an event-loop monitor and a GC observer that
 * are never stopped: collected once per process, shared by every app built in it.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: PREFIX });
  }
  return processRegistry;
}

export type DeliveryRound = { sent: number; gone: number; failed: number };

/**
 * The application's instruments, in a registry of its own (one per app, so tests that
 * build several apps in one process neither clash on names nor mix their counts), and
 * the Prometheus text of a scrape.
 */
export function createMetrics(database: Database) {
  const registry = new Registry();
  const registers = [registry];
  const httpLabels = ['method', 'route', 'status_code'] as const;
  const requests = new Counter({
    name: `${PREFIX}http_requests_total`,
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: httpLabels,
    registers,
  });
  const latency = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'Time to answer an HTTP request, by method, route pattern and status code',
    labelNames: httpLabels,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const punchesWritten = new Counter({
    name: `${PREFIX}punches_written_total`,
    help: 'Online punches committed (a repeated idempotency key is not counted again)',
    registers,
  });
  const batchSize = new Histogram({
    name: `${PREFIX}punch_batch_size`,
    help: 'Punches per group-commit transaction of the punch writer',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers,
  });
  const dayCloseSeconds = new Histogram({
    name: `${PREFIX}day_close_duration_seconds`,
    help: 'Time to close one work date of one organisation',
    buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
    registers,
  });
  const officerDays = new Counter({ name: `${PREFIX}day_close_officer_days_total`, help: 'Officer-days stored by the day close', registers });
  const deliveries = new Counter({
    name: `${PREFIX}deliveries_total`,
    help: 'Push and email delivery attempts by outcome (sent, gone: nowhere left to send, failed: tried again later or given up)',
    labelNames: ['outcome'] as const,
    registers,
  });
  for (const outcome of ['sent', 'gone', 'failed']) deliveries.inc({ outcome }, 0);
  const outbox = new Gauge({
    name: `${PREFIX}delivery_outbox`,
    help: 'Notification deliveries still to send, by channel and state (read at scrape)',
    labelNames: ['channel', 'state'] as const,
    registers,
  });
  const databaseUp = new Gauge({
    name: `${PREFIX}database_up`,
    help: "1 when the database answered the scrape's query, else 0 (the outbox gauge is then omitted)",
    registers,
  });

  if (database.poolStats) {
    // PostgreSQL's pool, read at scrape; PGlite has one embedded connection and no pool to report.
    const poolGauge = (name: string, help: string, pick: (s: PoolStats) => number) =>
      new Gauge({
        name: `${PREFIX}db_pool_${name}`,
        help,
        registers,
        collect() {
          const s = database.poolStats?.();
          if (s) this.set(pick(s));
        },
      });
    poolGauge('connections', 'Open connections of the PostgreSQL pool', (s) => s.total);
    poolGauge('idle_connections', 'Idle connections of the PostgreSQL pool', (s) => s.idle);
    poolGauge('waiting_clients', 'Callers waiting for a connection of the PostgreSQL pool', (s) => s.waiting);
    poolGauge('max_connections', 'Size of the PostgreSQL pool (DB_POOL_MAX)', (s) => s.max);
  }

  async function probeDatabase(log?: FastifyBaseLogger): Promise<void> {
    try {
      const rows = await withTimeout(outboxDepth(database.db), DATABASE_PROBE_MS);
      outbox.reset();
      for (const channel of NOTIFICATION_CHANNELS) for (const state of OUTBOX_STATES) outbox.set({ channel, state }, 0);
      for (const r of rows) outbox.set({ channel: r.channel, state: r.state }, r.count);
      databaseUp.set(1);
    } catch (err) {
      log?.warn({ err }, 'metrics: the database did not answer');
      outbox.reset();
      databaseUp.set(0);
    }
  }

  const punchWriter: PunchWriterObserver = {
    batch: (size) => batchSize.observe(size),
    written: (count) => punchesWritten.inc(count),
  };

  return {
    contentType: registry.contentType,
    http: {
      observe(method: string, route: string, statusCode: number, seconds: number): void {
        const labels = { method, route, status_code: String(statusCode) };
        requests.inc(labels);
        latency.observe(labels, seconds);
      },
    },
    punchWriter,
    /** The scheduler calls this after each `closeDay` that closed a date: how long it took, how many officer-days it stored. */
    dayClose: {
      observe(seconds: number, officers: number): void {
        dayCloseSeconds.observe(seconds);
        officerDays.inc(officers);
      },
    },
    /** The delivery worker calls this after each round of `deliverDue`. */
    deliveries: {
      observe(round: DeliveryRound): void {
        deliveries.inc({ outcome: 'sent' }, round.sent);
        deliveries.inc({ outcome: 'gone' }, round.gone);
        deliveries.inc({ outcome: 'failed' }, round.failed);
      },
    },
    /** The text of a scrape; it never fails for want of a database (see `spotme_database_up`). */
    async render(log?: FastifyBaseLogger): Promise<string> {
      await probeDatabase(log);
      return Registry.merge([processMetrics(), registry]).metrics();
    },
  };
}

export type AppMetrics = ReturnType<typeof createMetrics>;

declare module '../../http/request-context' {
  interface AppDeps {
    metrics: AppMetrics;
  }
}

/** Every answered request counted and timed by its route pattern (`/api/users/:id`, never the raw URL with ids). */
export function measureRequests(app: FastifyInstance, metrics: AppMetrics): void {
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'UNMATCHED';
    if (route === METRICS_PATH) return; // the scrapes themselves are not the application's traffic
    metrics.http.observe(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
