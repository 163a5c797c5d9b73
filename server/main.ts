import { ConfigError, loadConfig } from './config';
import { EmbeddedDatabaseError } from './db/client';
import { DataDirLockedError } from './db/data-dir-lock';
import { databaseFault, describeFault } from './db/faults';
import { openConfiguredDatabase } from './db/open-from-config';
import { buildApp } from './app';
import { startDeliveryWorker } from './jobs/delivery-worker';
import { startScheduler } from './jobs/scheduler';
import { DEMO_PASSWORD } from './seed/demo-people';
import { demoLoginsText, isDatabaseEmpty, seedDemo } from './seed/demo';
import { logDestination } from './log-destination';
import { buildAppIfMissing } from './web/build-app';

/** How long start-up waits for a PostgreSQL that is not answering yet (e.g. started at the same time). */
const STARTUP_WAIT_SECONDS = 60;

/** `npm start`: open the database, migrate, seed the demo if empty, build the app if missing, serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  const say = (msg: string) => process.stdout.write(`${msg}\n`);
  // Connections PostgreSQL drops (a restart, a failover) are replaced by the pool; say so once per burst.
  let log: (msg: string, detail: object) => void = (msg) => say(msg);
  let lastDropLog = 0;
  const database = await openConfiguredDatabase(config, {
    onConnectionError(err) {
      if (Date.now() - lastDropLog < 5_000) return;
      lastDropLog = Date.now();
      log('database connection lost; it will be replaced on the next request', describeFault(err));
    },
    // PGlite stops answering after a full disk or an I/O error: end with a message naming its directory.
    onFatal(err) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    },
  });
  await waitForDatabase(() => database.migrate(), say);
  // The demo's logins are said last, once the past days are closed and the server listens: nothing pushes them off the screen.
  const demo = config.seedDemo && (await isDatabaseEmpty(database.db)) ? await seedDemo(database.db) : null;
  if (demo) say('Demo agency "Jabatan Demo Digital" created; its logins follow once the server is ready.');
  if (config.buildApp) await buildAppIfMissing(say);
  const app = await buildApp({ config, database, logger: await logDestination(config) });
  log = (msg, detail) => app.log.warn(detail, msg);
  const { metrics } = app.deps;
  const jobs = config.jobs ? startScheduler(database, app.log, config.jobsIntervalSeconds, { dayClose: metrics.dayClose }) : null;
  const deliveries = config.jobs ? startDeliveryWorker(database, app.deps.senders, app.log, config.deliveryIntervalSeconds, metrics.deliveries) : null;

  // SIGTERM (a deploy) or SIGINT: stop accepting, let in-flight requests and the open
  // group-commit batch finish (app.close runs the writer's drain), let a running job
  // round end, then close the database. A second signal or the timeout exits at once.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error({ seconds: config.shutdownTimeoutSeconds }, 'shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutSeconds * 1000);
    force.unref();
    await Promise.all([app.close(), jobs?.stop(), deliveries?.stop()]);
    await database.close();
    app.log.info('stopped');
    process.exit(0);
  };
  // A shutdown that fails (a close that throws) is logged and ends the process, not left as an unhandled rejection.
  const stopOn = (signal: string) => () => {
    shutdown(signal).catch((err: unknown) => {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGINT', stopOn('SIGINT'));
  process.on('SIGTERM', stopOn('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  say(`SPOT-Me is serving on http://localhost:${config.port} (${database.driver === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`);
  if (config.metricsPort) say(`Metrics (Prometheus) on http://localhost:${config.metricsPort}/metrics`);
  if (demo) {
    await jobs?.firstRound;
    say(demoLoginsText(demo.logins, DEMO_PASSWORD, `http://localhost:${config.port}`));
  }
}

/** Runs `step` until the database answers, for up to STARTUP_WAIT_SECONDS; other errors end start-up at once. */
async function waitForDatabase(step: () => Promise<void>, say: (msg: string) => void): Promise<void> {
  const until = Date.now() + STARTUP_WAIT_SECONDS * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      if (!databaseFault(err) || Date.now() > until) throw err;
      if (attempt === 1) say(`Waiting for the database (${describeFault(err).message}); trying for up to ${STARTUP_WAIT_SECONDS} s…`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof EmbeddedDatabaseError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  if (databaseFault(err)) {
    process.stderr.write(`SPOT-Me could not reach the database (${describeFault(err).message}). Check DATABASE_URL and that PostgreSQL is running.\n`);
    process.exit(1);
  }
  process.stderr.write(`SPOT-Me failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
